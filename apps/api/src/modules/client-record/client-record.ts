/**
 * A business's record as VAs read it on its posts: rates with the counts behind them, so two
 * hires out of two are read as two, not as a perfect record.
 */

/** What the record reads from the organisation's contracts' timelines. */
export interface ContractHistory {
  /** Posts on which the organisation hired (open ones included). */
  hiredJobIds: string[];
  contracts: number;
  disputed: number;
  fundings: number;
  medianFundHours: number | null;
  approvals: number;
  medianApproveHours: number | null;
}

export interface ClientRecordFigures {
  paymentVerified: boolean;
  /** Posts that are decided: they closed, expired or led to a hire. */
  decidedPosts: number;
  hiredPosts: number;
  /** hiredPosts / decidedPosts; null with no decided post. */
  hireRate: number | null;
  contracts: number;
  disputedContracts: number;
  /** disputedContracts / contracts; null with no contract. */
  disputeRate: number | null;
  fundingsMeasured: number;
  medianHoursToFund: number | null;
  approvalsMeasured: number;
  medianHoursToApprove: number | null;
}

const NO_CONTRACTS: ContractHistory = {
  hiredJobIds: [],
  contracts: 0,
  disputed: 0,
  fundings: 0,
  medianFundHours: null,
  approvals: 0,
  medianApproveHours: null,
};

/** The figures from the posts that closed or expired and the contracts' history (none: no contract yet). */
export function clientRecordFigures(
  endedPostIds: string[],
  history: ContractHistory = NO_CONTRACTS,
): ClientRecordFigures {
  const decided = new Set([...endedPostIds, ...history.hiredJobIds]).size;
  const hired = new Set(history.hiredJobIds).size;
  return {
    paymentVerified: history.fundings > 0,
    decidedPosts: decided,
    hiredPosts: hired,
    hireRate: decided ? hired / decided : null,
    contracts: history.contracts,
    disputedContracts: history.disputed,
    disputeRate: history.contracts ? history.disputed / history.contracts : null,
    fundingsMeasured: history.fundings,
    medianHoursToFund: history.medianFundHours,
    approvalsMeasured: history.approvals,
    medianHoursToApprove: history.medianApproveHours,
  };
}
