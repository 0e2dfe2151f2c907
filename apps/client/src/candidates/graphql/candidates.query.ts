import { graphql } from '../../gql';

export const CandidatesQuery = graphql(`
  query Candidates($jobId: ID!, $offset: Int!, $limit: Int!) {
    jobPost(id: $jobId) {
      id
      title
      status
      publishedAt
      currency
      budgetKind
      budgetMinMinor
      budgetMaxMinor
      weeklyHours
      trialWeeks
      startDate
      screeningQuestions
    }
    jobMatches(jobId: $jobId, offset: 0, limit: 50) {
      totalCount
      ranking {
        rankedAt
        qualifiedCount
        firstMatchAt
        firstInviteAt
        firstProposalAt
      }
      items {
        rank
        score
        invitedAt
        freelancer {
          ...Candidate
        }
        factors {
          ...MatchFactorFields
        }
        facts {
          ...MatchFactsFields
        }
      }
    }
    jobProposals(jobId: $jobId, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        status
        declineReason
        coverLetter
        amountMinor
        currency
        screeningAnswers
        availableFrom
        createdAt
        freelancer {
          ...Candidate
        }
      }
    }
    jobOffers(jobId: $jobId, offset: 0, limit: 50) {
      items {
        id
        status
        proposalId
        createdAt
        freelancer {
          ...FreelancerRefFields
        }
        terms {
          ...Terms
        }
        milestones {
          title
          amountMinor
        }
      }
    }
  }

  fragment Candidate on MatchedFreelancer {
    id
    displayName
    headline
    country
    timeZone
    hourlyRateMinor
    currency
  }
`);
