import { useMutation, useQuery } from '@apollo/client/react';
import type { InviteMemberInput, UpdateOrganizationInput } from '../gql/graphql';
import { InviteMemberMutation } from './graphql/invite-member';
import { MyOrganizationQuery } from './graphql/my-organization';
import { RevokeInvitationMutation } from './graphql/revoke-invitation';
import { UpdateOrganizationMutation } from './graphql/update-organization';

/** The organisation's members and open invitations. */
export function useTeam() {
  return useQuery(MyOrganizationQuery);
}

/** Renaming the organisation or setting its country; the team page and the signed-in header refresh. */
export function useUpdateOrganization() {
  const [update] = useMutation(UpdateOrganizationMutation, { refetchQueries: ['MyOrganization', 'Me'] });
  return (input: UpdateOrganizationInput) => update({ variables: { input } });
}

/** Inviting someone by e-mail with a role, and taking an invitation back; the page refreshes itself afterwards. */
export function useTeamActions() {
  const [invite] = useMutation(InviteMemberMutation);
  const [revoke, revoking] = useMutation(RevokeInvitationMutation);
  return {
    invite: (input: InviteMemberInput) => invite({ variables: { input } }),
    revoke: (invitationId: string) => revoke({ variables: { id: invitationId } }),
    revoking: revoking.loading,
  };
}
