import { describe, expect, it } from '@jest/globals';
import { MILESTONE_STATUSES, type MilestoneStatus } from './entities/contract-milestone.entity.js';
import {
  allows,
  type MilestoneAction,
  type MilestoneActionType,
  type MilestoneState,
  type Timing,
  transition,
} from './milestone-flow.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const DAY = 86_400_000;
const timing: Timing = { now: NOW, autoReleaseDays: 14, windDownDays: 7 };
const state = (status: MilestoneStatus, timers: Partial<MilestoneState> = {}): MilestoneState => ({
  status,
  autoReleaseAt: null,
  autoRefundAt: null,
  ...timers,
});
const held = { heldMinor: 0, releasedMinor: 0 };

/** One action of each type, with the details it needs. */
const ACTIONS: { [T in MilestoneActionType]: Extract<MilestoneAction, { type: T }> } = {
  pay: { type: 'pay' },
  fund: { type: 'fund' },
  paymentFailed: { type: 'paymentFailed' },
  paymentReturned: { type: 'paymentReturned' },
  submit: { type: 'submit', minutesWorked: null },
  closeEmpty: { type: 'closeEmpty' },
  splitOff: { type: 'splitOff', minutesWorked: 90 },
  requestChanges: { type: 'requestChanges', contractEnded: false },
  release: { type: 'release', left: held },
  autoRelease: { type: 'autoRelease', left: held },
  refund: { type: 'refund', left: held },
  autoRefund: { type: 'autoRefund', left: held },
  openDispute: { type: 'openDispute' },
  proposeSettlement: { type: 'proposeSettlement' },
  escalateDispute: { type: 'escalateDispute' },
  resolveDispute: { type: 'resolveDispute' },
  settleRelease: { type: 'settleRelease', left: held },
  settleRefund: { type: 'settleRefund', left: held },
  withdrawDispute: { type: 'withdrawDispute', previous: 'funded' },
  cancel: { type: 'cancel' },
  windDown: { type: 'windDown' },
  refundRefused: { type: 'refundRefused', heldMinor: 0 },
};

/**
 * The whole table, written out once more by hand: which statuses each action may start from. A
 * change to the state machine has to change this too.
 */
const HOLDING = ['funded', 'submitted', 'changes_requested'];
const EXPECTED_FROM: Record<MilestoneActionType, readonly string[]> = {
  pay: ['pending'],
  fund: ['pending'],
  paymentFailed: MILESTONE_STATUSES,
  paymentReturned: MILESTONE_STATUSES,
  submit: ['funded', 'changes_requested'],
  closeEmpty: ['funded'],
  splitOff: ['pending'],
  requestChanges: ['submitted'],
  release: HOLDING,
  autoRelease: ['submitted'],
  refund: [...HOLDING, 'pending'],
  autoRefund: ['funded', 'changes_requested'],
  openDispute: HOLDING,
  proposeSettlement: ['disputed'],
  escalateDispute: ['disputed'],
  resolveDispute: ['disputed'],
  settleRelease: ['disputed'],
  settleRefund: ['disputed'],
  withdrawDispute: ['disputed'],
  cancel: ['pending'],
  windDown: ['funded', 'changes_requested'],
  refundRefused: MILESTONE_STATUSES,
};

