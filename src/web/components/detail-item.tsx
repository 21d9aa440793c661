import { Text } from '@mantine/core';

/** One labelled value in a details list (`<dl>`): the label small and dim, the value below it. */
export function DetailItem({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
