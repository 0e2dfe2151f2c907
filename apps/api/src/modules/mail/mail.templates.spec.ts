import { describe, expect, it } from '@jest/globals';
import { renderEmail, SUPPORTED_LOCALES, TEMPLATE_NAMES } from './mail.templates.js';

describe('renderEmail', () => {
  it.each(SUPPORTED_LOCALES)('renders every template in %s with its values', (locale) => {
    for (const template of TEMPLATE_NAMES) {
      const { subject, text } = renderEmail(template, locale, {
        name: 'Ada',
        minutes: 60,
        days: 7,
        link: 'https://delegate.example/x',
        inviter: 'Bo',
        organization: 'Shop',
        role: 'admin',
        request: 'Add a second reference.',
        reason: 'Not enough experience yet.',
        reapplyDate: '1 March 2027',
        score: 87,
        test: 'Customer support',
        startBy: '5 December 2026',
        timeZone: 'Europe/Istanbul',
        slots: '1 December 2026 10:00',
        job: 'Customer support for a candle shop',
        hours: 20,
        date: '23 December 2026',
        freelancer: 'Giulia',
        milestone: 'Listings refresh',
        amount: '€150.00',
        other: 'Northwind Candles',
      });
      expect(subject.length).toBeGreaterThan(5);
      expect(text).toContain('https://delegate.example/x');
    }
  });

  it('falls back to English for an unknown locale', () => {
    expect(renderEmail('passwordReset', 'xx', { name: 'A', minutes: 5, link: 'L' }).subject).toBe(
      'Reset your Delegate password',
    );
  });
});
