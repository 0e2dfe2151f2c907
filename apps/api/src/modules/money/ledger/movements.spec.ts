import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Accounts } from './accounts.js';
import { entryProblem } from './ledger.service.js';
import { type Movement, Movements } from './movements.js';

const MILESTONE = '11111111-1111-4111-8111-111111111111';
const ORG = '22222222-2222-4222-8222-222222222222';
const VA = '33333333-3333-4333-8333-333333333333';
const NEXT_WEEK = '44444444-4444-4444-8444-444444444444';

/** Every movement in the catalogue, for an amount and a fee no larger than it. */
function everyMovement(amountMinor: number, feeMinor: number): Movement[] {
  const money = { milestoneId: MILESTONE, currency: 'EUR', amountMinor };
  const refund = Movements.refund('event-2', money);
  return [
    Movements.payment('payment-1', ORG, money),
    Movements.funding('payment-1', ORG, money),
    Movements.paymentReturned('payment-1', ORG, money),
    Movements.release('event-1', VA, feeMinor, money),
    refund,
    Movements.payout('transfer:event-1', VA, money),
    Movements.reversal(refund),
    Movements.carry('event-3', money, NEXT_WEEK),
  ];
}

describe('ledger movements', () => {
  it('each balance, for any amount and fee', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (amount, rate) => {
          for (const movement of everyMovement(amount, Math.floor(amount * rate))) {
            expect(entryProblem(movement)).toBeNull();
          }
        },
      ),
    );
  });

  it('have one key per action and kind, so a retried action cannot move money twice', () => {
    const keys = everyMovement(1_000, 100).map((movement) => movement.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('release to the VA less the fee, and leave out a fee of nothing', () => {
    const money = { milestoneId: MILESTONE, currency: 'EUR', amountMinor: 1_000 };
    expect(Movements.release('e', VA, 100, money).postings).toEqual([
      { account: Accounts.escrow(MILESTONE), amountMinor: 1_000 },
      { account: Accounts.payable(VA), amountMinor: -900 },
      { account: Accounts.fees, amountMinor: -100 },
    ]);
    expect(Movements.release('e', VA, 0, money).postings).toHaveLength(2);
  });

  it('carry an hourly week’s unused money from its escrow into the next week’s', () => {
    const carry = Movements.carry('e', { milestoneId: MILESTONE, currency: 'EUR', amountMinor: 9_000 }, NEXT_WEEK);
    expect(carry).toMatchObject({ kind: 'carry', milestoneId: NEXT_WEEK, idempotencyKey: 'carry:e' });
    expect(carry.postings).toEqual([
      { account: Accounts.escrow(MILESTONE), amountMinor: 9_000 },
      { account: Accounts.escrow(NEXT_WEEK), amountMinor: -9_000 },
    ]);
  });

  it('reverse a movement exactly, as the same kind', () => {
    const refund = Movements.refund('event-2', { milestoneId: MILESTONE, currency: 'EUR', amountMinor: 700 });
    const reversal = Movements.reversal(refund);
    expect(reversal.kind).toBe('refund');
    expect(reversal.idempotencyKey).toBe(`reverse:${refund.idempotencyKey}`);
    expect(
      reversal.postings.map((posting, index) => posting.amountMinor + (refund.postings[index]?.amountMinor ?? 0)),
    ).toEqual([0, 0]);
  });
});
