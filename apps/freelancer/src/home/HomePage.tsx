import { useViewer } from '@delegate/ui';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { WeekOverview } from './WeekOverview';

const PIPELINE_STAGES = ['SCREENING', 'SKILLS_TEST', 'INTERVIEW', 'REFERENCES', 'IDENTITY', 'DECISION'] as const;

export function HomePage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack maw={960} align="flex-start">
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'home.welcome' }, { name: viewer.displayName })}
      </Title>
      <WeekOverview />
      <Card withBorder w="100%">
        <Stack align="flex-start" gap="xs">
          <Text>{intl.formatMessage({ id: 'home.freelancer.body' })}</Text>
          <Text component="ol" m={0}>
            {PIPELINE_STAGES.map((stage) => (
              <li key={stage}>{intl.formatMessage({ id: `pipeline.stage.${stage}` })}</li>
            ))}
          </Text>
          <Button component={Link} to="/application" variant="light">
            {intl.formatMessage({ id: 'home.freelancer.application' })}
          </Button>
        </Stack>
      </Card>
    </Stack>
  );
}
