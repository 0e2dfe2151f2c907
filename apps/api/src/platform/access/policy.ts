import { SetMetadata } from '@nestjs/common';
import type { Actor } from './actor.js';

/**
 * A named rule about who may call an operation. Every resolver method (or its class)
 * declares one with `@Allow(...)`; the access guard denies anything without it.
 */
export interface Policy {
  readonly name: string;
  allows(actor: Actor): boolean;
}

const policy = (name: string, allows: (actor: Actor) => boolean): Policy => ({ name, allows });

export const Policies = {
  /** Anyone, signed in or not (sign-in, sign-up, password reset). */
  anyone: policy('anyone', () => true),
  signedIn: policy('signedIn', (actor) => actor.kind !== 'anonymous'),
  client: policy('client', (actor) => actor.kind === 'client'),
  /** Organisation owners and admins: members, invitations, approval policies. */
  clientAdmin: policy(
    'clientAdmin',
    (actor) => actor.kind === 'client' && (actor.organizationRole === 'owner' || actor.organizationRole === 'admin'),
  ),
  /** Organisation members who hire: owners, admins and hiring managers (not finance). */
  clientHiring: policy('clientHiring', (actor) => actor.kind === 'client' && actor.organizationRole !== 'finance'),
  freelancer: policy('freelancer', (actor) => actor.kind === 'freelancer'),
  /** Those who talk about a hire: organisation members who hire, or a VA. */
  hiringParties: policy(
    'hiringParties',
    (actor) => (actor.kind === 'client' && actor.organizationRole !== 'finance') || actor.kind === 'freelancer',
  ),
  /** Both sides of a hire: any organisation member, or a VA (each sees only their own side). */
  parties: policy('parties', (actor) => actor.kind === 'client' || actor.kind === 'freelancer'),
  /** Who asks for and gives approvals: organisation members (admins decide) and ops (a second member decides). */
  approvals: policy('approvals', (actor) => actor.kind === 'client' || actor.kind === 'ops'),
  /** Who decides approvals: organisation owners and admins, and ops. */
  approvers: policy(
    'approvers',
    (actor) =>
      (actor.kind === 'client' && (actor.organizationRole === 'owner' || actor.organizationRole === 'admin')) ||
      actor.kind === 'ops',
  ),
  ops: policy('ops', (actor) => actor.kind === 'ops'),
  opsAdmin: policy('opsAdmin', (actor) => actor.kind === 'ops' && actor.opsRole === 'admin'),
} as const satisfies Record<string, Policy>;

export const POLICY_METADATA = 'delegate:policy';

/** Declares who may call the decorated resolver method or class. */
export const Allow = (rule: Policy) => SetMetadata(POLICY_METADATA, rule);
