import { describe, expect, it } from '@jest/globals';
import type { Actor } from './actor.js';
import { Policies } from './policy.js';

const actors: Record<string, Actor> = {
  anonymous: { kind: 'anonymous' },
  freelancer: { kind: 'freelancer', userId: 'f', sessionId: 's' },
  owner: { kind: 'client', userId: 'c', sessionId: 's', organizationId: 'o', organizationRole: 'owner' },
  finance: { kind: 'client', userId: 'c', sessionId: 's', organizationId: 'o', organizationRole: 'finance' },
  vetter: { kind: 'ops', userId: 'v', sessionId: 's', opsRole: 'vetter' },
  opsAdmin: { kind: 'ops', userId: 'a', sessionId: 's', opsRole: 'admin' },
};

const allowed = (policy: keyof typeof Policies) =>
  Object.entries(actors)
    .filter(([, actor]) => Policies[policy].allows(actor))
    .map(([name]) => name);

describe('Policies', () => {
  it.each([
    ['anyone', ['anonymous', 'freelancer', 'owner', 'finance', 'vetter', 'opsAdmin']],
    ['signedIn', ['freelancer', 'owner', 'finance', 'vetter', 'opsAdmin']],
    ['client', ['owner', 'finance']],
    ['clientAdmin', ['owner']],
    ['freelancer', ['freelancer']],
    ['hiringParties', ['freelancer', 'owner']],
    ['parties', ['freelancer', 'owner', 'finance']],
    ['ops', ['vetter', 'opsAdmin']],
    ['opsAdmin', ['opsAdmin']],
  ] as const)('%s allows exactly %j', (policy, expected) => {
    expect(allowed(policy)).toEqual(expected);
  });
});
