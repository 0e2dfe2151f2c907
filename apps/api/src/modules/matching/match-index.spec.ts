import { describe, expect, it } from '@jest/globals';
import { BADGE_BIT, type CardRow, type Holders, LEVEL_MASK, MatchIndex, NO_DAY, NO_REPUTATION } from './match-index.js';

const card = (userId: string, changes: Partial<CardRow> = {}): CardRow => ({
  user_id: userId,
  skill_levels: [0, 3, 1],
  skill_badges: [0, 1, 0],
  language_codes: ['en'],
  language_levels: [5],
  hourly_rate_minor: 1500,
  currency: 'EUR',
  free_hours: 20,
  leave_from_day: null,
  leave_until_day: null,
  work_start_utc: 420,
  work_minutes: 480,
  vetting_score: 80,
  response_hours: null,
  reputation: null,
  search: "'candl':1A 'shop':2A,5B",
  ...changes,
});

describe('the match index', () => {
  it('keeps a card in columns, a skill slot per column with its badge bit, and NULLs as markers', () => {
    const index = new MatchIndex();
    index.put(card('a', { response_hours: 1.5, leave_from_day: 20_000, leave_until_day: 20_003 }));
    expect(index.size).toBe(1);
    const skill = (slot: number) => (index.skills[slot]?.[0] as number) & (LEVEL_MASK | BADGE_BIT);
    expect([skill(1), skill(2), skill(3)]).toEqual([0, 3 | BADGE_BIT, 1]);
    expect(index.languages.get('en')?.[0]).toBe(5);
    expect(index.currencies[index.currency[0] as number]).toBe('EUR');
    expect([index.leaveFrom[0], index.leaveUntil[0], index.responseHours[0]]).toEqual([20_000, 20_003, 1.5]);
    expect(index.reputation[0]).toBe(NO_REPUTATION);
  });

  it('replaces a card in place: a language dropped reads as not spoken, a leave ended as none', () => {
    const index = new MatchIndex();
    index.put(card('a', { language_codes: ['en', 'tr'], language_levels: [5, 7], leave_until_day: 20_003 }));
    index.put(card('a', { language_codes: ['tr'], language_levels: [6], reputation: 91 }));
    expect(index.size).toBe(1);
    expect([index.languages.get('en')?.[0], index.languages.get('tr')?.[0]]).toEqual([0, 6]);
    expect(index.leaveUntil[0]).toBe(NO_DAY);
    expect(index.reputation[0]).toBe(91);
  });

  it('grows past its first columns and reuses a removed card’s number only once no scan runs', async () => {
    const index = new MatchIndex();
    for (let n = 0; n < 3000; n++) index.put(card(`va-${n}`, { free_hours: n % 40 }));
    expect(index.size).toBe(3000);
    expect(index.freeHours[2999]).toBe(2999 % 40);
    expect(index.ids[2999]).toBe('va-2999');
    await index.scan(async () => {
      index.remove('va-5');
      index.put(card('newcomer'));
      // The scan may still hold number 5 for va-5's old card.
      expect(index.ids[5]).toBeUndefined();
      expect(index.ids[3000]).toBe('newcomer');
    });
    index.put(card('next'));
    expect(index.ids[5]).toBe('next');
    expect(index.live[5]).toBe(1);
    index.remove('next');
    expect([index.has('next'), index.live[5], index.size]).toEqual([false, 0, 3000]);
  });

  it('lists each skill’s holders once, through drops, returns and departures, and packs what no longer holds it', () => {
    const index = new MatchIndex();
    const listed = (slot: number) => {
      const holders = index.holders[slot] as Holders;
      return [...holders.numbers.subarray(0, holders.length)].map((n) => index.ids[n]);
    };
    index.put(card('a'));
    index.put(card('b', { skill_levels: [2, 0, 1] }));
    expect([listed(1), listed(2), listed(3)]).toEqual([['b'], ['a'], ['a', 'b']]);
    // a lets skill 2 go and takes it up again: still listed once; b leaves and stays listed until packed.
    index.put(card('a', { skill_levels: [0, 0, 1] }));
    index.put(card('a'));
    index.remove('b');
    expect([listed(2), listed(3), index.holders[3]?.held]).toEqual([['a'], ['a', undefined], 1]);
    expect((index.skills[3]?.[1] as number) & LEVEL_MASK).toBe(0);

    // Many VAs pass through skill 1: the list is packed instead of growing past twice its holders.
    for (let n = 0; n < 1000; n++) {
      index.put(card(`va-${n}`, { skill_levels: [3, 0, 0] }));
      if (n % 10 !== 0) index.put(card(`va-${n}`, { skill_levels: [0, 0, 0] }));
    }
    const holders = index.holders[1] as Holders;
    expect(holders.held).toBe(100);
    expect(holders.length).toBeLessThanOrEqual(2 * 100 + 64);
    const names = listed(1);
    expect(new Set(names).size).toBe(names.length);
    expect(
      names.filter((name) => name && (index.skills[1]?.[index.numberOf(name) as number] as number) & LEVEL_MASK),
    ).toHaveLength(100);
  });
});
