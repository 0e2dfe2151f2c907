import { graphql } from '../gql';

/** A message as the job thread (and ops reading a dispute's conversation) shows it. */
export const JobMessageFieldsFragment = graphql(`
  fragment JobMessageFields on JobMessage {
    id
    body
    authorName
    fromFreelancer
    createdAt
  }
`);
