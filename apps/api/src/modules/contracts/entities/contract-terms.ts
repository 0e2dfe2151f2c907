import { Column } from 'typeorm';

export const CONTRACT_KINDS = ['hourly', 'fixed', 'retainer'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/**
 * What the two sides agreed to work on, shared by an offer and the contract it becomes. Amounts are
 * minor units of `currency` (the job's). Hourly: a rate and a weekly limit. Fixed: milestones (kept
 * by the offer and the contract each in their own way). Retainer: a monthly amount for monthly hours.
 */
export class ContractTerms {
  @Column({ type: 'enum', enum: CONTRACT_KINDS, enumName: 'contract_kind' })
  kind: ContractKind;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'hourly_rate_minor', type: 'integer', nullable: true })
  hourlyRateMinor: number | null;

  @Column({ name: 'weekly_limit_hours', type: 'smallint', nullable: true })
  weeklyLimitHours: number | null;

  @Column({ name: 'monthly_amount_minor', type: 'integer', nullable: true })
  monthlyAmountMinor: number | null;

  @Column({ name: 'monthly_hours', type: 'smallint', nullable: true })
  monthlyHours: number | null;

  /** Retainer: unused hours carried into the next month, at most this many. */
  @Column({ name: 'rollover_cap_hours', type: 'smallint', nullable: true })
  rolloverCapHours: number | null;

  /** Retainer: the price of an hour worked beyond the month's hours and rollover, in minor units. */
  @Column({ name: 'overage_rate_minor', type: 'integer', nullable: true })
  overageRateMinor: number | null;

  /** Retainer: days between giving notice and the end of the contract. */
  @Column({ name: 'notice_days', type: 'smallint', nullable: true })
  noticeDays: number | null;

  /** 0 for none; otherwise the first weeks are a paid trial after which either side may end freely. */
  @Column({ name: 'trial_weeks', type: 'smallint', default: 0 })
  trialWeeks: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;
}
