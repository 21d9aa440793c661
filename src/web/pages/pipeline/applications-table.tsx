import { Anchor, NativeSelect, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import { STAGE_LABELS, STAGES, type Stage } from '../../../core/stages';
import type { Application } from '../../api/applications';
import { count } from '../../../core/words';
import { formatDay, formatRelativeDay } from '../../lib/dates';
import { useNow } from '../../lib/use-now';
import type { SortDirection, SortKey } from './filter-applications';
import classes from './table.module.css';

const ROW = 48;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'company', label: 'Company' },
  { key: 'role', label: 'Role' },
  { key: 'stage', label: 'Stage' },
  { key: 'inStage', label: 'In stage since' },
  { key: 'updated', label: 'Updated' },
];

interface ApplicationsTableProps {
  applications: readonly Application[];
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
  onMove: (application: Application, stage: Stage) => void;
}

function SortHeader({
  column,
  sort,
  direction,
  onSort,
}: {
  column: (typeof COLUMNS)[number];
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
}) {
  const sorted = column.key === sort;
  const Icon = !sorted ? IconArrowsSort : direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <th
      scope="col"
      aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={classes.th}
    >
      <UnstyledButton onClick={() => onSort(column.key)} className={classes.sortButton}>
        {column.label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </th>
  );
}

/** The pipeline as a sortable table; only the rows in view are in the page. */
export function ApplicationsTable({
  applications,
  sort,
  direction,
  onSort,
  onMove,
}: ApplicationsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow();
  const virtualizer = useVirtualizer({
    count: applications.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 8,
    getItemKey: (index) => applications[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div ref={scrollRef} className={classes.scroll} data-table-scroll>
      <table className={classes.table} aria-rowcount={applications.length + 1}>
        <caption className={classes.caption}>
          {count(applications.length, 'application')}, sorted by{' '}
          {COLUMNS.find((c) => c.key === sort)?.label.toLowerCase()}
        </caption>
        <thead className={classes.thead}>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader
                key={column.key}
                column={column}
                sort={sort}
                direction={direction}
                onSort={onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden style={{ height: top }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          )}
          {items.map((item) => {
            const a = applications[item.index];
            if (!a) return null;
            return (
              <tr key={item.key} style={{ height: ROW }} aria-rowindex={item.index + 2}>
                <td className={classes.td}>
                  <Anchor component={Link} to={`/applications/${a.id}`} fw={600} size="sm">
                    {a.company}
                  </Anchor>
                  {a.sample && (
                    <Text component="span" size="xs" c="dimmed" fw={600} ml={6}>
                      Sample
                    </Text>
                  )}
                </td>
                <td className={classes.td}>
                  <Text size="sm" truncate="end">
                    {a.role}
                  </Text>
                </td>
                <td className={classes.td}>
                  <NativeSelect
                    size="xs"
                    value={a.stage}
                    onChange={(event) => onMove(a, event.currentTarget.value as Stage)}
                    aria-label={`Stage of ${a.company}, ${a.role}`}
                    data={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
                  />
                </td>
                <td className={classes.td}>
                  <Text size="sm" c="dimmed">
                    {formatRelativeDay(a.stageChangedAt, now)}
                  </Text>
                </td>
                <td className={classes.td}>
                  <Text size="sm" c="dimmed">
                    {formatDay(a.updatedAt)}
                  </Text>
                </td>
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden style={{ height: bottom }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
