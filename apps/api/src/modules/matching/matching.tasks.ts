/** Background task names other modules queue; the matching module does the work. */
export const RANK_JOB_TASK = 'matching.rank-job';

export interface RankJobData {
  jobId: string;
}

/** Hourly: cards follow summer time and VAs' time-zone changes. */
export const REFRESH_WORKING_HOURS_TASK = 'matching.refresh-working-hours';
