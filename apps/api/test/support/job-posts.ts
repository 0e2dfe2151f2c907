import type { GraphqlAgent } from './test-app.js';

/**
 * A job post complete enough to publish: a candle shop's weekday customer support, paid hourly in
 * euros from Berlin. Tests change only what they are about.
 */
export function jobPostInput(skillIds: Record<string, string>, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Customer support for a candle shop',
    summary: 'We sell hand-poured candles online and need help answering customers every weekday.',
    tasks: ['Answer customer support e-mails within 24 hours', 'Process returns in Shopify'],
    skills: [{ skillId: skillIds['customer-support'], importance: 'MUST_HAVE' }],
    languages: [{ language: 'en', minLevel: 'C1' }],
    weeklyHours: 20,
    budgetKind: 'HOURLY',
    budgetMinMinor: 1200,
    budgetMaxMinor: 1800,
    currency: 'EUR',
    timeZone: 'Europe/Berlin',
    workStartMinute: 9 * 60,
    workEndMinute: 17 * 60,
    minOverlapHours: 2,
    ...overrides,
  };
}

/** Saves a post and publishes it (quality advice acknowledged); returns its id. */
export async function publishJobPost(agent: GraphqlAgent, input: Record<string, unknown>): Promise<string> {
  const { saveJobPost } = await agent.ok<{ saveJobPost: { id: string } }>(
    'mutation($input: SaveJobPostInput!) { saveJobPost(input: $input) { id } }',
    { input },
  );
  await agent.ok('mutation($id: ID!) { publishJobPost(id: $id, acknowledgeWarnings: true) { id } }', {
    id: saveJobPost.id,
  });
  return saveJobPost.id;
}
