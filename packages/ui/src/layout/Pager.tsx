import { Button, Group, Text } from '@mantine/core';
import { useIntl } from 'react-intl';

/** Previous / next over an offset-paged list, with "21–40 of 97". */
export function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange(offset: number): void;
}) {
  const intl = useIntl();
  if (total === 0) return null;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        {intl.formatMessage(
          { id: 'common.pageSummary' },
          { from: offset + 1, to: Math.min(offset + limit, total), total },
        )}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          {intl.formatMessage({ id: 'common.previousPage' })}
        </Button>
        <Button variant="default" size="xs" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
          {intl.formatMessage({ id: 'common.nextPage' })}
        </Button>
      </Group>
    </Group>
  );
}
