import { useMutation, useQuery } from '@apollo/client/react';
import { useContractMutation } from '../contracts/use-contract-mutation';
import type { DisputeTimeEntriesInput, LogTimeInput, UpdateTimeEntryInput } from '../gql/graphql';
import {
  ChangeWeeklyLimitMutation,
  PauseContractMutation,
  ResumeContractMutation,
} from './graphql/hourly-controls.mutations';
import { HourlyWeeksQuery } from './graphql/hourly-weeks.query';
import { RunningTimerQuery } from './graphql/running-timer.query';
import {
  DeleteTimeEntryMutation,
  DisputeTimeEntriesMutation,
  LogTimeMutation,
  StartTimerMutation,
  StopTimerMutation,
  SubmitTimesheetMutation,
  UpdateTimeEntryMutation,
} from './graphql/time-mutations';

/** What a change to time shows on: the weeks, the running timer, and the contract's milestones and timeline. */
const TIME_VIEWS = ['HourlyWeeks', 'RunningTimer', 'Contract', 'ContractEvents'];

/** An hourly contract's weeks, newest first (a page of them). */
export function useHourlyWeeks(contractId: string, offset: number, limit: number) {
  return useQuery(HourlyWeeksQuery, {
    variables: { contractId, offset, limit },
    fetchPolicy: 'cache-and-network',
  });
}

/** The VA's running timer, wherever it was started; `skip` for businesses. */
export function useRunningTimer(skip: boolean) {
  return useQuery(RunningTimerQuery, { skip, fetchPolicy: 'cache-and-network' });
}

/** Logging, changing, removing and handing in time, and the timer; each refreshes every view of time. */
export function useTimeActions() {
  const options = { refetchQueries: TIME_VIEWS, awaitRefetchQueries: true };
  const [log] = useMutation(LogTimeMutation, options);
  const [update] = useMutation(UpdateTimeEntryMutation, options);
  const [remove] = useMutation(DeleteTimeEntryMutation, options);
  const [start, starting] = useMutation(StartTimerMutation, options);
  const [stop, stopping] = useMutation(StopTimerMutation, options);
  const [submit] = useMutation(SubmitTimesheetMutation, options);
  return {
    log: (input: LogTimeInput) => log({ variables: { input } }),
    update: (input: UpdateTimeEntryInput) => update({ variables: { input } }),
    remove: (id: string) => remove({ variables: { id } }),
    start: (contractId: string, memo: string) => start({ variables: { input: { contractId, memo } } }),
    stop: (memo: string | null) => stop({ variables: { memo } }),
    submit: (weekId: string) => submit({ variables: { weekId } }),
    busy: starting.loading || stopping.loading,
  };
}

/** The business disputes chosen entries of a handed-in week (a dispute of their own on the contract). */
export function useDisputeTimeEntries() {
  const [dispute] = useContractMutation(DisputeTimeEntriesMutation);
  return (input: DisputeTimeEntriesInput) => dispute({ variables: { input } });
}

/** The business's controls on an hourly contract: the weekly limit (from next week), pause and resume. */
export function useHourlyControls() {
  const [changeLimit] = useContractMutation(ChangeWeeklyLimitMutation);
  const [pause] = useContractMutation(PauseContractMutation);
  const [resume] = useContractMutation(ResumeContractMutation);
  return {
    changeLimit: (contractId: string, weeklyLimitHours: number) =>
      changeLimit({ variables: { input: { contractId, weeklyLimitHours } } }),
    pause: (contractId: string) => pause({ variables: { contractId } }),
    resume: (contractId: string) => resume({ variables: { contractId } }),
  };
}
