/** Background task names other modules queue; the matching module does the work. */
export const RANK_JOB_TASK = 'matching.rank-job';

export interface RankJobData {
  jobId: string;
}
