import { graphql } from '../../gql';

export const LogTimeMutation = graphql(`
  mutation LogTime($input: LogTimeInput!) {
    logTime(input: $input)
  }
`);

export const UpdateTimeEntryMutation = graphql(`
  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {
    updateTimeEntry(input: $input)
  }
`);

export const DeleteTimeEntryMutation = graphql(`
  mutation DeleteTimeEntry($id: ID!) {
    deleteTimeEntry(id: $id)
  }
`);

export const StartTimerMutation = graphql(`
  mutation StartTimer($input: StartTimerInput!) {
    startTimer(input: $input) {
      ...TimeEntryFields
    }
  }
`);

export const StopTimerMutation = graphql(`
  mutation StopTimer($memo: String) {
    stopTimer(memo: $memo)
  }
`);

export const SubmitTimesheetMutation = graphql(`
  mutation SubmitTimesheet($weekId: ID!) {
    submitTimesheet(weekId: $weekId)
  }
`);

export const DisputeTimeEntriesMutation = graphql(`
  mutation DisputeTimeEntries($input: DisputeTimeEntriesInput!) {
    disputeTimeEntries(input: $input)
  }
`);
