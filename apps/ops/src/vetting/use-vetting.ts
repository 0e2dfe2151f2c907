import { useMutation, useQuery } from '@apollo/client/react';
import type {
  AdvanceApplicationInput,
  GradeAttemptInput,
  ProposeInterviewInput,
  RejectApplicationInput,
  VettingQueueQueryVariables,
} from '../gql/graphql';
import { AdvanceApplicationMutation } from './graphql/advance-application.mutation';
import { ApproveApplicationMutation } from './graphql/approve-application.mutation';
import { AssignTestMutation } from './graphql/assign-test.mutation';
import { ClaimApplicationMutation } from './graphql/claim-application.mutation';
import { GradeAttemptMutation } from './graphql/grade-attempt.mutation';
import { ProposeSlotsMutation } from './graphql/propose-slots.mutation';
import { RejectApplicationMutation } from './graphql/reject-application.mutation';
import { ReopenApplicationMutation } from './graphql/reopen-application.mutation';
import { ReturnApplicationMutation } from './graphql/return-application.mutation';
import { VettingApplicationQuery } from './graphql/vetting-application';
import { VettingFunnelQuery } from './graphql/vetting-funnel';
import { VettingQueueQuery } from './graphql/vetting-queue';

// Every review action answers with the whole application (`OpsApplication`), so Apollo's cache
// updates the page without a refetch.

export function useVettingQueue(variables: VettingQueueQueryVariables) {
  return useQuery(VettingQueueQuery, { variables, fetchPolicy: 'cache-and-network' });
}

/** Pass rates and times per stage for applications submitted in the period. */
export function useVettingFunnel(period: { from: string; to: string }) {
  return useQuery(VettingFunnelQuery, { variables: period });
}

/** One application with the stages' criteria and the test bank to assign from. */
export function useVettingApplication(id: string) {
  return useQuery(VettingApplicationQuery, { variables: { id } });
}

/** What ops do with an application: claim it, move it along or stop it, test and interview the VA. */
export function useReviewActions() {
  const [claim] = useMutation(ClaimApplicationMutation);
  const [advance, advancing] = useMutation(AdvanceApplicationMutation);
  const [sendBack] = useMutation(ReturnApplicationMutation);
  const [reject] = useMutation(RejectApplicationMutation);
  const [approve] = useMutation(ApproveApplicationMutation);
  const [reopen] = useMutation(ReopenApplicationMutation);
  const [assignTest] = useMutation(AssignTestMutation);
  const [grade, grading] = useMutation(GradeAttemptMutation);
  const [proposeSlots, proposing] = useMutation(ProposeSlotsMutation);
  return {
    /** `takeOver` takes it from a colleague. */
    claim: (id: string, takeOver: boolean) => claim({ variables: { id, takeOver } }),
    advance: (input: AdvanceApplicationInput) => advance({ variables: { input } }),
    advancing: advancing.loading,
    sendBack: (applicationId: string, request: string) =>
      sendBack({ variables: { input: { applicationId, request } } }),
    reject: (input: RejectApplicationInput) => reject({ variables: { input } }),
    approve: (applicationId: string) => approve({ variables: { input: { applicationId } } }),
    reopen: (applicationId: string, reason: string) => reopen({ variables: { input: { applicationId, reason } } }),
    assignTest: (applicationId: string, testId: string) => assignTest({ variables: { applicationId, testId } }),
    grade: (input: GradeAttemptInput) => grade({ variables: { input } }),
    grading: grading.loading,
    proposeSlots: (input: ProposeInterviewInput) => proposeSlots({ variables: { input } }),
    proposing: proposing.loading,
  };
}
