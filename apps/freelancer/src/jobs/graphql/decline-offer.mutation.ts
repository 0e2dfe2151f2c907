import { graphql } from '../../gql';

export const DeclineOfferMutation = graphql(`
  mutation DeclineOffer($id: ID!) {
    declineOffer(id: $id) {
      id
      status
    }
  }
`);
