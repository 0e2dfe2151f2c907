import { describe, expect, it } from '@jest/globals';
import { allows, statusAfterPayout } from './milestone-flow.js';

describe('milestone flow', () => {
  it('lets work be handed in only on funded work, and changes be asked only of handed-in work', () => {
    expect(allows('pending', 'submit')).toBe(false);
    expect(allows('funded', 'submit')).toBe(true);
    expect(allows('changes_requested', 'submit')).toBe(true);
    expect(allows('funded', 'requestChanges')).toBe(false);
    expect(allows('submitted', 'requestChanges')).toBe(true);
  });

  it('moves money only while escrow holds it', () => {
    for (const status of ['pending', 'released', 'refunded'] as const) {
      expect(allows(status, 'release')).toBe(false);
      expect(allows(status, 'refund')).toBe(false);
    }
    expect(allows('pending', 'pay')).toBe(true);
    expect(allows('funded', 'pay')).toBe(false);
  });

  it('ends released when any money reached the VA, refunded when none did', () => {
    expect(statusAfterPayout('submitted', { heldMinor: 100, releasedMinor: 400 })).toBe('submitted');
    expect(statusAfterPayout('submitted', { heldMinor: 0, releasedMinor: 400 })).toBe('released');
    expect(statusAfterPayout('funded', { heldMinor: 0, releasedMinor: 0 })).toBe('refunded');
  });
});
