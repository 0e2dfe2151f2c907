import { useMutation, useQuery } from '@apollo/client/react';
import type { AnswerQuestionInput } from '../gql/graphql';
import { AnswerQuestionMutation } from './graphql/answer-question.mutation';
import { BookSlotMutation } from './graphql/book-slot.mutation';
import { MyApplicationQuery } from './graphql/my-application';
import { StartTestMutation } from './graphql/start-test.mutation';
import { SubmitApplicationMutation } from './graphql/submit-application.mutation';
import { SubmitTestMutation } from './graphql/submit-test.mutation';

/** The VA's vetting application: where it stands and what comes next (always fresh: ops move it along). */
export function useMyApplication() {
  return useQuery(MyApplicationQuery, { fetchPolicy: 'network-only' });
}

/** Applying (or resubmitting), the skills test and booking the interview. */
export function useApplicationActions() {
  const [submit, submitting] = useMutation(SubmitApplicationMutation, {
    refetchQueries: [MyApplicationQuery],
    awaitRefetchQueries: true,
  });
  const [startTest, startingTest] = useMutation(StartTestMutation);
  const [submitTest, submittingTest] = useMutation(SubmitTestMutation);
  const [answer] = useMutation(AnswerQuestionMutation);
  const [book, booking] = useMutation(BookSlotMutation);
  return {
    submit: () => submit(),
    submitting: submitting.loading,
    startTest: (attemptId: string) => startTest({ variables: { attemptId } }),
    startingTest: startingTest.loading,
    submitTest: (attemptId: string) => submitTest({ variables: { attemptId } }),
    submittingTest: submittingTest.loading,
    /** Saves one answer; the server refuses it after the deadline. */
    answer: (input: AnswerQuestionInput) => answer({ variables: { input } }),
    bookInterview: (slotId: string) => book({ variables: { slotId } }),
    booking: booking.loading,
  };
}
