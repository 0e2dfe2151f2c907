import { graphql } from '../../gql';

export const VettingQueueQuery = graphql(`
  query VettingQueue(
    $stage: PipelineStage
    $assignment: QueueAssignment!
    $returned: Boolean!
    $search: String
    $offset: Int!
    $limit: Int!
  ) {
    vettingStageSummaries {
      stage
      total
      unclaimed
      dueSoon
      overdue
    }
    vettingQueue(
      stage: $stage
      assignment: $assignment
      returned: $returned
      search: $search
      offset: $offset
      limit: $limit
    ) {
      totalCount
      items {
        id
        stage
        status
        submittedAt
        stageEnteredAt
        slaDueAt
        slaStatus
        freelancer {
          id
          displayName
          email
        }
        claimedBy {
          id
          displayName
        }
      }
    }
  }
`);
