import { graphql } from '../../gql';

export const JobEditorQuery = graphql(`
  query JobEditor($id: ID!, $load: Boolean!) {
    skills {
      id
      slug
      name
      category
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
      language
      minLevel
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
    screeningQuestions
    publishedAt
    expiresAt
    qualityWarnings {
      code
      fields
    }
  }
`);
