import { Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';

/** The app's name, linking home. */
export function BrandMark() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="Rebound, go to Today">
      <Group gap={8} wrap="nowrap">
        <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden focusable="false">
          <rect width="32" height="32" rx="8" fill="var(--mantine-primary-color-filled)" />
          <path
            d="M9 22c0-7 4-12 11-12l-3-3m3 3-3 3"
            fill="none"
            stroke="#fff"
            strokeWidth="2.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <Text fw={700} size="lg">
          Rebound
        </Text>
      </Group>
    </UnstyledButton>
  );
}
