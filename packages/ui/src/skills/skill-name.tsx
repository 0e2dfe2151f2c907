import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/I18nProvider';

/** A skill as the API gives it: its stable slug, and its English name. */
export interface SkillRef {
  slug: string;
  name: string;
}

/** Message ids of a skill's name and of a catalogue category (the API's English category). */
const skillId = (slug: string) => `skill.${slug}` as MessageId;
const categoryId = (category: string) =>
  `skillCategory.${category.toLowerCase().replace(/[^a-z]+/g, '-')}` as MessageId;

/**
 * Skill names in the reader's language. A skill added to the catalogue after these translations keeps
 * its English name (and `SkillName` marks it `lang="en"`, so it is read and upper-cased as English).
 */
export function useSkillNames() {
  const intl = useIntl();
  // Every catalog has the same keys: the reader's own says what is translated.
  const skillName = useCallback(
    (skill: SkillRef) =>
      skillId(skill.slug) in intl.messages ? intl.formatMessage({ id: skillId(skill.slug) }) : skill.name,
    [intl],
  );
  const categoryName = useCallback(
    (category: string) =>
      categoryId(category) in intl.messages ? intl.formatMessage({ id: categoryId(category) }) : category,
    [intl],
  );
  return { skillName, categoryName };
}

/** A skill's name, in the reader's language where there is a translation, else marked as English. */
export function SkillName({ skill }: { skill: SkillRef }) {
  const intl = useIntl();
  const { skillName } = useSkillNames();
  return skillId(skill.slug) in intl.messages ? skillName(skill) : <span lang="en">{skill.name}</span>;
}
