import { graphql } from '../../gql';

export const VettingFunnelQuery = graphql(`
  query VettingFunnel($from: DateTime!, $to: DateTime!) {
    vettingFunnel(from: $from, to: $to) {
      submitted
      approved
      rejected
      acceptanceRate
      medianHoursToDecision
      stages {
        stage
        entered
        passed
        rejected
        inProgress
        passRate
        medianHoursInStage
      }
    }
  }
`);
