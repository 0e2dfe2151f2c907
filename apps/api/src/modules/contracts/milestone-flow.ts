import { addDays } from 'date-fns';
import type { ContractEventKind } from './entities/contract-event.entity.js';
import type { ContractMilestoneEntity, MilestoneStatus } from './entities/contract-milestone.entity.js';

/**
 * The milestone's state machine, as one table: for each action, the statuses it may start from, and
 * what it changes (status, the auto-release and auto-refund timers, the hand-in) and records on the
 * contract's timeline. `transition` is the only way a milestone's status or timers change; the
 * milestones service applies its result under the milestone's lock.
 */
export type MilestoneState = Pick<ContractMilestoneEntity, 'status' | 'autoReleaseAt' | 'autoRefundAt'>;

/** What escrow holds and has released once money left it. */
export type MoneyLeft = { heldMinor: number; releasedMinor: number };

export type MilestoneAction =
  /** The client starts paying: nothing changes until the payment is booked. */
  | { type: 'pay' }
  | { type: 'fund' }
  /** A card attempt failed, or a payment found nothing to fund and went back: the timeline says so. */
  | { type: 'paymentFailed' }
  | { type: 'paymentReturned' }
  /** Handed in; an hourly week's timesheet releases when its review window closes (`releaseAt`). */
  | { type: 'submit'; minutesWorked: number | null; releaseAt?: Date }
  /**
   * Disputed entries of a handed-in hourly week, split off into their own milestone: it starts handed
   * in with their minutes (its money carried in from the week), and a dispute is opened on it at once.
   */
  | { type: 'splitOff'; minutesWorked: number }
  /** An hourly week in which nothing was logged: what it held went on to the next week. */
  | { type: 'closeEmpty' }
  | { type: 'requestChanges'; contractEnded: boolean }
  | { type: 'release'; left: MoneyLeft }
  | { type: 'autoRelease'; left: MoneyLeft }
  | { type: 'refund'; left: MoneyLeft }
  /** After the client ended the contract, held money for work never handed in goes back. */
  | { type: 'autoRefund'; left: MoneyLeft }
  | { type: 'openDispute' }
  | { type: 'proposeSettlement' }
  | { type: 'escalateDispute' }
  | { type: 'resolveDispute' }
  /** A dispute's split: the VA's part released, the client's part refunded. */
  | { type: 'settleRelease'; left: MoneyLeft }
  | { type: 'settleRefund'; left: MoneyLeft }
  | { type: 'withdrawDispute'; previous: MilestoneStatus }
  | { type: 'cancel' }
  /** The client ended the contract: money held for work not handed in goes back after the wind-down. */
  | { type: 'windDown' }
  /** The provider refused a refund: its money is held again. */
  | { type: 'refundRefused'; heldMinor: number };

export type MilestoneActionType = MilestoneAction['type'];

/** The settings the timers are set from, and the time of the action. */
export interface Timing {
  now: Date;
  autoReleaseDays: number;
  windDownDays: number;
}

/** What an action changes on the milestone (only the fields it sets), and the timeline line it adds. */
export interface Transition {
  changes: Partial<
    Pick<ContractMilestoneEntity, 'status' | 'autoReleaseAt' | 'autoRefundAt' | 'submittedAt' | 'minutesWorked'>
  >;
  event: ContractEventKind | null;
}

const HOLDING: readonly MilestoneStatus[] = ['funded', 'submitted', 'changes_requested'];
const ANY: readonly MilestoneStatus[] = [
  'pending',
  'funded',
  'submitted',
  'changes_requested',
  'disputed',
  'released',
  'refunded',
  'cancelled',
];

type Rule<T extends MilestoneActionType> = {
  from: readonly MilestoneStatus[];
  /** A condition beyond the status (a timer that must have run out). */
  due?: (state: MilestoneState, timing: Timing) => boolean;
  apply: (
    state: MilestoneState,
    action: Extract<MilestoneAction, { type: T }>,
    timing: Timing,
  ) => Transition['changes'];
  event: ContractEventKind | null;
};

