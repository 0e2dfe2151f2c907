import { graphql } from '../../gql';

export const SkillTestEditorQuery = graphql(`
  query SkillTestEditor($id: ID!, $load: Boolean!) {
    skills {
      ...SkillFields
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
        ...RubricLineFields
      }
    }
  }
`);
