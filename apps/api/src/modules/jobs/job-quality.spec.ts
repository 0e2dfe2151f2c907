import { describe, expect, it } from '@jest/globals';
import { qualityWarnings } from './job-quality.js';

const post = (overrides: Partial<Parameters<typeof qualityWarnings>[0]> = {}) => ({
  title: 'Customer support for a candle shop',
  summary: 'Answer e-mails and chats for our Shopify store, 20 hours a week.',
  tasks: ['Answer support e-mails within 24 hours', 'Process returns in Shopify'],
  screeningQuestions: ['Which help desks have you used?'],
  ...overrides,
});

describe('job post quality checks', () => {
  it('passes a clean post', () => {
    expect(qualityWarnings(post())).toEqual([]);
  });

  it('warns when there are no concrete tasks', () => {
    expect(qualityWarnings(post({ tasks: ['  '] }))).toEqual([{ code: 'missingTasks' }]);
  });

  it('names every field that carries contact details', () => {
    expect(
      qualityWarnings(post({ summary: 'Mail olga@shop.example', screeningQuestions: ['ok', 'Add me on skype'] })),
    ).toEqual([{ code: 'contactDetails', fields: ['summary', 'screeningQuestions.1'] }]);
  });
});
