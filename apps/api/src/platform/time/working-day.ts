export const MINUTES_PER_DAY = 1440;

/**
 * Minutes in a working day from `startMinute` to `endMinute` (minutes after local midnight). An end
 * before the start is on the next day (22:00–06:00 is 8 h), and an end equal to the start makes a
 * full 24 h. Match cards store the same rule in SQL (`matching.repository.ts`).
 */
export function workingDayMinutes(startMinute: number, endMinute: number): number {
  return ((((endMinute - startMinute) % MINUTES_PER_DAY) + MINUTES_PER_DAY - 1) % MINUTES_PER_DAY) + 1;
}

/** Whether a working day from `startMinute` to `endMinute` ends on the next day. */
export function endsNextDay(startMinute: number, endMinute: number): boolean {
  return endMinute <= startMinute;
}
