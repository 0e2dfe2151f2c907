import type { IntlShape } from 'react-intl';
import type { TermsFragment } from '../gql/graphql';
import { formatMoney } from '../money/format-money';

/**
 * Contract terms in one line: "€16.00 an hour, up to 20 hours a week · 2-week paid trial", or for a
 * retainer "€1,200.00 a month for 40 hours · up to 10 h roll over · 14 days' notice · extra hours €45.00".
 */
export function describeTerms(
  terms: TermsFragment,
  milestones: ReadonlyArray<{ amountMinor: number }>,
  intl: IntlShape,
) {
  const money = (minor: number | null | undefined) => formatMoney(intl, minor ?? 0, terms.currency);
  const pay =
    terms.kind === 'HOURLY'
      ? intl.formatMessage(
          { id: 'terms.hourly' },
          { rate: money(terms.hourlyRateMinor), hours: terms.weeklyLimitHours ?? 0 },
        )
      : terms.kind === 'RETAINER'
        ? [
            intl.formatMessage(
              { id: 'terms.retainer' },
              { amount: money(terms.monthlyAmountMinor), hours: terms.monthlyHours ?? 0 },
            ),
            intl.formatMessage({ id: 'terms.rollover' }, { hours: terms.rolloverCapHours ?? 0 }),
            intl.formatMessage({ id: 'terms.notice' }, { days: terms.noticeDays ?? 0 }),
            terms.overageRateMinor
              ? intl.formatMessage({ id: 'terms.overage' }, { rate: money(terms.overageRateMinor) })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')
        : intl.formatMessage(
            { id: 'terms.fixed' },
            { amount: money(milestones.reduce((sum, m) => sum + m.amountMinor, 0)), count: milestones.length },
          );
  return terms.trialWeeks > 0
    ? `${pay} · ${intl.formatMessage({ id: 'terms.trial' }, { weeks: terms.trialWeeks })}`
    : pay;
}
