import { graphql } from '../../gql';

export const RequestMilestoneChangesMutation = graphql(`
  mutation RequestMilestoneChanges($input: MilestoneNoteInput!) {
    requestMilestoneChanges(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);
