import { ConfigError, loadConfig } from './app-config.js';
import { DEV_JWT_SECRET } from './config.schema.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://conduit:secret@db:5432/conduit',
  JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
  PUBLIC_URL: 'https://conduit.example.org',
};

describe('loadConfig', () => {
  it('needs nothing in development: embedded database, dev secret, any origin', () => {
    const config = loadConfig({});
    expect(config.environment).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.jwtSecret).toBe(DEV_JWT_SECRET);
    expect(config.corsOrigins).toBe(true);
    expect(config.seedDemoData).toBe(true);
  });

  it('accepts a complete production configuration, with no origins allowed unless listed', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.isProduction).toBe(true);
    expect(config.corsOrigins).toEqual([]);
    expect(config.seedDemoData).toBe(false);
    expect(
      loadConfig({ ...PRODUCTION, CORS_ORIGINS: 'https://a.example, https://b.example' })
        .corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  it('refuses the development secret in production, naming the setting', () => {
    expect(() => loadConfig({ ...PRODUCTION, JWT_SECRET: DEV_JWT_SECRET })).toThrow(
      /JWT_SECRET is the development default/,
    );
  });

  it('refuses production without a database URL: the embedded database is for development', () => {
    expect(() => loadConfig({ ...PRODUCTION, DATABASE_URL: undefined })).toThrow(
      /DATABASE_URL is required in production/,
    );
  });

  it('takes the public URL as given in production, where nothing could guess it', () => {
    expect(loadConfig(PRODUCTION).publicUrl).toBe('https://conduit.example.org');
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_URL: undefined })).toThrow(
      /PUBLIC_URL is required in production/,
    );
  });

  it('derives the public URL from the port in development, and drops a trailing slash', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '3300' }).publicUrl).toBe('http://localhost:3300');
    expect(loadConfig({ PUBLIC_URL: 'http://192.168.1.20:3000/' }).publicUrl).toBe(
      'http://192.168.1.20:3000',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://files.example' })).toThrow(
      /PUBLIC_URL must be an http:\/\/ or https:\/\/ URL/,
    );
  });

  it('lists every bad value at once, in a readable message', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', JWT_SECRET: 'short' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL must be a postgres:// URL');
    expect(message).toContain('JWT_SECRET must be at least 32 characters');
  });

  it('trusts no proxy unless told, and reads TRUST_PROXY as Fastify takes it: hops, on/off or addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
  });

  it('reads BODY_LIMIT in bytes, 1 kb being 1024 bytes', () => {
    expect(loadConfig({}).bodyLimitBytes).toBe(1024 * 1024);
    expect(loadConfig({ BODY_LIMIT: '100kb' }).bodyLimitBytes).toBe(100 * 1024);
    expect(loadConfig({ BODY_LIMIT: '2mb' }).bodyLimitBytes).toBe(2 * 1024 * 1024);
  });
});
