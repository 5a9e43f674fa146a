import { z } from 'zod';

/**
 * Development-only defaults. They let `pnpm dev` run with no setup at all, and production refuses
 * them (see the refinement below), so a forgotten variable can never ship a known secret.
 */
export const DEV_JWT_SECRET = 'dev-only-jwt-secret-do-not-use-in-production';

const Environment = z.enum(['development', 'test', 'production']);
const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const EnvSchema = z
  .object({
    NODE_ENV: Environment.default('development'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
      .optional(),
    EMBEDDED_PG_DIR: z.string().min(1).optional(),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
    JWT_EXPIRES_IN: z
      .string()
      .regex(/^\d+[smhd]$/, 'must look like 15m, 12h or 7d')
      .default('7d'),
    CORS_ORIGINS: z.string().optional(),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .optional(),
    LOG_LEVEL: LogLevel.default('info'),
    SEED_DEMO_DATA: flag.optional(),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb')
      .default('1mb'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).optional(),
    SIGN_IN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).optional(),
    TRUST_PROXY: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required in production (the embedded database is for development only)',
      });
    }
    if (!env.PUBLIC_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message:
          'is required in production: where browsers reach the API, e.g. https://conduit.example.org',
      });
    }
    if (env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'is the development default; set a secret of your own in production',
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;
