import { describe, expect, it } from 'vitest';
import { safeNext } from './SignInPage';

describe('safeNext', () => {
  it.each([
    ['/team?tab=1', '/team?tab=1'],
    [null, '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['team', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
