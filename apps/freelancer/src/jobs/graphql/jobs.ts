import { graphql } from '../../gql';

export const JobFeedQuery = graphql(`
  query JobFeed($offset: Int!, $limit: Int!) {
    jobFeed(offset: $offset, limit: $limit) {
      totalCount
      items {
        ...MatchExplanation
        invitedAt
        listing {
          ...ListingSummary
        }
      }
    }
  }

  fragment MatchExplanation on JobFeedItem {
    rank
    score
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

  fragment ListingSummary on JobListing {
    id
    status
    title
    summary
    weeklyHours
    budgetKind
    budgetMinMinor
    budgetMaxMinor
    currency
    publishedAt
    skills {
      skill {
        id
        slug
        name
      }
      importance
    }
  }
`);

export const SearchJobsQuery = graphql(`
  query SearchJobs($query: String, $skillIds: [ID!], $budgetKind: BudgetKind, $offset: Int!, $limit: Int!) {
    skills {
      id
      slug
      name
    }
    searchJobListings(query: $query, skillIds: $skillIds, budgetKind: $budgetKind, offset: $offset, limit: $limit) {
      totalCount
      items {
        ...ListingSummary
      }
    }
  }
`);

export const JobPageQuery = graphql(`
  query JobPage($id: ID!) {
    jobListing(id: $id) {
      ...ListingSummary
      tasks
      languages {
        language
        minLevel
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

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      ...MyProposal
    }
  }
`);

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($id: ID!) {
    withdrawProposal(id: $id) {
      ...MyProposal
    }
  }
`);

export const MyProposalsQuery = graphql(`
  query MyProposals($offset: Int!, $limit: Int!) {
    myProposals(offset: $offset, limit: $limit) {
      totalCount
      items {
        ...MyProposal
      }
    }
  }
`);

export const AcceptOfferMutation = graphql(`
  mutation AcceptOffer($id: ID!) {
    acceptOffer(id: $id) {
      id
    }
  }
`);

export const DeclineOfferMutation = graphql(`
  mutation DeclineOffer($id: ID!) {
    declineOffer(id: $id) {
      id
      status
    }
  }
`);
