import { graphql } from '../../gql';

export const ChangeWeeklyLimitMutation = graphql(`
  mutation ChangeWeeklyLimit($input: ChangeWeeklyLimitInput!) {
    changeWeeklyLimit(input: $input) {
      id
      terms {
        weeklyLimitHours
      }
    }
  }
`);

export const PauseContractMutation = graphql(`
  mutation PauseContract($contractId: ID!) {
    pauseContract(contractId: $contractId) {
      id
      pausedAt
    }
  }
`);

export const ResumeContractMutation = graphql(`
  mutation ResumeContract($contractId: ID!) {
    resumeContract(contractId: $contractId) {
      id
      pausedAt
    }
  }
`);
