import { useMutation, useQuery } from '@apollo/client/react';
import type { SaveSkillTestInput } from '../gql/graphql';
import { SaveSkillTestMutation } from './graphql/save-skill-test.mutation';
import { SkillTestEditorQuery } from './graphql/skill-test-editor.query';
import { SkillTestsQuery } from './graphql/skill-tests.query';

export function useSkillTests(includeRetired: boolean) {
  return useQuery(SkillTestsQuery, { variables: { includeRetired }, fetchPolicy: 'cache-and-network' });
}

/** A test being edited (none for a new one) and the skill catalogue. */
export function useSkillTestEditor(id: string | undefined) {
  return useQuery(SkillTestEditorQuery, {
    variables: { id: id ?? '', load: Boolean(id) },
    fetchPolicy: 'network-only',
  });
}

/** Saves a test; editing one already taken returns a new version (another id). */
export function useSaveSkillTest() {
  const [save, saving] = useMutation(SaveSkillTestMutation);
  return {
    save: async (input: SaveSkillTestInput) => (await save({ variables: { input } })).data?.saveSkillTest,
    saving: saving.loading,
  };
}
