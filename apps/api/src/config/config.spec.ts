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

  it('pays through the sandbox without Stripe keys and through Stripe with both', () => {
    expect(loadConfig({}).payments).toEqual({ provider: 'sandbox', stripe: null });
    const keys = { STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1' };
    expect(loadConfig(keys).payments).toMatchObject({
      provider: 'stripe',
      stripe: { secretKey: 'sk_test_1', webhookSecret: 'whsec_1', apiUrl: null, webhookToleranceSeconds: 300 },
    });
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(/STRIPE_WEBHOOK_SECRET: is required/);
    expect(() => loadConfig({ ...keys, STRIPE_SECRET_KEY: 'pk_test_1' })).toThrow(/STRIPE_SECRET_KEY/);
  });
});
