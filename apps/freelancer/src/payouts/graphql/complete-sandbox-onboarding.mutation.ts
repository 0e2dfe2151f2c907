import { graphql } from '../../gql';

export const CompleteSandboxOnboardingMutation = graphql(`
  mutation CompleteSandboxOnboarding {
    completeSandboxOnboarding {
      status
    }
  }
`);
