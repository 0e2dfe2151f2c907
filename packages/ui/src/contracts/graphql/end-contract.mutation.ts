import { graphql } from '../../gql';

export const EndContractMutation = graphql(`
  mutation EndContract($input: EndContractInput!) {
    endContract(input: $input) {
      id
      status
      endsOn
      endedBy
    }
  }
`);
