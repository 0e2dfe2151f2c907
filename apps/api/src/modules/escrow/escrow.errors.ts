import { AppError } from '../../platform/errors/app-error.js';

export class PaymentNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such payment.');
  }
}

/** More than escrow holds for the milestone. */
export class AmountExceedsHeldError extends AppError {
  readonly code = 'AMOUNT_EXCEEDS_HELD';
  constructor(heldMinor: number) {
    super('That is more than this milestone holds.', { amountMinor: 'exceedsHeld' }, { heldMinor });
  }
}

/** An hourly week is handed in by submitting its timesheet. */
export class HourlyWeekHandInError extends AppError {
  readonly code = 'HOURLY_WEEK';
  constructor() {
    super('An hourly week is handed in by submitting its timesheet, with the time logged.');
  }
}

/** Overage hours were handed in with their period: they are approved or disputed, never sent back. */
export class OverageChangesError extends AppError {
  readonly code = 'OVERAGE_REVIEW';
  constructor() {
    super('Overage hours are not sent back: approve them, or open a dispute if you question them.');
  }
}

/** Hourly time is approved or disputed, never sent back: entries are final once handed in. */
export class HourlyWeekChangesError extends AppError {
  readonly code = 'HOURLY_WEEK_REVIEW';
  constructor() {
    super('Hourly time is not sent back: dispute the entries you question, and the rest is released.');
  }
}
