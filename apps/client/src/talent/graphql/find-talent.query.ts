import { graphql } from '../../gql';

/** What the search form offers: the skill catalogue, and the open posts a VA found can be invited to. */
export const TalentSearchSetupQuery = graphql(`
  query TalentSearchSetup {
    skills {
      ...SkillFields
    }
    myJobPosts(status: OPEN, offset: 0, limit: 100) {
      items {
        id
        title
        currency
      }
    }
  }
`);

export const SearchTalentQuery = graphql(`
  query SearchTalent($search: TalentSearchInput!, $offset: Int!, $limit: Int!) {
    searchTalent(search: $search, offset: $offset, limit: $limit) {
      totalCount
      items {
        score
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
  }
`);

export const InviteToJobMutation = graphql(`
  mutation InviteToJob($jobId: ID!, $freelancerId: ID!) {
    inviteToJob(jobId: $jobId, freelancerId: $freelancerId) {
      invitedAt
      freelancer {
        id
      }
    }
  }
`);
