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
          factor
          points
          maxPoints
        }
        facts {
          mustLevel
          badgeShare
          niceShare
          bonusShare
          languageMargin
          rateRatio
          overlapMinutes
          capacityRatio
          vettingScore
          responseHours
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
          id
          displayName
        }
        terms {
          kind
          currency
          hourlyRateMinor
          weeklyLimitHours
          monthlyAmountMinor
          monthlyHours
          trialWeeks
          startDate
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

export const ShortlistProposalMutation = graphql(`
  mutation ShortlistProposal($id: ID!) {
    shortlistProposal(id: $id) {
      id
      status
    }
  }
`);

export const DeclineProposalMutation = graphql(`
  mutation DeclineProposal($id: ID!, $reason: DeclineReason!) {
    declineProposal(id: $id, reason: $reason) {
      id
      status
      declineReason
    }
  }
`);

export const MakeOfferMutation = graphql(`
  mutation MakeOffer($input: MakeOfferInput!) {
    makeOffer(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawOfferMutation = graphql(`
  mutation WithdrawOffer($id: ID!) {
    withdrawOffer(id: $id) {
      id
      status
    }
  }
`);
