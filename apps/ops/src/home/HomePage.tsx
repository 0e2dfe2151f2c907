import { useViewer } from '@delegate/ui';
import { Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';

export function HomePage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'home.welcome' }, { name: viewer.displayName })}
      </Title>
      <Text>{intl.formatMessage({ id: 'home.ops.body' })}</Text>
    </Stack>
  );
}
