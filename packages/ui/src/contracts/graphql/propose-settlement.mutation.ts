import { graphql } from '../../gql';

export const ProposeSettlementMutation = graphql(`
  mutation ProposeSettlement($input: DisputeShareInput!) {
    proposeSettlement(input: $input) {
      id
    }
  }
`);
