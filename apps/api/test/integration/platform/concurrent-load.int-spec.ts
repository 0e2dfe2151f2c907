import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { seedDemoOnce } from '../../../src/seed/demo-seed.js';
import { expectSequentialAnswersUnderLoad } from '../../support/concurrent-load.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/** The load the embedded engine is checked with (`embedded-database.int-spec.ts`), on the tests' server. */
describe('several people at once on the test server', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    await seedDemoOnce(testApp.app);
  }, 60_000);
  afterAll(async () => {
    await testApp.close();
  });

  it('get the answers one at a time would get', async () => {
    await expectSequentialAnswersUnderLoad(testApp.app);
  }, 120_000);
});
