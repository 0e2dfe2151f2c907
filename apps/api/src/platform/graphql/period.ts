import { ArgsType, Field } from '@nestjs/graphql';
import { IsDate } from 'class-validator';
import { BadUserInputError } from '../errors/app-error.js';

const MAX_PERIOD_DAYS = 366;

/** A reporting period for ops views: from an instant up to (not including) another, at most a year. */
@ArgsType()
export class PeriodArgs {
  @Field({ description: 'From this instant…' })
  @IsDate()
  from: Date;

  @Field({ description: '…up to (not including) this one.' })
  @IsDate()
  to: Date;
}

/** Refuses a period that ends before it starts or spans more than a year (a report must stay cheap). */
export function assertPeriod({ from, to }: PeriodArgs): void {
  if (to <= from) throw new BadUserInputError('The period must end after it starts.', { to: 'afterFrom' });
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new BadUserInputError('Choose a period of at most a year.', { from: 'periodTooLong' });
  }
}
