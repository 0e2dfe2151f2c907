import { SkillName, workingHoursValues } from '@delegate/ui';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { OpsApplicationFragment } from '../gql/graphql';
/** What the VA applied with: profile, languages, work history, references and the résumé. */
export function ProfilePanel({ application }: { application: OpsApplicationFragment }) {
  const intl = useIntl();
  const profile = application.profile;
  if (!profile) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {profile.headline}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {profile.bio}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Text size="sm">
            {intl.formatMessage({ id: 'review.rate' })}:{' '}
            {profile.hourlyRateMinor !== null && profile.hourlyRateMinor !== undefined
              ? intl.formatNumber(profile.hourlyRateMinor / 100, { style: 'currency', currency: profile.currency })
              : '–'}
          </Text>
          <Text size="sm">{intl.formatMessage({ id: 'review.capacity' }, { hours: profile.weeklyCapacityHours })}</Text>
          <Text size="sm">
            {intl.formatMessage(
              { id: 'review.workHours' },
              {
                hours: intl.formatMessage(
                  { id: 'common.workingHours' },
                  workingHoursValues(profile.workStartMinute, profile.workEndMinute),
                ),
                timeZone: application.freelancer.timeZone,
              },
            )}
          </Text>
        </SimpleGrid>
        <Group gap={6}>
          {profile.skills.map((entry) => (
            <Badge key={entry.skill.id} variant="outline">
              <SkillName skill={entry.skill} /> ·{' '}
              {intl.formatMessage({ id: `skillLevel.${entry.level.toLowerCase()}` })} · {entry.years}
            </Badge>
          ))}
          {profile.languages.map((language) => (
            <Badge key={language.language} variant="light" color="gray">
              {language.language.toUpperCase()} {language.level}
            </Badge>
          ))}
        </Group>
        {application.resume && (
          <Text size="sm">
            {intl.formatMessage({ id: 'profile.resume' })}:{' '}
            <Anchor href={`/files/resumes/${application.resume.id}`} data-testid="resume-link">
              {application.resume.fileName}
            </Anchor>
          </Text>
        )}
        {profile.workHistory.length > 0 && (
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {intl.formatMessage({ id: 'profile.workHistory' })}
            </Text>
            {profile.workHistory.map((role) => (
              <Text size="sm" key={`${role.company}-${role.startMonth}`}>
                {role.role}, {role.company} ({role.startMonth} – {role.endMonth ?? '…'})
              </Text>
            ))}
          </Stack>
        )}
        {profile.portfolioLinks.length > 0 && (
          <Group gap="sm">
            {profile.portfolioLinks.map((link) => (
              <Anchor key={link.url} href={link.url} target="_blank" rel="noreferrer" size="sm">
                {link.label}
              </Anchor>
            ))}
          </Group>
        )}
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {intl.formatMessage({ id: 'profile.references' })}
          </Text>
          {profile.references.map((reference) => (
            <Text size="sm" key={reference.id}>
              {reference.name} ({reference.relationship}, {reference.company}) · {reference.email}
              {reference.phone && ` · ${reference.phone}`}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
