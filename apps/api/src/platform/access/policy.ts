import { SetMetadata } from '@nestjs/common';
import { ForbiddenError } from '../errors/app-error.js';
import type { Actor, OrganizationRole } from './actor.js';

/**
 * A named rule about who may call an operation. Every resolver method (or its class)
 * declares one with `@Allow(...)`; the access guard denies anything without it.
 */
export interface Policy {
  readonly name: string;
  allows(actor: Actor): boolean;
}

/**
 * The one rule for who may make money held in escrow leave it on a business's behalf, by any path:
 * release it, pay a bonus (released as soon as it is paid), propose or accept a dispute split, end a
 * contract. Owners, admins and hiring managers; finance pays money in and reads it, never sends it out.
 */
const HELD_MONEY_ROLES: readonly OrganizationRole[] = ['owner', 'admin', 'hiring_manager'];

export function mayMoveHeldMoney(role: OrganizationRole | null): boolean {
  return role !== null && HELD_MONEY_ROLES.includes(role);
}

/** For services whose callers include both sides: refuses a business member the rule above leaves out. */
export function assertMayMoveHeldMoney(role: OrganizationRole | null): void {
  if (!mayMoveHeldMoney(role)) {
    throw new ForbiddenError('Only owners, admins and hiring managers can move money held in escrow.');
  }
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
  /** Who keeps the organisation's billing (its saved card): owners, admins and finance. */
  billing: policy(
    'billing',
    (actor) => actor.kind === 'client' && ['owner', 'admin', 'finance'].includes(actor.organizationRole),
  ),
  /** Business members who may move held money (see `mayMoveHeldMoney`). */
  heldMoney: policy('heldMoney', (actor) => actor.kind === 'client' && mayMoveHeldMoney(actor.organizationRole)),
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
