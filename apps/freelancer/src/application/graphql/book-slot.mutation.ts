import { graphql } from '../../gql';

export const BookSlotMutation = graphql(`
  mutation BookInterviewSlot($slotId: ID!) {
    bookInterviewSlot(slotId: $slotId) {
      ...ApplicationView
    }
  }
`);
