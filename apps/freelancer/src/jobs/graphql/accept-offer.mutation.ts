import { graphql } from '../../gql';

export const AcceptOfferMutation = graphql(`
  mutation AcceptOffer($id: ID!) {
    acceptOffer(id: $id) {
      id
    }
  }
`);
