import { graphql } from '../../gql';

export const ProfileEditorQuery = graphql(`
  query ProfileEditor {
    skills {
      ...SkillFields
    }
    myFreelancerProfile {
      ...EditableProfile
    }
  }

  fragment EditableProfile on FreelancerProfile {
    ...ProfileFields
    vettingStage
    updatedAt
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
