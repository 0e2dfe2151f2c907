import { describe, expect, it } from '@jest/globals';
import { hasContactDetails, maskContactDetails, maskTexts } from './contact-details.js';

describe('contact details', () => {
  it.each([
    'write to olga@northwind-candles.example',
    'see www.northwind.example/jobs',
    'see https://northwind.example',
    'call +44 20 7946 0958',
    'ping me on WhatsApp',
    'I am @olga_candles there',
    'join t.me/olgacandles',
    'our site northwind.com/contact',
  ])('are found in "%s"', (text) => {
    expect(hasContactDetails(text)).toBe(true);
  });

  it.each([
    '20 hours a week from 9:00 to 17:00',
    'Order #10423 and SKU 55-12',
    'Budget $15–20/h',
    'Use Node.js and e.g. Shopify',
  ])('are not mistaken in "%s"', (text) => {
    expect(hasContactDetails(text)).toBe(false);
  });

  it('are hidden, and the rest of the text kept', () => {
    expect(
      maskContactDetails('Mail olga@shop.example or olga@home.example, call +44 20 7946 0958, 20 hours a week.'),
    ).toBe('Mail [hidden] or [hidden], call [hidden], 20 hours a week.');
    expect(maskContactDetails('Budget $15–20/h, see www.shop.example/about and ping me on Telegram')).toBe(
      'Budget $15–20/h, see [hidden] and ping me on [hidden]',
    );
  });

  it('are hidden in every text of a record, lists included', () => {
    expect(maskTexts({ coverLetter: 'Skype me', answers: ['olga@x.example', 'fine'] })).toEqual({
      coverLetter: '[hidden] me',
      answers: ['[hidden]', 'fine'],
    });
  });

  it('keep a long text without them as it is', () => {
    // The text that made the old e-mail pattern quadratic: a long run of word characters, no "@".
    const text = `${'a'.repeat(5_000)} ${'order-1042.'.repeat(500)}`;
    expect(maskContactDetails(text) === text).toBe(true);
  });
});
