import { graphql } from '../../gql';

export const MakeOfferMutation = graphql(`
  mutation MakeOffer($input: MakeOfferInput!) {
    makeOffer(input: $input) {
      id
      status
    }
  }
`);
