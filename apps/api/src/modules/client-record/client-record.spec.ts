import { describe, expect, it } from '@jest/globals';
import { clientRecordFigures } from './client-record.js';

describe('clientRecordFigures', () => {
  it('has no rates, only zero counts, for a business without posts or contracts', () => {
    expect(clientRecordFigures([])).toMatchObject({
      paymentVerified: false,
      decidedPosts: 0,
      hireRate: null,
      disputeRate: null,
      medianHoursToFund: null,
    });
  });

  it('counts a post once whether it closed after a hire or is still open with one', () => {
    const figures = clientRecordFigures(['closed-hired', 'closed-empty'], {
      hiredJobIds: ['closed-hired', 'open-hired', 'open-hired'],
      contracts: 4,
      disputed: 1,
      fundings: 3,
      medianFundHours: 6,
      approvals: 2,
      medianApproveHours: 20,
    });
    expect(figures).toMatchObject({ decidedPosts: 3, hiredPosts: 2, disputeRate: 0.25, paymentVerified: true });
    expect(figures.hireRate).toBeCloseTo(2 / 3);
  });
});
