import { graphql } from '../../gql';

export const ContinueAfterTrialMutation = graphql(`
  mutation ContinueAfterTrial($contractId: ID!) {
    continueAfterTrial(contractId: $contractId) {
      id
      inTrial
    }
  }
`);
