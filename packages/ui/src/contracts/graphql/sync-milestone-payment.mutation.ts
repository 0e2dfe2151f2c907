import { graphql } from '../../gql';

export const SyncMilestonePaymentMutation = graphql(`
  mutation SyncMilestonePayment($paymentId: ID!) {
    syncMilestonePayment(paymentId: $paymentId) {
      id
      status
    }
  }
`);
