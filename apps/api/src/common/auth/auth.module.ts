import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config.js';
import { UserEntity } from '../../users/user.entity.js';
import { OptionalAuthGuard, RequiredAuthGuard } from './auth.guards.js';
import { TokenService } from './token.service.js';

export const TOKEN_ISSUER = 'conduit-api';
export const TOKEN_AUDIENCE = 'conduit';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A key object, not the string: given a string, jsonwebtoken first tries to parse it as a
        // PEM public key, and that failed attempt cost 0.6 ms of CPU on every token checked.
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
        // One algorithm, pinned both ways: a token signed otherwise (or `alg: none`) never verifies;
        // and only tokens this API issued for itself are accepted (issuer and audience checked).
        signOptions: {
          algorithm: 'HS256',
          expiresIn: config.jwtExpiresIn as `${number}d`,
          issuer: TOKEN_ISSUER,
          audience: TOKEN_AUDIENCE,
        },
        verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
      }),
    }),
  ],
  providers: [TokenService, RequiredAuthGuard, OptionalAuthGuard],
  exports: [TokenService, RequiredAuthGuard, OptionalAuthGuard],
})
export class AuthModule {}
