import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { allOperationPolicies } from '../../../src/platform/access/policy-coverage.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

describe('every resolver declares who may call it', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('finds a policy on every Query and Mutation', () => {
    const policies = allOperationPolicies(testApp.app);
    expect(policies.filter((entry) => entry.policy === null)).toEqual([]);

    // The walk must see every operation the schema exposes, or the check above proves nothing.
    const schema = testApp.app.get(GraphQLSchemaHost).schema;
    const schemaOperations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ].sort();
    expect(policies.map((entry) => entry.operation).sort()).toEqual(schemaOperations);
  });
});
