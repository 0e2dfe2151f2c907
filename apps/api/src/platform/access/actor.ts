/** Who is calling: resolved once per request from the session cookie. */
export const ORGANIZATION_ROLES = ['owner', 'admin', 'hiring_manager', 'finance'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
export type OpsRole = 'vetter' | 'admin';

export type Actor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'client';
      readonly userId: string;
      readonly sessionId: string;
      readonly organizationId: string;
      readonly organizationRole: OrganizationRole;
    }
  | { readonly kind: 'freelancer'; readonly userId: string; readonly sessionId: string }
  | { readonly kind: 'ops'; readonly userId: string; readonly sessionId: string; readonly opsRole: OpsRole };

export type SignedInActor = Exclude<Actor, { kind: 'anonymous' }>;

export type ClientActor = Extract<Actor, { kind: 'client' }>;
export type FreelancerActor = Extract<Actor, { kind: 'freelancer' }>;

/** One side of a hire: an organisation member or a VA. */
export type PartyActor = Extract<Actor, { kind: 'client' | 'freelancer' }>;

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function isSignedIn(actor: Actor): actor is SignedInActor {
  return actor.kind !== 'anonymous';
}
