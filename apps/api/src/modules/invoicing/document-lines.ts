import { minutesCost } from '../contracts/hourly-plan.js';
import type { LineKind } from './entities/billing-document-line.entity.js';

export interface LineDraft {
  kind: LineKind;
  label: string;
  workDate: string | null;
  minutes: number | null;
  amountMinor: number;
}

/** What a release paid for, as its document itemises it. */
export type ReleasedWork =
  | { kind: 'bonus' }
  | { kind: 'milestone'; title: string }
  | { kind: 'period'; periodStart: string; periodEnd: string; minutesWorked: number | null }
  | { kind: 'overage'; title: string; minutes: number }
  | { kind: 'hours'; days: Array<{ workDate: string; minutes: number }>; hourlyRateMinor: number };

/**
 * The lines of a release's document, adding up to exactly what was released: an hourly week by day
 * (each day priced so the days sum to the week's price: rounding is carried, not repeated), anything
 * else in one line; a dispute's split that released another amount adds an adjustment line.
 */
export function documentLines(work: ReleasedWork, releasedMinor: number): LineDraft[] {
  const lines = itemised(work, releasedMinor);
  const total = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  if (total === releasedMinor) return lines;
  return [
    ...lines,
    { kind: 'adjustment', label: '', workDate: null, minutes: null, amountMinor: releasedMinor - total },
  ];
}

function itemised(work: ReleasedWork, releasedMinor: number): LineDraft[] {
  const one = { workDate: null, minutes: null, amountMinor: releasedMinor };
  switch (work.kind) {
    case 'bonus':
      return [{ kind: 'bonus', label: '', ...one }];
    case 'milestone':
      return [{ kind: 'milestone', label: work.title, ...one }];
    case 'period':
      return [
        { kind: 'period', label: `${work.periodStart} – ${work.periodEnd}`, ...one, minutes: work.minutesWorked },
      ];
    case 'overage':
      return [{ kind: 'overage', label: work.title, ...one, minutes: work.minutes }];
    case 'hours': {
      let minutesSoFar = 0;
      let pricedSoFar = 0;
      return work.days.map(({ workDate, minutes }) => {
        minutesSoFar += minutes;
        const priced = minutesCost(minutesSoFar, work.hourlyRateMinor);
        const line: LineDraft = { kind: 'day', label: '', workDate, minutes, amountMinor: priced - pricedSoFar };
        pricedSoFar = priced;
        return line;
      });
    }
  }
}
