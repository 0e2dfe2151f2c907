import { graphql } from '../gql';

/** A review as `ReviewCard` shows it, in any app. */
export const ReviewFieldsFragment = graphql(`
  fragment ReviewFields on Review {
    id
    authorSide
    authorName
    overall
    ratings {
      category
      stars
    }
    comment
    wouldWorkAgain
    privateFeedback
    submittedAt
    revealedAt
    reply
    repliedAt
    hidden
    hiddenReason
  }
`);
