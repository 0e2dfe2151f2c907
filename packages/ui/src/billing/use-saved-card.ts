import { useMutation, useQuery } from '@apollo/client/react';
import {
  RemoveSavedCardMutation,
  SavedCardQuery,
  SaveSandboxCardMutation,
  StartCardSetupMutation,
  SyncCardSetupMutation,
} from './graphql/saved-card';

/** A saved card changes what the contract pages say about weekly charges too. */
const CARD_VIEWS = ['SavedCard', 'Contract', 'ContractEvents', 'HourlyWeeks'];

/** The organisation's saved card (null when there is none). */
export function useSavedCard() {
  return useQuery(SavedCardQuery, { fetchPolicy: 'cache-and-network' });
}

/** Saving a card (the sandbox's form, or Stripe.js and then a sync), and removing it. */
export function useSavedCardActions() {
  const options = { refetchQueries: CARD_VIEWS, awaitRefetchQueries: true };
  const [start, started] = useMutation(StartCardSetupMutation);
  const [saveSandbox] = useMutation(SaveSandboxCardMutation, options);
  const [sync] = useMutation(SyncCardSetupMutation, options);
  const [remove] = useMutation(RemoveSavedCardMutation, options);
  return {
    start: () => start(),
    started,
    saveSandbox: (cardId: string, cardNumber: string) => saveSandbox({ variables: { input: { cardId, cardNumber } } }),
    /** After Stripe.js saved the card: whether it is the organisation's now (else the provider is still on it). */
    saved: async (cardId: string) => (await sync({ variables: { cardId } })).data?.syncCardSetup.status === 'ACTIVE',
    remove: () => remove(),
  };
}
