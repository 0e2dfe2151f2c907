import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useApp } from '../app-context';
import type { MessageId } from '../i18n/I18nProvider';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';

/** The signed-out frame: product name, language switcher, and one card. */
export function AuthFrame({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const intl = useIntl();
  const app = useApp();
  return (
    <Container size={460} py="xl">
      <Group justify="space-between" mb="lg">
        <Text fw={700} c="indigo.7">
          {intl.formatMessage({ id: `app.${app.name}.name` as MessageId })}
        </Text>
        <LanguageSwitcher />
      </Group>
      <main id="main">
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="sm" mt={4}>
                  {subtitle}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </main>
    </Container>
  );
}
