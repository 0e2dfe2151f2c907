/** Working hours travel as minutes after local midnight; forms show them as `HH:mm`. */
const pad = (value: number) => String(value).padStart(2, '0');

export const minutesToTime = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** A working day whose end is at or before its start ends the next day (22:00–06:00; equal: 24 h). */
export const endsNextDay = (startMinute: number, endMinute: number) => endMinute <= startMinute;

/** Values for the `common.workingHours` message: "22:00–06:00 (next day)". */
export const workingHoursValues = (startMinute: number, endMinute: number) => ({
  start: minutesToTime(startMinute),
  end: minutesToTime(endMinute),
  nextDay: String(endsNextDay(startMinute, endMinute)),
});

/** `00:00` as an end time means midnight at the end of the day (1440). */
export function timeToMinutes(time: string, { asEnd = false } = {}): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const total = hours * 60 + minutes;
  return asEnd && total === 0 ? 1440 : total;
}

/** Currencies for rates and budgets; all have two decimals, so minor units are cents. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'TRY', 'CAD', 'AUD'] as const;

export const toMinor = (amount: number | string): number | null =>
  amount === '' || Number.isNaN(Number(amount)) ? null : Math.round(Number(amount) * 100);
export const fromMinor = (minor: number | null | undefined): number | '' => (minor == null ? '' : minor / 100);

/** Today's date (YYYY-MM-DD) where the person is: the earliest a start date may be. */
export const todayIn = (timeZone: string | undefined): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
