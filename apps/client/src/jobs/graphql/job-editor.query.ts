import { graphql } from '../../gql';

export const JobEditorQuery = graphql(`
  query JobEditor($id: ID!, $load: Boolean!) {
    skills {
      ...SkillFields
    }
    jobPost(id: $id) @include(if: $load) {
      ...EditableJob
    }
  }

  fragment EditableJob on JobPost {
    id
    status
    title
    summary
    tasks
    skills {
      skill {
        id
      }
      importance
    }
    languages {
      ...JobLanguageFields
    }
    weeklyHours
    budgetKind
    budgetMinMinor
    budgetMaxMinor
    currency
    startDate
    durationWeeks
    timeZone
    workStartMinute
    workEndMinute
    minOverlapHours
    trialWeeks
    ndaRequired
    confidential
    screeningQuestions
    publishedAt
    expiresAt
    qualityWarnings {
      code
      fields
    }
  }
`);
