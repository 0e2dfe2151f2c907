import { graphql } from '../../gql';

export const SetApprovalPolicyMutation = graphql(`
  mutation SetApprovalPolicy($input: ApprovalPolicyInput!) {
    setApprovalPolicy(input: $input) {
      thresholdMinor
      currency
      kinds
      updatedAt
    }
  }
`);
