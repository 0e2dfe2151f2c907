import type { ContractKind, ContractTerms } from './entities/contract-terms.js';
import type { MilestonePlan } from './entities/offer.entity.js';
import { defaultOverageRate, trialAmount } from './retainer-plan.js';

/** Retainer defaults from the field: up to 10 unused hours roll over; two weeks' notice. */
export const RETAINER_DEFAULTS = { rolloverCapHours: 10, noticeDays: 14 } as const;

export interface TermsInput {
  kind: ContractKind;
  hourlyRateMinor?: number | null;
  weeklyLimitHours?: number | null;
  monthlyAmountMinor?: number | null;
  monthlyHours?: number | null;
  rolloverCapHours?: number | null;
  noticeDays?: number | null;
  overageRateMinor?: number | null;
  milestones: Array<{ title: string; amountMinor: number; dueDate?: string | null }>;
  trialWeeks: number;
  startDate: string;
}

/**
 * The terms as stored: only the amounts the kind uses (the rest become null, milestones only for a
 * fixed price; a retainer's rollover cap, notice and overage rate default to the field's), or the inputs at fault. `today` is the date where the job is; a milestone is at
 * least `minimumMilestoneMinor` of the job's currency.
 */
export function offerTerms(
  input: TermsInput,
  currency: string,
  today: string,
  minimumMilestoneMinor = 1,
): { terms: ContractTerms; milestones: MilestonePlan[] } | { problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const need = <T>(field: keyof TermsInput, value: T | null | undefined): T | null => {
    if (value === null || value === undefined) problems[field] = 'required';
    return value ?? null;
  };
  const hourly = input.kind === 'hourly';
  const retainer = input.kind === 'retainer';
  const terms: ContractTerms = {
    kind: input.kind,
    currency,
    hourlyRateMinor: hourly ? need('hourlyRateMinor', input.hourlyRateMinor) : null,
    weeklyLimitHours: hourly ? need('weeklyLimitHours', input.weeklyLimitHours) : null,
    monthlyAmountMinor: retainer ? need('monthlyAmountMinor', input.monthlyAmountMinor) : null,
    monthlyHours: retainer ? need('monthlyHours', input.monthlyHours) : null,
    rolloverCapHours: retainer ? (input.rolloverCapHours ?? RETAINER_DEFAULTS.rolloverCapHours) : null,
    noticeDays: retainer ? (input.noticeDays ?? RETAINER_DEFAULTS.noticeDays) : null,
    overageRateMinor: retainer ? (input.overageRateMinor ?? null) : null,
    trialWeeks: input.trialWeeks,
    startDate: input.startDate,
  };
  const milestones =
    input.kind === 'fixed'
      ? input.milestones.map(({ title, amountMinor, dueDate }) => ({ title, amountMinor, dueDate: dueDate ?? null }))
      : [];
  if (input.kind === 'fixed' && milestones.length === 0) problems.milestones = 'required';
  milestones.forEach((milestone, index) => {
    if (milestone.amountMinor < minimumMilestoneMinor) problems[`milestones.${index}.amountMinor`] = 'belowMinimum';
    // ISO dates compare correctly as strings.
    if (milestone.dueDate && milestone.dueDate < input.startDate)
      problems[`milestones.${index}.dueDate`] = 'beforeStart';
  });
  if (retainer && terms.monthlyAmountMinor !== null && terms.monthlyHours !== null) {
    terms.overageRateMinor ??= defaultOverageRate(terms);
    // Each period is funded like a milestone, so each is at least the smallest milestone.
    if (terms.monthlyAmountMinor < minimumMilestoneMinor) problems.monthlyAmountMinor = 'belowMinimum';
    else if (terms.trialWeeks > 0 && trialAmount(terms) < minimumMilestoneMinor) problems.trialWeeks = 'belowMinimum';
  }
  if (input.startDate < today) problems.startDate = 'inPast';
  return Object.keys(problems).length ? { problems } : { terms, milestones };
}

/**
 * What an offer commits the business to, for approval policies: a fixed price's milestones together,
 * a retainer's month, an hourly contract's week at its limit.
 */
export function offerValue(terms: ContractTerms, milestones: MilestonePlan[]): number {
  if (terms.kind === 'fixed') return milestones.reduce((total, milestone) => total + milestone.amountMinor, 0);
  if (terms.kind === 'retainer') return terms.monthlyAmountMinor ?? 0;
  return (terms.hourlyRateMinor ?? 0) * (terms.weeklyLimitHours ?? 0);
}
