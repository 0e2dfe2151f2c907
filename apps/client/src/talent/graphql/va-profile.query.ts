import { graphql } from '../../gql';

export const VaProfileQuery = graphql(`
  query VaProfile($id: ID!, $currency: String, $jobId: ID, $offset: Int, $limit: Int) {
    vaProfile(freelancerId: $id, currency: $currency) {
      id
      displayName
      headline
      bio
      country
      timeZone
      workStartMinute
      workEndMinute
      weeklyCapacityHours
      vettingScore
      overlap(jobId: $jobId) {
        minutes
        timeZone
        workStartMinute
        workEndMinute
        jobTitle
      }
      hourlyRate {
        amountMinor
        currency
      }
      hourlyRateConverted {
        amountMinor
        currency
      }
      skills {
        skill {
          ...SkillFields
        }
        level
        years
      }
      badges {
        ...BadgeFields
      }
      languages {
        language
        level
      }
    }
    freelancerReputation(freelancerId: $id) {
      score
      neutral
      reviewCount
      contractCount
    }
    freelancerReviews(freelancerId: $id, offset: $offset, limit: $limit) {
      totalCount
      items {
        ...ReviewFields
      }
    }
  }
`);
