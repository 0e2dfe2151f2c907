import { useIntl } from 'react-intl';
import type { SlaStatus } from '../gql/graphql';

export const SLA_COLOUR: Record<SlaStatus, string> = { ON_TRACK: 'teal', DUE_SOON: 'yellow', OVERDUE: 'red' };

/** "3 hours", "2 days": how long since an instant, in the reader's language. */
export function useAge() {
  const intl = useIntl();
  return (since: string) => {
    const hours = (Date.now() - new Date(since).getTime()) / 3_600_000;
    return hours < 48
      ? intl.formatNumber(Math.max(1, Math.round(hours)), { style: 'unit', unit: 'hour', unitDisplay: 'long' })
      : intl.formatNumber(Math.round(hours / 24), { style: 'unit', unit: 'day', unitDisplay: 'long' });
  };
}
