import { graphql } from '../../gql';

export const ClaimApplicationMutation = graphql(`
  mutation ClaimApplication($id: ID!, $takeOver: Boolean!) {
    claimVettingApplication(id: $id, takeOver: $takeOver) {
      ...OpsApplication
    }
  }
`);

export const AdvanceApplicationMutation = graphql(`
  mutation AdvanceApplication($input: AdvanceApplicationInput!) {
    advanceVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);

export const ReturnApplicationMutation = graphql(`
  mutation ReturnApplication($input: ReturnApplicationInput!) {
    returnVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);

export const RejectApplicationMutation = graphql(`
  mutation RejectApplication($input: RejectApplicationInput!) {
    rejectVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);

export const ApproveApplicationMutation = graphql(`
  mutation ApproveApplication($input: ApproveApplicationInput!) {
    approveVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);

export const ReopenApplicationMutation = graphql(`
  mutation ReopenApplication($input: ReopenApplicationInput!) {
    reopenVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);

export const GradeAttemptMutation = graphql(`
  mutation GradeAttempt($input: GradeAttemptInput!) {
    gradeSkillTestAttempt(input: $input) {
      ...OpsApplication
    }
  }
`);

export const AssignTestMutation = graphql(`
  mutation AssignTest($applicationId: ID!, $testId: ID!) {
    assignSkillTest(applicationId: $applicationId, testId: $testId) {
      ...OpsApplication
    }
  }
`);

export const ProposeSlotsMutation = graphql(`
  mutation ProposeSlots($input: ProposeInterviewInput!) {
    proposeInterviewSlots(input: $input) {
      ...OpsApplication
    }
  }
`);
