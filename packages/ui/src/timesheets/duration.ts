import type { IntlShape } from 'react-intl';

/** "2 h 30 min" */
export function duration(minutes: number, intl: IntlShape): string {
  return intl.formatMessage({ id: 'time.duration' }, { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
