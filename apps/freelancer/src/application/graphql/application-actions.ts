import { graphql } from '../../gql';

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication {
    submitVettingApplication {
      ...ApplicationView
    }
  }
`);

export const StartTestMutation = graphql(`
  mutation StartSkillTest($attemptId: ID!) {
    startSkillTest(attemptId: $attemptId) {
      ...ApplicationView
    }
  }
`);

export const AnswerQuestionMutation = graphql(`
  mutation AnswerSkillTestQuestion($input: AnswerQuestionInput!) {
    answerSkillTestQuestion(input: $input) {
      questionId
      choice
      text
    }
  }
`);

export const SubmitTestMutation = graphql(`
  mutation SubmitSkillTest($attemptId: ID!) {
    submitSkillTest(attemptId: $attemptId) {
      ...ApplicationView
    }
  }
`);

export const BookSlotMutation = graphql(`
  mutation BookInterviewSlot($slotId: ID!) {
    bookInterviewSlot(slotId: $slotId) {
      ...ApplicationView
    }
  }
`);