const RULES: { [T in MilestoneActionType]: Rule<T> } = {
  pay: { from: ['pending'], apply: () => ({}), event: null },
  fund: { from: ['pending'], apply: () => ({ status: 'funded' }), event: 'funded' },
  paymentFailed: { from: ANY, apply: () => ({}), event: 'payment_failed' },
  paymentReturned: { from: ANY, apply: () => ({}), event: 'refunded' },
  submit: {
    from: ['funded', 'changes_requested'],
    // The auto-release clock starts; an ended contract's refund clock stops.
    apply: (_state, { minutesWorked, releaseAt }, { now, autoReleaseDays }) => ({
      status: 'submitted',
      submittedAt: now,
      autoReleaseAt: releaseAt ?? addDays(now, autoReleaseDays),
      autoRefundAt: null,
      minutesWorked,
    }),
    event: 'submitted',
  },
  splitOff: {
    from: ['pending'],
    apply: (_state, { minutesWorked }, { now }) => ({ status: 'submitted', submittedAt: now, minutesWorked }),
    event: 'time_disputed',
  },
  requestChanges: {
    from: ['submitted'],
    // On an ended contract the VA has the wind-down time again to hand in the changed work.
    apply: (_state, { contractEnded }, { now, windDownDays }) => ({
      status: 'changes_requested',
      autoReleaseAt: null,
      autoRefundAt: contractEnded ? addDays(now, windDownDays) : null,
    }),
    event: 'changes_requested',
  },
  release: { from: HOLDING, apply: afterMoneyLeft, event: 'released' },
  autoRelease: {
    from: ['submitted'],
    due: ({ autoReleaseAt }, { now }) => autoReleaseAt !== null && autoReleaseAt <= now,
    apply: afterMoneyLeft,
    event: 'auto_released',
  },
  // A pending hourly week may hold what the week before carried into it: that goes back too.
  refund: { from: [...HOLDING, 'pending'], apply: afterMoneyLeft, event: 'refunded' },
  autoRefund: {
    from: ['funded', 'changes_requested'],
    due: ({ autoRefundAt }, { now }) => autoRefundAt !== null && autoRefundAt <= now,
    apply: afterMoneyLeft,
    event: 'refunded',
  },
  // Nothing moves while disputed, auto-release included; an ended contract's refund clock waits too.
  openDispute: { from: HOLDING, apply: () => ({ status: 'disputed', autoReleaseAt: null }), event: 'dispute_opened' },
  proposeSettlement: { from: ['disputed'], apply: () => ({}), event: 'settlement_proposed' },
  escalateDispute: { from: ['disputed'], apply: () => ({}), event: 'dispute_escalated' },
  resolveDispute: { from: ['disputed'], apply: () => ({}), event: 'dispute_resolved' },
  settleRelease: { from: ['disputed'], apply: afterMoneyLeft, event: 'released' },
  settleRefund: { from: ['disputed'], apply: afterMoneyLeft, event: 'refunded' },
  withdrawDispute: {
    from: ['disputed'],
    // Back where it was; handed-in work gets its full auto-release time again.
    apply: (_state, { previous }, { now, autoReleaseDays }) => {
      if (!HOLDING.includes(previous)) throw new Error(`A dispute cannot go back to ${previous}.`);
      return { status: previous, autoReleaseAt: previous === 'submitted' ? addDays(now, autoReleaseDays) : null };
    },
    event: 'dispute_withdrawn',
  },
  cancel: { from: ['pending'], apply: () => ({ status: 'cancelled' }), event: 'cancelled' },
  closeEmpty: { from: ['funded'], apply: () => ({ status: 'cancelled' }), event: 'cancelled' },
  windDown: {
    from: ['funded', 'changes_requested'],
    apply: (_state, _action, { now, windDownDays }) => ({ autoRefundAt: addDays(now, windDownDays) }),
    event: null,
  },
  refundRefused: {
    from: ANY,
    apply: ({ status }, { heldMinor }) =>
      heldMinor > 0 && (status === 'released' || status === 'refunded') ? { status: 'funded' } : {},
    event: 'refund_failed',
  },
};

/**
 * Money left escrow: the status stays while some is still held; once nothing is, released if any of
 * it went to the VA, else refunded, and no timer runs any more.
 */
function afterMoneyLeft(_state: MilestoneState, { left }: { left: MoneyLeft }): Transition['changes'] {
  if (left.heldMinor > 0) return {};
  return { status: left.releasedMinor > 0 ? 'released' : 'refunded', autoReleaseAt: null, autoRefundAt: null };
}

/** Whether the action may happen to a milestone in this state now. */
export function allows(state: MilestoneState, type: MilestoneActionType, timing?: Pick<Timing, 'now'>): boolean {
  const rule = RULES[type] as Rule<MilestoneActionType>;
  if (!rule.from.includes(state.status)) return false;
  return !rule.due || (timing !== undefined && rule.due(state, timing as Timing));
}

/** What the action does to the milestone; null when its status (or a timer not yet due) does not allow it. */
export function transition(state: MilestoneState, action: MilestoneAction, timing: Timing): Transition | null {
  if (!allows(state, action.type, timing)) return null;
  const rule = RULES[action.type] as Rule<MilestoneActionType>;
  return { changes: rule.apply(state, action, timing), event: rule.event };
}