describe('milestone transitions', () => {
  // Timers that have run out, so the sweeps' actions are judged by status alone here.
  const due = { autoReleaseAt: new Date(NOW.getTime() - 1), autoRefundAt: new Date(NOW.getTime() - 1) };

  it.each(Object.keys(ACTIONS) as MilestoneActionType[])('allows %s only from its statuses', (type) => {
    const allowedFrom = MILESTONE_STATUSES.filter((status) => allows(state(status, due), type, timing));
    expect(allowedFrom).toEqual(MILESTONE_STATUSES.filter((status) => EXPECTED_FROM[type].includes(status)));
    for (const status of MILESTONE_STATUSES) {
      expect(transition(state(status, due), ACTIONS[type], timing) !== null).toBe(allowedFrom.includes(status));
    }
  });

  it('reaches every status from pending', () => {
    const reached = new Set<MilestoneStatus>(['pending']);
    let frontier: MilestoneStatus[] = ['pending'];
    const variants: MilestoneAction[] = [
      ...Object.values(ACTIONS),
      { type: 'release', left: { heldMinor: 0, releasedMinor: 100 } },
      { type: 'requestChanges', contractEnded: true },
    ];
    while (frontier.length) {
      const next: MilestoneStatus[] = [];
      for (const status of frontier) {
        for (const action of variants) {
          const to = transition(state(status, due), action, timing)?.changes.status;
          if (to && !reached.has(to)) {
            reached.add(to);
            next.push(to);
          }
        }
      }
      frontier = next;
    }
    expect([...reached].sort()).toEqual([...MILESTONE_STATUSES].sort());
  });

  it('starts the auto-release clock on a hand-in and stops an ended contract’s refund clock', () => {
    const handedIn = transition(
      state('funded', { autoRefundAt: new Date() }),
      { type: 'submit', minutesWorked: 600 },
      timing,
    );
    expect(handedIn).toEqual({
      changes: {
        status: 'submitted',
        submittedAt: NOW,
        autoReleaseAt: new Date(NOW.getTime() + 14 * DAY),
        autoRefundAt: null,
        minutesWorked: 600,
      },
      event: 'submitted',
    });
  });

  it('releases an hourly week when its review window closes, and closes a week with nothing logged', () => {
    const releaseAt = new Date(NOW.getTime() + 5 * DAY);
    const week = transition(state('funded'), { type: 'submit', minutesWorked: 240, releaseAt }, timing);
    expect(week?.changes).toMatchObject({ status: 'submitted', autoReleaseAt: releaseAt, minutesWorked: 240 });
    expect(transition(state('funded'), { type: 'closeEmpty' }, timing)).toEqual({
      changes: { status: 'cancelled' },
      event: 'cancelled',
    });
    expect(transition(state('submitted'), { type: 'closeEmpty' }, timing)).toBeNull();
  });

  it('stops the auto-release clock when changes are asked, and gives an ended contract’s VA the wind-down again', () => {
    const running = state('submitted', { autoReleaseAt: new Date(NOW.getTime() + DAY) });
    expect(transition(running, { type: 'requestChanges', contractEnded: false }, timing)?.changes).toEqual({
      status: 'changes_requested',
      autoReleaseAt: null,
      autoRefundAt: null,
    });
    expect(transition(running, { type: 'requestChanges', contractEnded: true }, timing)?.changes.autoRefundAt).toEqual(
      new Date(NOW.getTime() + 7 * DAY),
    );
  });

  it('releases by itself only once the time has come, and refunds a wound-down milestone only once it ran out', () => {
    const later = new Date(NOW.getTime() + DAY);
    expect(allows(state('submitted', { autoReleaseAt: later }), 'autoRelease', timing)).toBe(false);
    expect(allows(state('submitted', { autoReleaseAt: NOW }), 'autoRelease', timing)).toBe(true);
    expect(allows(state('submitted'), 'autoRelease', timing)).toBe(false);
    expect(allows(state('funded', { autoRefundAt: later }), 'autoRefund', timing)).toBe(false);
    expect(allows(state('funded', { autoRefundAt: NOW }), 'autoRefund', timing)).toBe(true);
  });

  it('keeps the status while money is still held, and ends released or refunded with no timer once none is', () => {
    const running = state('submitted', { autoReleaseAt: new Date(NOW.getTime() + DAY) });
    const part = { type: 'release', left: { heldMinor: 100, releasedMinor: 400 } } as const;
    expect(transition(running, part, timing)).toEqual({ changes: {}, event: 'released' });
    const all = { type: 'release', left: { heldMinor: 0, releasedMinor: 500 } } as const;
    expect(transition(running, all, timing)?.changes).toEqual({
      status: 'released',
      autoReleaseAt: null,
      autoRefundAt: null,
    });
    const back = { type: 'refund', left: { heldMinor: 0, releasedMinor: 0 } } as const;
    expect(transition(state('funded'), back, timing)?.changes.status).toBe('refunded');
    const split = { type: 'settleRefund', left: { heldMinor: 0, releasedMinor: 300 } } as const;
    expect(transition(state('disputed'), split, timing)?.changes.status).toBe('released');
  });

  it('freezes a disputed milestone and gives it back its clock when the dispute is withdrawn', () => {
    const running = state('submitted', { autoReleaseAt: new Date(NOW.getTime() + DAY) });
    expect(transition(running, { type: 'openDispute' }, timing)?.changes).toEqual({
      status: 'disputed',
      autoReleaseAt: null,
    });
    expect(transition(state('disputed'), { type: 'withdrawDispute', previous: 'submitted' }, timing)?.changes).toEqual({
      status: 'submitted',
      autoReleaseAt: new Date(NOW.getTime() + 14 * DAY),
    });
    expect(transition(state('disputed'), { type: 'withdrawDispute', previous: 'funded' }, timing)?.changes).toEqual({
      status: 'funded',
      autoReleaseAt: null,
    });
    expect(() => transition(state('disputed'), { type: 'withdrawDispute', previous: 'released' }, timing)).toThrow();
  });

  it('holds the money again when the provider refuses a refund that emptied the milestone', () => {
    const refused = (status: MilestoneStatus, heldMinor: number) =>
      transition(state(status), { type: 'refundRefused', heldMinor }, timing);
    expect(refused('refunded', 500)).toEqual({ changes: { status: 'funded' }, event: 'refund_failed' });
    expect(refused('released', 200)?.changes).toEqual({ status: 'funded' });
    expect(refused('submitted', 500)?.changes).toEqual({});
    expect(refused('refunded', 0)?.changes).toEqual({});
  });

  it('winds down funded work on an ended contract without a line of its own', () => {
    expect(transition(state('funded'), { type: 'windDown' }, timing)).toEqual({
      changes: { autoRefundAt: new Date(NOW.getTime() + 7 * DAY) },
      event: null,
    });
  });
});
