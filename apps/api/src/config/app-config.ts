import { EnvSchema, type Env } from './config.schema.js';

/** The API's configuration: read from the environment once, validated, then injected. */
export class AppConfig {
  readonly environment: Env['NODE_ENV'];
  readonly port: number;
  /** Unset in development: the API then starts its own embedded PostgreSQL. */
  readonly databaseUrl: string | undefined;
  readonly embeddedDatabaseDir: string | undefined;
  readonly databasePoolSize: number;
  readonly jwtSecret: string;
  readonly jwtExpiresIn: string;
  /** `true` allows every origin (development only); otherwise an allow-list. */
  readonly corsOrigins: true | string[];
  /**
   * Where browsers reach the API (`PUBLIC_URL`, no trailing slash): the start of the absolute URLs
   * of its own images. Required in production; `http://localhost:<PORT>` otherwise.
   */
  readonly publicUrl: string;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly seedDemoData: boolean;
  /** The largest request body accepted, in bytes (`BODY_LIMIT`: `100kb`, `1mb`…). */
  readonly bodyLimitBytes: number;
  /** Requests a minute per token (or per IP without one). */
  readonly rateLimitPerMinute: number;
  /** Logins and registrations a minute per IP. */
  readonly signInRateLimitPerMinute: number;
  /**
   * Fastify's `trustProxy`: which proxies in front of the API may name the client's address in
   * `X-Forwarded-For` (a number of hops, addresses or subnets, `loopback`…). Off by default: the
   * header is then ignored, since any client could write it.
   */
  readonly trustProxy: boolean | number | string[];

  constructor(env: Env) {
    this.environment = env.NODE_ENV;
    this.port = env.PORT;
    this.databaseUrl = env.DATABASE_URL;
    this.embeddedDatabaseDir = env.EMBEDDED_PG_DIR;
    this.databasePoolSize = env.DB_POOL_SIZE;
    this.jwtSecret = env.JWT_SECRET;
    this.jwtExpiresIn = env.JWT_EXPIRES_IN;
    this.corsOrigins = parseOrigins(env.CORS_ORIGINS, env.NODE_ENV);
    this.publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
    this.logLevel = env.LOG_LEVEL;
    this.seedDemoData = env.SEED_DEMO_DATA ?? env.NODE_ENV === 'development';
    this.bodyLimitBytes = parseSize(env.BODY_LIMIT);
    // Strict in production; in development and tests, generous enough never to trip a test suite
    // or a class hammering the demo (docs/api.md promises clients they are never reached there).
    const isProduction = env.NODE_ENV === 'production';
    this.rateLimitPerMinute = env.RATE_LIMIT_PER_MINUTE ?? (isProduction ? 600 : 100_000);
    this.signInRateLimitPerMinute =
      env.SIGN_IN_RATE_LIMIT_PER_MINUTE ?? (isProduction ? 10 : 10_000);
    this.trustProxy = parseTrustProxy(env.TRUST_PROXY);
  }

  get isProduction(): boolean {
    return this.environment === 'production';
  }
}

function parseOrigins(value: string | undefined, environment: Env['NODE_ENV']): true | string[] {
  if (value === undefined) return environment === 'production' ? [] : true;
  if (value.trim() === '*') return true;
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The one place that reads `process.env`. Bad values stop the start with every problem listed,
 * e.g. "JWT_SECRET is the development default; set a secret of your own in production".
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  - ${issue.path.join('.')} ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return new AppConfig(result.data);
}

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}

/** `100kb` or `1mb` (the schema has checked the form) in bytes, counting 1 kb as 1024 bytes. */
function parseSize(value: string): number {
  const [, amount, unit] = /^(\d+)(kb|mb)$/.exec(value)!;
  return Number(amount) * (unit === 'mb' ? 1024 * 1024 : 1024);
}
