import { Avatar, Group, Text, UnstyledButton, type UnstyledButtonProps, VisuallyHidden } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';

/** The header's account button, named by the name it shows (WCAG 2.5.3), also on phones, where only the initials fit. */
export function AccountButton({
  viewer,
  ...button
}: { viewer: { displayName: string } } & UnstyledButtonProps & ComponentPropsWithRef<'button'>) {
  return (
    <UnstyledButton {...button}>
      <Group gap="xs" wrap="nowrap">
        <Avatar name={viewer.displayName} color="initials" size="sm" aria-hidden />
        <Text size="sm" visibleFrom="sm" data-testid="viewer-name">
          {viewer.displayName}
        </Text>
        <VisuallyHidden hiddenFrom="sm">{viewer.displayName}</VisuallyHidden>
      </Group>
    </UnstyledButton>
  );
}
