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

  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://db.internal/delegate',
    PUBLIC_URL: 'https://delegate.example',
    PAYMENTS_PROVIDER: 'sandbox',
    SMTP_URL: 'smtps://user:pass@smtp.example',
  };

  it('refuses unsafe production settings, each by name, and hides the schema there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production/);
    expect(() => loadConfig({ ...production, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL: is required/);
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://delegate.example' })).toThrow(/must be https/);
    expect(() => loadConfig({ ...production, PAYMENTS_PROVIDER: undefined })).toThrow(/PAYMENTS_PROVIDER: is required/);
    expect(() => loadConfig({ ...production, SMTP_URL: undefined })).toThrow(/SMTP_URL: is required/);
    const config = loadConfig(production);
    expect(config.graphql.introspection).toBe(false);
    expect(config.graphql.fieldSuggestions).toBe(false);
    expect(config.seedDemo).toBe(false);
    expect(config.payments.provider).toBe('sandbox');
  });

  it('believes X-Forwarded-For only from the proxies it is told about', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4' }).http.trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.4',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
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
    expect(() => loadConfig({ PAYMENTS_PROVIDER: 'stripe' })).toThrow(/PAYMENTS_PROVIDER/);
    expect(() => loadConfig({ ...keys, PAYMENTS_PROVIDER: 'sandbox' })).toThrow(/PAYMENTS_PROVIDER/);
  });
});
