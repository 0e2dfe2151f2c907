import { graphql } from '../../gql';

export const ReviewCyclesQuery = graphql(`
  query ReviewCycles($contractId: ID, $open: Boolean, $offset: Int, $limit: Int) {
    myReviewCycles(contractId: $contractId, open: $open, offset: $offset, limit: $limit) {
      totalCount
      items {
        ...ReviewCycleFields
      }
    }
  }

  fragment ReviewCycleFields on ReviewCycle {
    id
    contractId
    trigger
    sequence
    counterpartName
    openedAt
    closesAt
    revealedAt
    canWrite
    counterpartWrote
    mine {
      ...ReviewFields
    }
    theirs {
      ...ReviewFields
    }
  }
`);
