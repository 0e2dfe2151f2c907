import { graphql } from '../../gql';

export const HourlyWeeksQuery = graphql(`
  query HourlyWeeks($contractId: ID!, $offset: Int!, $limit: Int!) {
    hourlyWeeks(contractId: $contractId, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        periodStart
        periodEnd
        status
        minutesIncluded
        minutesLogged
        minutesLeft
        submittedAt
        releasesAt
        money {
          ...Money
        }
        entries {
          ...TimeEntryFields
        }
      }
    }
  }

  fragment TimeEntryFields on TimeEntry {
    id
    contractId
    source
    workDate
    startedAt
    endedAt
    minutes
    memo
    task
    file {
      id
      fileName
    }
    running
    disputedIn
  }
`);
