import { useMutation, useQuery } from '@apollo/client/react';
import { useViewer } from '../account/use-viewer';
import type { ReplyToReviewInput, ReportReviewInput, SubmitReviewInput } from '../gql/graphql';
import { FreelancerReputationQuery } from './graphql/my-reputation.query';
import { OrganizationReputationQuery } from './graphql/organization-reputation.query';
import { ReplyToReviewMutation } from './graphql/reply-to-review.mutation';
import { ReportReviewMutation } from './graphql/report-review.mutation';
import { ReviewCyclesQuery } from './graphql/review-cycles.query';
import { SubmitReviewMutation } from './graphql/submit-review.mutation';

/** A contract's review rounds as the viewer's side sees them. */
export function useContractReviews(contractId: string) {
  return useQuery(ReviewCyclesQuery, { variables: { contractId, limit: 20 }, fetchPolicy: 'cache-and-network' });
}

/**
 * Writing, answering and reporting reviews. A written review answers with its round, and a reply with
 * the review, so the cache updates the page; a report changes nothing the viewer sees.
 */
export function useReviewActions() {
  const [submit] = useMutation(SubmitReviewMutation);
  const [reply] = useMutation(ReplyToReviewMutation);
  const [report] = useMutation(ReportReviewMutation);
  return {
    submit: (input: SubmitReviewInput) => submit({ variables: { input } }),
    reply: (input: ReplyToReviewInput) => reply({ variables: { input } }),
    report: (input: ReportReviewInput) => report({ variables: { input } }),
  };
}

/** The viewer's own reputation (a VA's, or their organisation's); ops have none. */
export function useOwnReputation() {
  const { viewer } = useViewer();
  const organizationId = viewer?.organization?.id;
  const va = useQuery(FreelancerReputationQuery, {
    variables: { freelancerId: viewer?.id ?? '' },
    skip: viewer?.kind !== 'FREELANCER',
  });
  const business = useQuery(OrganizationReputationQuery, {
    variables: { organizationId: organizationId ?? '' },
    skip: viewer?.kind !== 'CLIENT' || !organizationId,
  });
  return {
    reputation: va.data?.freelancerReputation ?? business.data?.organizationReputation ?? null,
    loading: va.loading || business.loading,
  };
}
