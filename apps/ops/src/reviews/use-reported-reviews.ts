import { useMutation, useQuery } from '@apollo/client/react';
import type { ModerateReviewInput } from '../gql/graphql';
import { HideReviewMutation } from './graphql/hide-review.mutation';
import { KeepReviewMutation } from './graphql/keep-review.mutation';
import { ReportedReviewsQuery } from './graphql/reported-reviews.query';

/** A decision takes the review off the list. */
const REFRESH = { refetchQueries: ['ReportedReviews'], awaitRefetchQueries: true };

/** Reviews with open reports, oldest report first, and ops' two answers: hide or keep. */
export function useReportedReviews(offset: number, limit: number) {
  const reported = useQuery(ReportedReviewsQuery, { variables: { offset, limit }, fetchPolicy: 'cache-and-network' });
  const [hide] = useMutation(HideReviewMutation, REFRESH);
  const [keep] = useMutation(KeepReviewMutation, REFRESH);
  return {
    ...reported,
    hide: (input: ModerateReviewInput) => hide({ variables: { input } }),
    keep: (input: ModerateReviewInput) => keep({ variables: { input } }),
  };
}
