import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { AuthModule } from './common/auth/auth.module.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { DemoSwitchboardModule } from './common/demo/demo-switchboard.js';
import { dataSourceOptions } from './database/data-source.js';
import { ArticlesModule } from './articles/articles.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { DevPanelModule } from './dev-panel/dev-panel.module.js';
import { DocsModule } from './docs/docs.module.js';
import { HealthModule } from './health/health.module.js';
import { ProfilesModule } from './profiles/profiles.module.js';
import { TagsModule } from './tags/tags.module.js';
import { UsersModule } from './users/users.module.js';

/** Wires configuration, the database and the feature modules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(
          dataSourceOptions({
            url: databaseUrl,
            poolSize: config.databasePoolSize,
            countQueries: !config.isProduction,
          }),
        ),
        AuthModule,
        RateLimitModule,
        DemoSwitchboardModule,
        HealthModule,
        UsersModule,
        ProfilesModule,
        ArticlesModule,
        CommentsModule,
        TagsModule,
        DocsModule,
        // Development only: in production its routes do not exist at all.
        ...(config.isProduction ? [] : [DevPanelModule]),
      ],
    };
  }
}
