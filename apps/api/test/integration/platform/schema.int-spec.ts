import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const schemaFile = new URL('../../../schema.gql', import.meta.url);

/** The apps generate their types from the committed schema.gql, so it must match the code. */
describe('schema.gql', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('is up to date (regenerate with `npm run schema -w @delegate/api`)', () => {
    const printed = `${printSchema(lexicographicSortSchema(testApp.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, printed);
    expect(readFileSync(schemaFile, 'utf8')).toBe(printed);
  });
});
