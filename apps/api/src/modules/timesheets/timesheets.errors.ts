import { AppError } from '../../platform/errors/app-error.js';

export class TimeEntryNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(what = 'time entry') {
    super(`No such ${what}.`);
  }
}

/** Time is tracked on hourly contracts that are running. */
export class NotTrackableError extends AppError {
  readonly code = 'NOT_TRACKABLE';
  constructor() {
    super('Time is logged on active hourly contracts only.');
  }
}

export class TimeInFutureError extends AppError {
  readonly code = 'TIME_IN_FUTURE';
  constructor() {
    super('Time cannot be logged ahead of the clock.', { workDate: 'future' });
  }
}

export class TimeOverlapError extends AppError {
  readonly code = 'TIME_OVERLAP';
  constructor() {
    super('This overlaps time already logged on this contract.', { startTime: 'overlap' });
  }
}

/** The day is before the contract's first week, or in a week that has not been added yet. */
export class NoWeekError extends AppError {
  readonly code = 'NO_WEEK';
  constructor() {
    super('This day is not in a week of this contract.', { workDate: 'noWeek' });
  }
}

export class CrossesWeekEndError extends AppError {
  readonly code = 'CROSSES_WEEK_END';
  constructor() {
    super('Weeks end at midnight UTC on Sunday: split this entry there.', { endTime: 'crossesWeekEnd' });
  }
}

/** The business has not paid the week into escrow (or its payment failed): nothing unpaid is worked. */
export class WeekNotFundedError extends AppError {
  readonly code = 'WEEK_NOT_FUNDED';
  constructor() {
    super('This week is not paid into escrow yet, so its hours cannot be logged.');
  }
}

export class WeekSubmittedError extends AppError {
  readonly code = 'WEEK_SUBMITTED';
  constructor() {
    super("This week's timesheet was submitted: its entries are final.");
  }
}

export class WeeklyLimitError extends AppError {
  readonly code = 'WEEKLY_LIMIT';
  constructor(minutesLeft: number) {
    super(
      'This goes past the weekly limit or what escrow holds for the week.',
      { minutes: 'weeklyLimit' },
      {
        minutesLeft,
      },
    );
  }
}

export class TimerRunningError extends AppError {
  readonly code = 'TIMER_RUNNING';
  constructor() {
    super('A timer is already running: stop it first.');
  }
}

/** An entry moves within its own week; another week's time is a new entry. */
export class EntryWeekChangeError extends AppError {
  readonly code = 'ENTRY_WEEK_CHANGE';
  constructor() {
    super('An entry stays in its week: delete it and log the time in the other week.', { workDate: 'weekChange' });
  }
}

/** Time is reviewed once its week is handed in. */
export class WeekOpenError extends AppError {
  readonly code = 'WEEK_OPEN';
  constructor() {
    super('This week is still open: its time can be disputed once it is handed in.');
  }
}

/** A paused contract opens no week: the business resumes it first. */
export class ContractPausedError extends AppError {
  readonly code = 'CONTRACT_PAUSED';
  constructor() {
    super('The business paused this contract: time is logged again once it resumes.', { workDate: 'paused' });
  }
}
