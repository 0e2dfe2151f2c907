import { graphql } from '../../gql';

export const GiveBonusMutation = graphql(`
  mutation GiveBonus($input: GiveBonusInput!) {
    giveBonus(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);
