import { graphql } from '../../gql';

export const ProposeSlotsMutation = graphql(`
  mutation ProposeSlots($input: ProposeInterviewInput!) {
    proposeInterviewSlots(input: $input) {
      ...OpsApplication
    }
  }
`);
