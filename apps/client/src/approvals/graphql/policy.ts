import { graphql } from '../../gql';

export const ApprovalPolicyQuery = graphql(`
  query ApprovalPolicy {
    approvalPolicy {
      thresholdMinor
      currency
      kinds
      updatedAt
    }
  }
`);

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
