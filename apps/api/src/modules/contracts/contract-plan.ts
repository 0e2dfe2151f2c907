import type { OfferEntity } from './entities/offer.entity.js';
import { firstWeek, type WeekSettings } from './hourly-plan.js';
import { firstPeriod } from './retainer-plan.js';

/**
 * The milestones a contract starts with: a fixed price's planned ones (the first is the trial when
 * there is one), a retainer's first period, an hourly contract's first week.
 */
export function openingMilestones(offer: Pick<OfferEntity, 'terms' | 'milestones'>, weeks: WeekSettings) {
  const { terms } = offer;
  if (terms.kind === 'retainer') return [firstPeriod(terms)];
  if (terms.kind === 'hourly') return [firstWeek(terms, weeks)];
  return offer.milestones.map((milestone, index) => ({ ...milestone, trial: terms.trialWeeks > 0 && index === 0 }));
}
