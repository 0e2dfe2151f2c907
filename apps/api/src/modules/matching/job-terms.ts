const WEEKS_PER_MONTH = 52 / 12;

/** A job's budget as an hourly figure in minor units of its currency, when one can be told. */
export function hourlyBudgetMinor(job: {
  budgetKind: 'hourly' | 'fixed' | 'retainer' | null;
  budgetMaxMinor: number | null;
  weeklyHours: number | null;
  durationWeeks: number | null;
}): number | null {
  const { budgetKind, budgetMaxMinor: max, weeklyHours: hours, durationWeeks: weeks } = job;
  if (max === null || !budgetKind) return null;
  if (budgetKind === 'hourly') return max;
  if (!hours) return null;
  if (budgetKind === 'retainer') return Math.round(max / (hours * WEEKS_PER_MONTH));
  return weeks ? Math.round(max / (hours * weeks)) : null;
}
