import { useMutation, useQuery } from '@apollo/client/react';
import type { SearchJobsQueryVariables, SubmitProposalInput } from '../gql/graphql';
import { AcceptOfferMutation } from './graphql/accept-offer.mutation';
import { DeclineOfferMutation } from './graphql/decline-offer.mutation';
import { JobFeedQuery } from './graphql/job-feed.query';
import { JobPageQuery } from './graphql/job-page.query';
import { MyProposalsQuery } from './graphql/my-proposals.query';
import { SearchJobsQuery } from './graphql/search-jobs.query';
import { SubmitProposalMutation } from './graphql/submit-proposal.mutation';
import { WithdrawProposalMutation } from './graphql/withdraw-proposal.mutation';

/** What a proposal or an answer to an offer changes: the post's page and the VA's proposals. */
const REFRESH = { refetchQueries: ['JobPage', 'MyProposals'], awaitRefetchQueries: true };

/** Posts matched to the VA, invitations first. */
export function useJobFeed(offset: number, limit: number) {
  return useQuery(JobFeedQuery, { variables: { offset, limit }, fetchPolicy: 'cache-and-network' });
}

/** Open posts by words, skills and kind of budget. */
export function useJobSearch(variables: SearchJobsQueryVariables) {
  return useQuery(SearchJobsQuery, { variables });
}

/** A post with the VA's proposal, offers and how well they match it. */
export function useJobPage(id: string) {
  return useQuery(JobPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export function useMyProposals(offset: number, limit: number) {
  return useQuery(MyProposalsQuery, { variables: { offset, limit }, fetchPolicy: 'cache-and-network' });
}

/** The VA's side of hiring: propose, withdraw, and answer an offer. */
export function useProposalActions() {
  const [submit] = useMutation(SubmitProposalMutation, REFRESH);
  const [withdraw, withdrawing] = useMutation(WithdrawProposalMutation, REFRESH);
  const [accept, accepting] = useMutation(AcceptOfferMutation, REFRESH);
  const [decline, declining] = useMutation(DeclineOfferMutation, REFRESH);
  return {
    submit: (input: SubmitProposalInput) => submit({ variables: { input } }),
    withdraw: (proposalId: string) => withdraw({ variables: { id: proposalId } }),
    withdrawing: withdrawing.loading,
    acceptOffer: (offerId: string) => accept({ variables: { id: offerId } }),
    accepting: accepting.loading,
    declineOffer: (offerId: string) => decline({ variables: { id: offerId } }),
    declining: declining.loading,
  };
}
