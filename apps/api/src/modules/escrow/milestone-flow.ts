import type { MilestoneStatus } from '../contracts/entities/contract-milestone.entity.js';

/**
 * The milestone's state machine, as data: which actions each status allows. Money moves only from
 * escrow that holds some; the status after a release or refund follows from what is left.
 */
export type MilestoneAction = 'pay' | 'submit' | 'requestChanges' | 'release' | 'refund' | 'dispute';

const ALLOWED_FROM: Record<MilestoneAction, readonly MilestoneStatus[]> = {
  pay: ['pending'],
  submit: ['funded', 'changes_requested'],
  requestChanges: ['submitted'],
  release: ['funded', 'submitted', 'changes_requested'],
  refund: ['funded', 'submitted', 'changes_requested'],
  dispute: ['funded', 'submitted', 'changes_requested'],
};

export function allows(status: MilestoneStatus, action: MilestoneAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/**
 * The status after money left escrow: unchanged while some is still held; once nothing is, released
 * if any of it went to the VA, else refunded.
 */
export function statusAfterPayout(
  status: MilestoneStatus,
  money: { heldMinor: number; releasedMinor: number },
): MilestoneStatus {
  if (money.heldMinor > 0) return status;
  return money.releasedMinor > 0 ? 'released' : 'refunded';
}
