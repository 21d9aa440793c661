import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Shown above the title, e.g. a link back. */
  above?: ReactNode;
  /** Shown beside the title, e.g. a "Sample" badge. */
  marks?: ReactNode;
}

/** A page's heading, which also names the browser tab. */
export function PageHeader({ title, description, actions, above, marks }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · Rebound`;
  }, [title]);
  return (
    <Stack gap={4} mb="lg">
      {above}
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" align="center" wrap="nowrap">
            <Title order={1} size="h2">
              {title}
            </Title>
            {marks}
          </Group>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}
