import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the embedded database and development defaults without settings', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'embedded', dataDir: '.data', port: 0 });
    expect(config.graphql.introspection).toBe(true);
    expect(config.seedDemo).toBe(true);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
  });

  it('requires a real database in production and hides introspection there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production/);
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db.internal/delegate' });
    expect(config.graphql.introspection).toBe(false);
    expect(config.seedDemo).toBe(false);
  });
});
