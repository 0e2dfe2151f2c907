import { base } from './jest.base.js';

/** Integration tests: a real PostgreSQL (throwaway cluster or TEST_DATABASE_URL), one clean database per file. */
export default {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
};
