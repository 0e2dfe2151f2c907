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
