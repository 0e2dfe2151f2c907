import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <Stack>
      <Title order={1} size="h2">
        404
      </Title>
      <Text>{intl.formatMessage({ id: 'errors.code.NOT_FOUND' })}</Text>
      <Anchor component={Link} to="/">
        {intl.formatMessage({ id: 'nav.home' })}
      </Anchor>
    </Stack>
  );
}
