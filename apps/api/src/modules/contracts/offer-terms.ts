import type { ContractKind, ContractTerms } from './entities/contract-terms.js';
import type { MilestonePlan } from './entities/offer.entity.js';

export interface TermsInput {
  kind: ContractKind;
  hourlyRateMinor?: number | null;
  weeklyLimitHours?: number | null;
  monthlyAmountMinor?: number | null;
  monthlyHours?: number | null;
  milestones: Array<{ title: string; amountMinor: number; dueDate?: string | null }>;
  trialWeeks: number;
  startDate: string;
}

/**
 * The terms as stored: only the amounts the kind uses (the rest become null, milestones only for a
 * fixed price), or the inputs at fault. `today` is the date where the job is; a milestone is at
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
  if (input.startDate < today) problems.startDate = 'inPast';
  return Object.keys(problems).length ? { problems } : { terms, milestones };
}
