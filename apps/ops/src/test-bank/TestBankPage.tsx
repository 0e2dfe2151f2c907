import { ErrorState, SkillName, useViewer } from '@delegate/ui';
import { Anchor, Badge, Button, Group, Loader, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSkillTests } from './use-test-bank';

/** The skills test bank: one or more timed tests per skill; retired versions stay for the attempts that used them. */
export function TestBankPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const [includeRetired, setIncludeRetired] = useState(false);
  const { data, loading, error, refetch } = useSkillTests(includeRetired);
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {intl.formatMessage({ id: 'testBank.title' })}
        </Title>
        <Button component={Link} to="/tests/new">
          {intl.formatMessage({ id: 'testBank.new' })}
        </Button>
      </Group>
      <Text c="dimmed">{intl.formatMessage({ id: 'testBank.body' })}</Text>
      <Switch
        label={intl.formatMessage({ id: 'testBank.showRetired' })}
        checked={includeRetired}
        onChange={(event) => setIncludeRetired(event.currentTarget.checked)}
      />
      {loading && !data && <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.skillTests.length === 0 && <Text c="dimmed">{intl.formatMessage({ id: 'testBank.empty' })}</Text>}
      {data && data.skillTests.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'testBank.skill' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'testBank.testTitle' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'testBank.questions' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'testBank.timeLimit' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'testBank.passPercent' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'testBank.created' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.skillTests.map((test) => (
                <Table.Tr key={test.id}>
                  <Table.Td>
                    <SkillName skill={test.skill} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/tests/${test.id}`}>
                      {test.title}
                    </Anchor>{' '}
                    {!test.active && (
                      <Badge size="xs" color="gray">
                        {intl.formatMessage({ id: 'testBank.retired' })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{test.questionCount}</Table.Td>
                  <Table.Td>
                    {intl.formatNumber(test.timeLimitMinutes, { style: 'unit', unit: 'minute', unitDisplay: 'short' })}
                  </Table.Td>
                  <Table.Td>{intl.formatNumber(test.passPercent / 100, { style: 'percent' })}</Table.Td>
                  <Table.Td>
                    {intl.formatDate(test.createdAt, { dateStyle: 'medium', timeZone: viewer?.timeZone })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
