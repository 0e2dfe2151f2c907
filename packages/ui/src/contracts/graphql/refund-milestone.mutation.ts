import { graphql } from '../../gql';

export const RefundMilestoneMutation = graphql(`
  mutation RefundMilestone($input: RefundMilestoneInput!) {
    refundMilestone(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);
