import { graphql } from '../../gql';

export const ProfileEditorQuery = graphql(`
  query ProfileEditor {
    skills {
      id
      slug
      name
      category
    }
    myFreelancerProfile {
      ...EditableProfile
    }
  }

  fragment EditableProfile on FreelancerProfile {
    headline
    bio
    hourlyRateMinor
    currency
    weeklyCapacityHours
    country
    workStartMinute
    workEndMinute
    vettingStage
    updatedAt
    skills {
      skill {
        id
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
    resume {
      id
      fileName
      sizeBytes
      createdAt
    }
    references {
      name
      relationship
      company
      email
      phone
    }
  }
`);
