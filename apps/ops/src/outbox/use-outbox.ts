import { useQuery } from '@apollo/client/react';
import { OutboxEmailsQuery } from './graphql/outbox-emails';

/** E-mails sent, newest first, optionally to one address. */
export function useOutbox(toAddress: string | null, offset: number, limit: number) {
  return useQuery(OutboxEmailsQuery, { variables: { offset, limit, toAddress } });
}
