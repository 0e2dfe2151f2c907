import { graphql } from '../../gql';

export const SavedCardQuery = graphql(`
  query SavedCard {
    savedCard {
      ...SavedCardFields
    }
  }

  fragment SavedCardFields on SavedCard {
    id
    status
    brand
    last4
    expMonth
    expYear
    failedAt
    failureMessage
    activatedAt
  }
`);

export const StartCardSetupMutation = graphql(`
  mutation StartCardSetup {
    startCardSetup {
      id
      provider
      clientSecret
      publishableKey
    }
  }
`);

export const SaveSandboxCardMutation = graphql(`
  mutation SaveSandboxCard($input: SandboxCardSetupInput!) {
    saveSandboxCard(input: $input) {
      ...SavedCardFields
    }
  }
`);

export const SyncCardSetupMutation = graphql(`
  mutation SyncCardSetup($cardId: ID!) {
    syncCardSetup(cardId: $cardId) {
      ...SavedCardFields
    }
  }
`);

export const RemoveSavedCardMutation = graphql(`
  mutation RemoveSavedCard {
    removeSavedCard
  }
`);
