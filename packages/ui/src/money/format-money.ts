import type { IntlShape } from 'react-intl';

/** An amount in minor units (cents) in the reader's number format, e.g. 1600 EUR → "€16.00". */
export function formatMoney(intl: IntlShape, minor: number, currency: string): string {
  return intl.formatNumber(minor / 100, { style: 'currency', currency });
}

export interface BudgetShape {
  budgetKind?: string | null;
  budgetMinMinor?: number | null;
  budgetMaxMinor?: number | null;
  currency: string;
}

/** A post's budget in words: "€12.00–€18.00 an hour", "€500.00 fixed price", "€800.00 a month". */
export function describeBudget(job: BudgetShape, intl: IntlShape): string {
  if (!job.budgetKind || job.budgetMaxMinor == null) return '–';
  const max = formatMoney(intl, job.budgetMaxMinor, job.currency);
  if (job.budgetKind === 'HOURLY') {
    const min = formatMoney(intl, job.budgetMinMinor ?? job.budgetMaxMinor, job.currency);
    return intl.formatMessage({ id: 'budget.hourly' }, { min, max });
  }
  return intl.formatMessage({ id: job.budgetKind === 'FIXED' ? 'budget.fixed' : 'budget.retainer' }, { amount: max });
}
