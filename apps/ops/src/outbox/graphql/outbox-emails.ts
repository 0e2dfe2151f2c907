import { graphql } from '../../gql';

export const OutboxEmailsQuery = graphql(`
  query OutboxEmails($offset: Int!, $limit: Int!, $toAddress: String) {
    outboxEmails(offset: $offset, limit: $limit, toAddress: $toAddress) {
      totalCount
      items {
        id
        toAddress
        template
        subject
        bodyText
        transport
        status
        sentAt
        lastError
        createdAt
      }
    }
  }
`);
