import { graphql } from '../../gql';

export const RunningTimerQuery = graphql(`
  query RunningTimer {
    runningTimer {
      ...TimeEntryFields
    }
  }
`);
