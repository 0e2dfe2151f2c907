import { useMutation, useQuery } from '@apollo/client/react';
import type { SaveFreelancerProfileInput } from '../gql/graphql';
import { ProfileEditorQuery } from './graphql/profile-editor';
import { SaveProfileMutation } from './graphql/save-profile';

/** The VA's profile draft and the skill catalogue it picks from. */
export function useProfileEditor() {
  return useQuery(ProfileEditorQuery, { fetchPolicy: 'network-only' });
}

/** Saves the whole draft; returns when it was saved. */
export function useSaveProfile() {
  const [save] = useMutation(SaveProfileMutation);
  return async (input: SaveFreelancerProfileInput) =>
    (await save({ variables: { input } })).data?.saveFreelancerProfile.updatedAt;
}
