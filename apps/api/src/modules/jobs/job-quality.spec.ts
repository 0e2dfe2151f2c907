import { describe, expect, it } from '@jest/globals';
import { hasContactDetails, maskContactDetails, qualityWarnings } from './job-quality.js';

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

  it.each([
    'write to olga@northwind-candles.example',
    'see www.northwind.example/jobs',
    'call +44 20 7946 0958',
    'ping me on WhatsApp',
  ])('finds contact details in "%s"', (text) => {
    expect(hasContactDetails(text)).toBe(true);
  });

  it.each(['20 hours a week from 9:00 to 17:00', 'Order #10423 and SKU 55-12', 'Budget $15–20/h'])(
    'does not mistake "%s" for contact details',
    (text) => {
      expect(hasContactDetails(text)).toBe(false);
    },
  );

  it('names every field that carries contact details', () => {
    expect(
      qualityWarnings(post({ summary: 'Mail olga@shop.example', screeningQuestions: ['ok', 'Add me on skype'] })),
    ).toEqual([{ code: 'contactDetails', fields: ['summary', 'screeningQuestions.1'] }]);
  });

  it('hides every contact detail and keeps the rest of the text', () => {
    expect(
      maskContactDetails('Mail olga@shop.example or olga@home.example, call +44 20 7946 0958, 20 hours a week.'),
    ).toBe('Mail [hidden] or [hidden], call [hidden], 20 hours a week.');
    expect(maskContactDetails('Budget $15–20/h, see www.shop.example/about and ping me on Telegram')).toBe(
      'Budget $15–20/h, see [hidden] and ping me on [hidden]',
    );
  });
});
