import { TZDate } from '@date-fns/tz';
import { addDays, formatISO, parseISO } from 'date-fns';

/** The calendar date (YYYY-MM-DD) it is at `instant` in `timeZone`: "today" for someone there. */
export function localDate(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
}

/** The calendar date (YYYY-MM-DD) `days` after `date` (before, when negative). */
export function shiftDays(date: string, days: number): string {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}
