import { graphql } from '../../gql';

export const SkillTestsQuery = graphql(`
  query SkillTests($includeRetired: Boolean!) {
    skillTests(includeRetired: $includeRetired) {
      id
      title
      timeLimitMinutes
      passPercent
      active
      questionCount
      replacesId
      createdAt
      skill {
        id
        slug
        name
      }
    }
  }
`);

export const SkillTestEditorQuery = graphql(`
  query SkillTestEditor($id: ID!, $load: Boolean!) {
    skills {
      id
      slug
      name
      category
    }
    skillTest(id: $id) @include(if: $load) {
      ...EditableSkillTest
    }
  }

  fragment EditableSkillTest on SkillTest {
    id
    title
    instructions
    timeLimitMinutes
    passPercent
    active
    replacesId
    skill {
      id
    }
    questions {
      id
      kind
      prompt
      options
      correctOption
      points
      rubric {
        criterion
        maxPoints
      }
    }
  }
`);

export const SaveSkillTestMutation = graphql(`
  mutation SaveSkillTest($input: SaveSkillTestInput!) {
    saveSkillTest(input: $input) {
      ...EditableSkillTest
    }
  }
`);
