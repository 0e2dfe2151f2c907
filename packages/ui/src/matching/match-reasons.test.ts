import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/en.json';
import { matchReasons } from './match-reasons';

const intl = createIntl({ locale: 'en', messages: en });
const facts = {
  mustLevel: 0.75,
  badgeShare: 0.5,
  niceShare: null,
  bonusShare: null,
  rateRatio: 1.2,
  overlapMinutes: 300,
  capacityRatio: 1.5,
  vettingScore: 82,
  responseHours: null,
  languageMargin: 1,
  reputationScore: null,
};

describe('matchReasons', () => {
  it('says why in plain words, strongest factor first, leaving out factors the job does not measure', () => {
    const reasons = matchReasons(
      {
        facts,
        factors: [
          { factor: 'RATE', points: 5, maxPoints: 15 },
          { factor: 'SKILLS', points: 30, maxPoints: 35 },
          { factor: 'OVERLAP', points: 12, maxPoints: 12 },
          { factor: 'RELEVANCE', points: 0, maxPoints: 0 },
        ],
      },
      intl,
    );
    expect(reasons.map((reason) => reason.text)).toEqual([
      'Working days overlap 5 hours a day',
      'Every must-have skill at advanced level on average; 50% tested by Delegate',
      'Rate 20% above the budget',
    ]);
  });

  it("states a newcomer's reputation as neutral, and a known one by its score", () => {
    const factors = [{ factor: 'REPUTATION' as const, points: 4, maxPoints: 6 }];
    expect(matchReasons({ facts, factors }, intl)[0]?.text).toBe('No reviewed contracts yet: counted as neutral');
    expect(matchReasons({ facts: { ...facts, reputationScore: 91 }, factors }, intl)[0]?.text).toBe(
      'Reputation 91/100 from past contracts',
    );
  });
});
