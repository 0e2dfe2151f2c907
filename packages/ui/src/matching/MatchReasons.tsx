import { Group, Progress, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { type MatchExplanation, matchReasons } from './match-reasons';

/** A match's reasons, one line each with how much of the factor's points it earned. */
export function MatchReasons({ explanation }: { explanation: MatchExplanation }) {
  const intl = useIntl();
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {matchReasons(explanation, intl).map((reason) => (
        <Group key={reason.factor} component="li" gap="sm" wrap="nowrap">
          <Progress
            value={(reason.points / reason.maxPoints) * 100}
            w={64}
            aria-label={intl.formatMessage(
              { id: 'match.points' },
              { points: Math.round(reason.points), max: reason.maxPoints },
            )}
          />
          <Text size="sm">{reason.text}</Text>
        </Group>
      ))}
    </Stack>
  );
}
