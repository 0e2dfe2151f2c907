import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  BADGE_BIT,
  type CardRow,
  type Holders,
  keyOf,
  LEVEL_MASK,
  MatchIndex,
  NO_DAY,
  NO_REPUTATION,
} from './match-index.js';

/** A VA's id (a UUID) named for the test. */
const id = (name: string) => {
  const hex = createHash('md5').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

const card = (name: string, changes: Partial<CardRow> = {}): CardRow => ({
  user_id: id(name),
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
    expect(index.userIdOf(2999)).toBe(id('va-2999'));
    await index.scan(async () => {
      index.remove(id('va-5'));
      index.put(card('newcomer'));
      // The scan may still hold number 5 for va-5's old card.
      expect(index.userIdOf(5)).toBeUndefined();
      expect(index.userIdOf(3000)).toBe(id('newcomer'));
    });
    index.put(card('next'));
    expect(index.userIdOf(5)).toBe(id('next'));
    expect(index.live[5]).toBe(1);
    index.remove(id('next'));
    expect([index.numberOf(id('next')), index.live[5], index.size]).toEqual([undefined, 0, 3000]);
  });

  it('lists each skill’s holders once, through drops, returns and departures, and packs what no longer holds it', () => {
    const index = new MatchIndex();
    const listed = (slot: number) => {
      const holders = index.holders[slot] as Holders;
      return [...holders.numbers.subarray(0, holders.length)].map((n) => index.userIdOf(n));
    };
    index.put(card('a'));
    index.put(card('b', { skill_levels: [2, 0, 1] }));
    expect([listed(1), listed(2), listed(3)]).toEqual([[id('b')], [id('a')], [id('a'), id('b')]]);
    // a lets skill 2 go and takes it up again: still listed once; b leaves and stays listed until packed.
    index.put(card('a', { skill_levels: [0, 0, 1] }));
    index.put(card('a'));
    index.remove(id('b'));
    expect([listed(2), listed(3), index.holders[3]?.held]).toEqual([[id('a')], [id('a'), undefined], 1]);
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

  it('keeps each VA by the 16 bytes of their UUID, in the order of the ids, and refuses any other id', () => {
    const ids = ['00000000-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000000', id('x'), id('y')];
    const keys = ids.map(keyOf);
    expect(keys.every((key) => key.length === 16)).toBe(true);
    expect([...keys].sort().map((key) => ids[keys.indexOf(key)])).toEqual([...ids].sort());
    const index = new MatchIndex();
    index.put(card('x', { user_id: ids[1] }));
    expect([index.userIdOf(0), index.numberOf(ids[1]?.toUpperCase() as string)]).toEqual([ids[1], 0]);
    expect(() => index.put(card('x', { user_id: 'va-1' }))).toThrow(/UUID/);
  });
});
