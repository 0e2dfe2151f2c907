import { TZDate } from '@date-fns/tz';

/** The calendar date (YYYY-MM-DD) it is at `instant` in `timeZone`: "today" for someone there. */
export function localDate(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
}
