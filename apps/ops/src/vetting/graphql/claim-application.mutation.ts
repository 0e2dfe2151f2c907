import { graphql } from '../../gql';

export const ClaimApplicationMutation = graphql(`
  mutation ClaimApplication($id: ID!, $takeOver: Boolean!) {
    claimVettingApplication(id: $id, takeOver: $takeOver) {
      ...OpsApplication
    }
  }
`);
