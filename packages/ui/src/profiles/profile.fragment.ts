import { graphql } from '../gql';

/** A VA's profile as the VA edits it and ops review it: the same fields in both apps. */
export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on FreelancerProfile {
    headline
    bio
    hourlyRateMinor
    currency
    weeklyCapacityHours
    country
    workStartMinute
    workEndMinute
    skills {
      skill {
        ...SkillFields
      }
      level
      years
    }
    languages {
      language
      level
    }
    workHistory {
      company
      role
      startMonth
      endMonth
      description
    }
    portfolioLinks {
      label
      url
    }
  }
`);

/** Who a VA is, in lists of offers, contracts and candidates. */
export const FreelancerRefFieldsFragment = graphql(`
  fragment FreelancerRefFields on MatchedFreelancer {
    id
    displayName
  }
`);
