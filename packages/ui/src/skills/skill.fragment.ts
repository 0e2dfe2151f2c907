import { graphql } from '../gql';

/** A catalogue skill as `SkillName` and the skill pickers need it: the slug names it in every language. */
export const SkillFieldsFragment = graphql(`
  fragment SkillFields on Skill {
    id
    slug
    name
    category
  }
`);
