import { graphql } from '../../gql';

export const WithdrawOfferMutation = graphql(`
  mutation WithdrawOffer($id: ID!) {
    withdrawOffer(id: $id) {
      id
      status
    }
  }
`);
