import { describe, expect, it } from '@jest/globals';
import { entryProblem } from './ledger.service.js';
import type { LedgerEntry } from './movements.js';

const entry = (postings: number[], currency = 'EUR'): LedgerEntry => ({
  idempotencyKey: 'test',
  kind: 'release',
  currency,
  postings: postings.map((amountMinor, index) => ({ account: `a${index}`, amountMinor })),
});

describe('ledger entries', () => {
  it('accepts balanced postings', () => {
    expect(entryProblem(entry([1_000, -900, -100]))).toBeNull();
  });

  it('refuses what would create or lose money', () => {
    expect(entryProblem(entry([1_000, -999]))).toMatch(/sum to 1/);
    expect(entryProblem(entry([1_000]))).toMatch(/two postings/);
    expect(entryProblem(entry([0, 0]))).toMatch(/non-zero/);
    expect(entryProblem(entry([1.5, -1.5]))).toMatch(/whole/);
    expect(entryProblem(entry([100, -100], 'eur'))).toMatch(/ISO 4217/);
  });
});
