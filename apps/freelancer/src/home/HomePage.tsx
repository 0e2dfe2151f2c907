import { useViewer } from '@delegate/ui';
import { List, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';

const VETTING_STAGES = ['screen', 'skillsTest', 'interview', 'references', 'identity', 'decision'] as const;

export function HomePage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'home.welcome' }, { name: viewer.displayName })}
      </Title>
      <Text>{intl.formatMessage({ id: 'home.freelancer.body' })}</Text>
      <List type="ordered" spacing="xs">
        {VETTING_STAGES.map((stage) => (
          <List.Item key={stage}>{intl.formatMessage({ id: `vetting.stage.${stage}` })}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
