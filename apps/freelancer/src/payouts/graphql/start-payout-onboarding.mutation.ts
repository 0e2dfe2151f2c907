import { graphql } from '../../gql';

export const StartPayoutOnboardingMutation = graphql(`
  mutation StartPayoutOnboarding {
    startPayoutOnboarding
  }
`);
