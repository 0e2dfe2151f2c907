import { useViewer } from '@delegate/ui';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { NeedsAttention } from './NeedsAttention';

export function HomePage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'home.welcome' }, { name: viewer.displayName })}
      </Title>
      <Text>{intl.formatMessage({ id: 'home.client.body' }, { organization: viewer.organization?.name ?? '' })}</Text>
      <Anchor component={Link} to="/team">
        {intl.formatMessage({ id: 'home.client.team' })}
      </Anchor>
      <NeedsAttention />
    </Stack>
  );
}
