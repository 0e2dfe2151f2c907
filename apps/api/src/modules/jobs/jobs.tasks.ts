/**
 * Background work jobs asks for once a post changes; the matching module registers the handler
 * (jobs knows nothing of how ranking works).
 */
export const RANK_JOB_TASK = 'matching.rank-job';

export interface RankJobData {
  jobId: string;
}
