import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useIntl } from 'react-intl';
import type { ProfileFormValues } from './profile-form';

type ListPath = 'workHistory' | 'portfolioLinks' | 'references';

export interface ListField {
  key: string;
  label: string;
  type?: 'text' | 'month' | 'email' | 'url' | 'tel';
  required?: boolean;
}

/** A card of repeatable entries (past roles, links, references), each a row of inputs with a remove button. */
export function ListSection({
  form,
  path,
  title,
  hint,
  fields,
  blank,
  itemLabel,
  max,
}: {
  form: UseFormReturnType<ProfileFormValues>;
  path: ListPath;
  title: string;
  hint?: string;
  fields: ListField[];
  blank: ProfileFormValues[ListPath][number];
  itemLabel: (index: number) => string;
  max: number;
}) {
  const intl = useIntl();
  const items = form.values[path];
  return (
    <Card withBorder>
      <Stack>
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {items.map((_item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; position is the identity
          <Stack key={index} gap="xs" role="group" aria-label={itemLabel(index)}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {fields.map((field) => (
                <TextInput
                  key={field.key}
                  type={field.type ?? 'text'}
                  label={field.label}
                  required={field.required}
                  {...form.getInputProps(`${path}.${index}.${field.key}`)}
                />
              ))}
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem(path, index)}>
                {intl.formatMessage({ id: 'profile.removeEntry' }, { entry: itemLabel(index) })}
              </Button>
            </Group>
          </Stack>
        ))}
        {items.length < max && (
          <Group>
            <Button variant="light" onClick={() => form.insertListItem(path, { ...blank })}>
              {intl.formatMessage({ id: 'profile.addEntry' }, { entry: title })}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Whether a row still misses a required value: such a draft waits instead of saving half an entry. */
export function hasIncompleteRow(values: ProfileFormValues, sections: Record<ListPath, ListField[]>): boolean {
  return (Object.keys(sections) as ListPath[]).some((path) =>
    (values[path] as Array<Record<string, unknown>>).some((item) =>
      sections[path].some((field) => field.required && !String(item[field.key] ?? '').trim()),
    ),
  );
}
