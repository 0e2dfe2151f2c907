import { describe, expect, it } from '@jest/globals';
import { documentLines } from './document-lines.js';

describe('document lines', () => {
  it('prices an hourly week by day, the days adding up to the week exactly', () => {
    // At 12.50 an hour: 25 min = 5.208…, 35 min = 7.291…, 20 min = 4.166…; the week is 80 min = 16.67.
    const days = [
      { workDate: '2026-11-30', minutes: 25 },
      { workDate: '2026-12-01', minutes: 35 },
      { workDate: '2026-12-02', minutes: 20 },
    ];
    const lines = documentLines({ kind: 'hours', days, hourlyRateMinor: 1250 }, 1667);
    expect(lines.map((line) => [line.workDate, line.minutes, line.amountMinor])).toEqual([
      ['2026-11-30', 25, 521],
      ['2026-12-01', 35, 729],
      ['2026-12-02', 20, 417],
    ]);
    expect(lines.reduce((sum, line) => sum + line.amountMinor, 0)).toBe(1667);
  });

  it('adds an adjustment when a split released another amount than the work priced', () => {
    const days = [{ workDate: '2026-11-30', minutes: 90 }];
    const lines = documentLines({ kind: 'hours', days, hourlyRateMinor: 1500 }, 1125);
    expect(lines).toEqual([
      { kind: 'day', label: '', workDate: '2026-11-30', minutes: 90, amountMinor: 2250 },
      { kind: 'adjustment', label: '', workDate: null, minutes: null, amountMinor: -1125 },
    ]);
  });

  it('puts a milestone, a retainer period, its overage or a bonus in one line', () => {
    expect(documentLines({ kind: 'milestone', title: 'Catalogue' }, 50_000)).toEqual([
      { kind: 'milestone', label: 'Catalogue', workDate: null, minutes: null, amountMinor: 50_000 },
    ]);
    expect(
      documentLines(
        { kind: 'period', periodStart: '2026-11-01', periodEnd: '2026-11-30', minutesWorked: 2_400 },
        90_000,
      ),
    ).toEqual([
      { kind: 'period', label: '2026-11-01 – 2026-11-30', workDate: null, minutes: 2_400, amountMinor: 90_000 },
    ]);
    expect(documentLines({ kind: 'overage', title: 'Month 2: overage', minutes: 200 }, 15_000)).toEqual([
      { kind: 'overage', label: 'Month 2: overage', workDate: null, minutes: 200, amountMinor: 15_000 },
    ]);
    expect(documentLines({ kind: 'bonus' }, 5_000)).toHaveLength(1);
  });
});
