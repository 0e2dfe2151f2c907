import { graphql } from '../../gql';

export const SubmitMilestoneMutation = graphql(`
  mutation SubmitMilestone($input: SubmitMilestoneInput!) {
    submitMilestone(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);
