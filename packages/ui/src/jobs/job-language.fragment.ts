import { graphql } from '../gql';

/** A language a post asks for, with the lowest level it accepts. */
export const JobLanguageFieldsFragment = graphql(`
  fragment JobLanguageFields on JobLanguage {
    language
    minLevel
  }
`);
