import { graphql } from '../../gql';

export const VettingApplicationQuery = graphql(`
  query VettingApplication($id: ID!) {
    vettingStages {
      stage
      slaHours
      criteria {
        key
        weight
      }
    }
    vettingApplication(id: $id) {
      ...OpsApplication
    }
    skillTests {
      id
      title
      skill {
        ...SkillFields
      }
    }
  }

  fragment OpsApplication on VettingApplication {
    id
    stage
    status
    submittedAt
    stageEnteredAt
    slaDueAt
    slaStatus
    returnRequest
    rejectionReason
    reapplyAfter
    decidedAt
    vettingScore
    freelancer {
      id
      displayName
      email
      timeZone
      locale
    }
    claimedBy {
      id
      displayName
    }
    resume {
      id
      fileName
      sizeBytes
    }
    profile {
      ...ProfileFields
      references {
        id
        name
        relationship
        company
        email
        phone
      }
    }
    events {
      id
      kind
      stage
      occurredAt
      actor {
        displayName
      }
      scorecard {
        criterion
        weight
        rating
        comment
      }
      notes
      message
    }
    testAttempts {
      id
      status
      assignedAt
      startedAt
      deadlineAt
      submittedAt
      gradedAt
      scorePercent
      passed
      test {
        id
        title
        passPercent
      }
      questions {
        id
        kind
        prompt
        options
        correctOption
        maxPoints
        rubric {
          ...RubricLineFields
        }
      }
      answers {
        questionId
        choice
        text
        pointsAwarded
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
