import { graphql } from '../../gql';

export const ReleaseMilestoneMutation = graphql(`
  mutation ReleaseMilestone($input: ReleaseMilestoneInput!) {
    releaseMilestone(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);
