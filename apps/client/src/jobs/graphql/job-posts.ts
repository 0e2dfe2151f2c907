import { graphql } from '../../gql';

export const JobPostsQuery = graphql(`
  query JobPosts($status: JobStatus, $offset: Int!, $limit: Int!) {
    myJobPosts(status: $status, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        status
        title
        updatedAt
        publishedAt
        expiresAt
      }
    }
  }
`);

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

export const SaveJobMutation = graphql(`
  mutation SaveJob($input: SaveJobPostInput!) {
    saveJobPost(input: $input) {
      ...EditableJob
    }
  }
`);

export const PublishJobMutation = graphql(`
  mutation PublishJob($id: ID!, $acknowledgeWarnings: Boolean!) {
    publishJobPost(id: $id, acknowledgeWarnings: $acknowledgeWarnings) {
      ...EditableJob
    }
  }
`);

export const PauseJobMutation = graphql(`
  mutation PauseJob($id: ID!) {
    pauseJobPost(id: $id) {
      ...EditableJob
    }
  }
`);

export const ResumeJobMutation = graphql(`
  mutation ResumeJob($id: ID!) {
    resumeJobPost(id: $id) {
      ...EditableJob
    }
  }
`);

export const CloseJobMutation = graphql(`
  mutation CloseJob($id: ID!) {
    closeJobPost(id: $id) {
      ...EditableJob
    }
  }
`);
