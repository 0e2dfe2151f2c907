/** Hourly: cards follow summer time and VAs' time-zone changes. */
export const REFRESH_WORKING_HOURS_TASK = 'matching.refresh-working-hours';
