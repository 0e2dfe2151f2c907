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
        ...SkillFields
      }
    }
  }
`);
