import { Group, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

export interface Column<Row> {
  label: string;
  value: (row: Row) => ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

interface ChartFigureProps<Row> {
  title: string;
  /** What the chart shows, in a sentence: read by screen readers and shown under the title. */
  description: string;
  chart: ReactNode;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
}

/**
 * A chart with its numbers: a titled figure whose chart can be switched for a table of the same
 * figures, so nothing is told by colour or shape alone and every number can be read exactly.
 */
export function ChartFigure<Row>(props: ChartFigureProps<Row>) {
  const { title, description, chart, rows, columns, rowKey } = props;
  const id = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Stack
      component="figure"
      m={0}
      gap="xs"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} component="figcaption" style={{ flex: 1, minWidth: 200 }}>
          <Title order={3} size="h5" id={`${id}-title`}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" id={`${id}-desc`}>
            {description}
          </Text>
        </Stack>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(value) => setView(value as 'chart' | 'table')}
          data={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
          aria-label={`Show ${title.toLowerCase()} as`}
        />
      </Group>
      {view === 'chart' ? (
        <div data-chart>
          {chart}
          <VisuallyHidden>Switch to the table for every number in this chart.</VisuallyHidden>
        </div>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table striped withTableBorder data-chart-table>
            <VisuallyHidden component="caption">{title}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.label} ta={c.numeric ? 'right' : 'left'} scope="col">
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={rowKey(row)}>
                  {columns.map((c, i) =>
                    i === 0 ? (
                      <Table.Th key={c.label} scope="row" fw={500}>
                        {c.value(row)}
                      </Table.Th>
                    ) : (
                      <Table.Td key={c.label} ta={c.numeric ? 'right' : 'left'}>
                        {c.value(row)}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** A share as a whole percentage, or a dash when there is nothing to divide. */
export function percent(share: number | null | undefined): string {
  return share == null ? '—' : `${Math.round(share * 100)}%`;
}

/** Colours for chart series, from the theme, readable in light and dark. */
export const SERIES = {
  primary: 'var(--mantine-color-lagoon-7)',
  second: 'var(--mantine-color-violet-5)',
  third: 'var(--mantine-color-orange-6)',
  grid: 'var(--mantine-color-default-border)',
  text: 'var(--mantine-color-text)',
} as const;
