import { graphql } from '../../gql';

export const InvoicesQuery = graphql(`
  query Invoices($offset: Int!, $limit: Int!) {
    invoices(offset: $offset, limit: $limit) {
      totalCount
      items {
        ...BillingDocumentFields
      }
    }
    invoiceTotals {
      ...BillingMonthTotalFields
    }
  }

  fragment BillingDocumentFields on BillingDocument {
    id
    kind
    number
    issuedAt
    title
    currency
    amountMinor
    feeMinor
    totalMinor
    pdfPath
    payer {
      name
    }
    payee {
      name
    }
  }

  fragment BillingMonthTotalFields on BillingMonthTotal {
    month
    currency
    documents
    amountMinor
    feeMinor
    totalMinor
  }
`);

export const EarningsStatementsQuery = graphql(`
  query EarningsStatements($offset: Int!, $limit: Int!) {
    earningsStatements(offset: $offset, limit: $limit) {
      totalCount
      items {
        ...BillingDocumentFields
      }
    }
    earningsTotals {
      ...BillingMonthTotalFields
    }
  }
`);

export const BillingDetailsQuery = graphql(`
  query BillingDetails {
    billingDetails {
      legalName
      address
      vatId
    }
  }
`);

export const UpdateBillingDetailsMutation = graphql(`
  mutation UpdateBillingDetails($input: BillingDetailsInput!) {
    updateBillingDetails(input: $input) {
      legalName
      address
      vatId
    }
  }
`);

export const PayeeDetailsQuery = graphql(`
  query PayeeDetails {
    payeeDetails {
      legalName
      address
      taxId
    }
  }
`);

export const UpdatePayeeDetailsMutation = graphql(`
  mutation UpdatePayeeDetails($input: PayeeDetailsInput!) {
    updatePayeeDetails(input: $input) {
      legalName
      address
      taxId
    }
  }
`);
