import { useMutation, useQuery } from '@apollo/client/react';
import type { DeclineReason, MakeOfferInput } from '../gql/graphql';
import { CandidatesQuery } from './graphql/candidates.query';
import { DeclineProposalMutation } from './graphql/decline-proposal.mutation';
import { MakeOfferMutation } from './graphql/make-offer.mutation';
import { ShortlistProposalMutation } from './graphql/shortlist-proposal.mutation';
import { WithdrawOfferMutation } from './graphql/withdraw-offer.mutation';

/** A post's proposals, matched VAs and offers. Matches arrive within seconds of publishing, so it polls while open. */
export function useCandidates(jobId: string, offset: number, limit: number) {
  return useQuery(CandidatesQuery, {
    variables: { jobId, offset, limit },
    fetchPolicy: 'cache-and-network',
    pollInterval: 5000,
  });
}

/** What the business does with proposals and offers; the page refreshes itself afterwards (`onChanged`). */
export function useCandidateActions() {
  const [shortlist, shortlisting] = useMutation(ShortlistProposalMutation);
  const [decline] = useMutation(DeclineProposalMutation);
  const [makeOffer] = useMutation(MakeOfferMutation);
  const [withdrawOffer] = useMutation(WithdrawOfferMutation);
  return {
    shortlist: (proposalId: string) => shortlist({ variables: { id: proposalId } }),
    shortlisting: shortlisting.loading,
    decline: (proposalId: string, reason: DeclineReason) => decline({ variables: { id: proposalId, reason } }),
    /** The offer sent, or waiting for an admin's approval first. */
    makeOffer: async (input: MakeOfferInput) => (await makeOffer({ variables: { input } })).data?.makeOffer,
    withdrawOffer: (offerId: string) => withdrawOffer({ variables: { id: offerId } }),
  };
}
