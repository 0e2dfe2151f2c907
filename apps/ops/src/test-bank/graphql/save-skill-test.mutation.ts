import { graphql } from '../../gql';

export const SaveSkillTestMutation = graphql(`
  mutation SaveSkillTest($input: SaveSkillTestInput!) {
    saveSkillTest(input: $input) {
      ...EditableSkillTest
    }
  }
`);
