import { graphql } from '../../gql';

export const AnswerQuestionMutation = graphql(`
  mutation AnswerSkillTestQuestion($input: AnswerQuestionInput!) {
    answerSkillTestQuestion(input: $input) {
      questionId
      choice
      text
    }
  }
`);
