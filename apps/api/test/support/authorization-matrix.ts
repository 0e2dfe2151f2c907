import { expect } from '@jest/globals';
import { addMember, createFreelancer, createOrganization, createUser } from '../../src/seed/factories.js';
import type { GraphqlAgent, TestApp } from './test-app.js';

/**
 * The actors every authorization matrix is checked against. Features add operations to the
 * matrix; the actor list grows only when the product gains a new kind of person.
 */
export const ACTORS = [
  'anonymous',
  'freelancer',
  'otherFreelancer',
  'clientOwner',
  'clientHiringManager',
  'otherClient',
  'opsVetter',
  'opsAdmin',
] as const;
export type ActorName = (typeof ACTORS)[number];

export interface ActorSet {
  agents: Record<ActorName, GraphqlAgent>;
  userIds: Record<Exclude<ActorName, 'anonymous'>, string>;
}

const PASSWORD = 'matrix password 1';

/** Creates one signed-in agent per actor (fresh accounts, so destructive operations stay isolated). */
export async function signInActors(testApp: TestApp): Promise<ActorSet> {
  const db = testApp.dataSource;
  const { organization, owner } = await createOrganization(db, { owner: { password: PASSWORD } });
  const hiringManager = await addMember(db, organization.id, 'hiring_manager', { password: PASSWORD });
  const { owner: otherClient } = await createOrganization(db, { name: 'Other Shop', owner: { password: PASSWORD } });
  const { user: freelancer } = await createFreelancer(db, { password: PASSWORD });
  const { user: otherFreelancer } = await createFreelancer(db, { password: PASSWORD });
  const opsVetter = await createUser(db, 'ops', { password: PASSWORD, opsRole: 'vetter' });
  const opsAdmin = await createUser(db, 'ops', { password: PASSWORD, opsRole: 'admin' });
  const users = {
    freelancer: [freelancer, 'FREELANCER'],
    otherFreelancer: [otherFreelancer, 'FREELANCER'],
    clientOwner: [owner, 'CLIENT'],
    clientHiringManager: [hiringManager, 'CLIENT'],
    otherClient: [otherClient, 'CLIENT'],
    opsVetter: [opsVetter, 'OPS'],
    opsAdmin: [opsAdmin, 'OPS'],
  } as const;
  const agents = { anonymous: testApp.agent() } as Record<ActorName, GraphqlAgent>;
  const userIds = {} as ActorSet['userIds'];
  for (const [name, [user, kind]] of Object.entries(users) as Array<
    [keyof typeof users, (typeof users)[keyof typeof users]]
  >) {
    const agent = testApp.agent();
    await agent.signIn(user.email, PASSWORD, kind);
    agents[name] = agent;
    userIds[name] = user.id;
  }
  return { agents, userIds };
}

export interface MatrixCase {
  operation: string;
  /** Variables per call; a function gets the actor set (for ids of their own objects). */
  variables?: Record<string, unknown> | ((actors: ActorSet, actor: ActorName) => Record<string, unknown>);
  allowed: readonly ActorName[];
}

/**
 * Runs an operation as every actor and checks that exactly the allowed ones get past access
 * control: a denied anonymous caller sees UNAUTHENTICATED, a denied signed-in caller FORBIDDEN.
 * Other errors (not found, bad input) count as "allowed": access was granted, the request failed later.
 */
export async function expectAuthorization(testApp: TestApp, matrixCase: MatrixCase): Promise<void> {
  const actors = await signInActors(testApp);
  const outcome: Record<string, string> = {};
  const expected: Record<string, string> = {};
  for (const actor of ACTORS) {
    const variables =
      typeof matrixCase.variables === 'function' ? matrixCase.variables(actors, actor) : matrixCase.variables;
    const result = await actors.agents[actor].request(matrixCase.operation, variables);
    const codes = (result.errors ?? []).map((error) => error.extensions?.code);
    outcome[actor] = codes.includes('UNAUTHENTICATED')
      ? 'UNAUTHENTICATED'
      : codes.includes('FORBIDDEN')
        ? 'FORBIDDEN'
        : 'allowed';
    expected[actor] = matrixCase.allowed.includes(actor)
      ? 'allowed'
      : actor === 'anonymous'
        ? 'UNAUTHENTICATED'
        : 'FORBIDDEN';
  }
  expect(outcome).toEqual(expected);
}
