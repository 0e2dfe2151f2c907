import { graphql } from '../../gql';

export const TimeToCandidatesQuery = graphql(`
  query TimeToCandidates($from: DateTime!, $to: DateTime!) {
    timeToCandidates(from: $from, to: $to) {
      published
      matched
      invited
      proposed
      medianMinutesToMatch
      medianMinutesToInvite
      medianMinutesToProposal
    }
  }
`);
