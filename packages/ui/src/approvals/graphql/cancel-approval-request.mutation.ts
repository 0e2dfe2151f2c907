import { graphql } from '../../gql';

export const CancelApprovalRequestMutation = graphql(`
  mutation CancelApprovalRequest($id: ID!) {
    cancelApprovalRequest(id: $id) {
      id
      status
    }
  }
`);
