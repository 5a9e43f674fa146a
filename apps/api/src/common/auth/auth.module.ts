import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../../config/app-config.js';
import { OptionalAuthGuard, RequiredAuthGuard } from './auth.guards.js';
import { TokenService } from './token.service.js';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        // One algorithm, pinned both ways: a token signed otherwise (or `alg: none`) never verifies.
        signOptions: { algorithm: 'HS256', expiresIn: config.jwtExpiresIn as `${number}d` },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [TokenService, RequiredAuthGuard, OptionalAuthGuard],
  exports: [TokenService, RequiredAuthGuard, OptionalAuthGuard],
})
export class AuthModule {}
