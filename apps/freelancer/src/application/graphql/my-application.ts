import { graphql } from '../../gql';

export const MyApplicationQuery = graphql(`
  query MyApplication {
    myVettingApplication {
      ...ApplicationView
    }
  }

  fragment ApplicationView on MyVettingApplication {
    id
    status
    stage
    submittedAt
    stageEnteredAt
    returnRequest
    rejectionReason
    reapplyAfter
    decidedAt
    vettingScore
    nextStep {
      key
      dueAt
    }
    timeline {
      kind
      stage
      occurredAt
      message
    }
    testAttempt {
      id
      status
      title
      instructions
      timeLimitMinutes
      startBy
      startedAt
      deadlineAt
      submittedAt
      serverNow
      questions {
        id
        kind
        prompt
        options
        maxPoints
        rubric {
          ...RubricLineFields
        }
      }
      answers {
        questionId
        choice
        text
      }
    }
    interviewSlots {
      ...InterviewSlotFields
    }
    badges {
      ...BadgeFields
    }
  }
`);
