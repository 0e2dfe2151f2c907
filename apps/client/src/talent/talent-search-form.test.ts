import { describe, expect, it } from 'vitest';
import { DEFAULTS, toSearch } from './talent-search-form';

describe('the talent search form', () => {
  it('starts open: no skill or language, any rate, one free hour, nobody on leave', () => {
    expect(toSearch(DEFAULTS)).toEqual({
      skills: [],
      languages: [],
      minOverlapHours: 0,
      currency: 'USD',
      rateMinMinor: null,
      rateMaxMinor: null,
      minWeeklyHours: 1,
      includeOnLeave: false,
      words: '',
    });
  });

  it('gives every chosen skill the level asked, the language its level, and rates in minor units', () => {
    const search = toSearch({
      ...DEFAULTS,
      skillIds: ['a', 'b'],
      skillLevel: 'ADVANCED',
      language: 'tl',
      languageLevel: 'NATIVE',
      rateMin: 12.5,
      rateMax: '20',
    });
    expect(search.skills).toEqual([
      { skillId: 'a', minLevel: 'ADVANCED' },
      { skillId: 'b', minLevel: 'ADVANCED' },
    ]);
    expect(search.languages).toEqual([{ language: 'tl', minLevel: 'NATIVE' }]);
    expect([search.rateMinMinor, search.rateMaxMinor]).toEqual([1250, 2000]);
  });
});
