import { graphql } from '../../gql';

export const JobPageQuery = graphql(`
  query JobPage($id: ID!) {
    jobListing(id: $id) {
      ...ListingSummary
      tasks
      languages {
        ...JobLanguageFields
      }
      startDate
      durationWeeks
      timeZone
      workStartMinute
      workEndMinute
      minOverlapHours
      trialWeeks
      ndaRequired
      screeningQuestions
      expiresAt
    }
    myJobMatch(jobId: $id) {
      ...MatchExplanation
      invitedAt
    }
    myProposalForJob(jobId: $id) {
      ...MyProposal
    }
    myOffers(jobId: $id, offset: 0, limit: 10) {
      items {
        id
        status
        message
        createdAt
        organizationName
        terms {
          ...Terms
        }
        milestones {
          title
          amountMinor
          dueDate
        }
      }
    }
  }

  fragment MyProposal on Proposal {
    id
    status
    declineReason
    coverLetter
    amountMinor
    currency
    availableFrom
    updatedAt
    job {
      id
      title
      status
      budgetKind
    }
  }
`);
