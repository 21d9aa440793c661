import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { count, outOf } from '../../../core/words';
import { useCaseload, type CaseloadEntry } from '../../api/team';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';
import { DigestSection } from '../settings/digest-section';

/** "3 of 4", or a dash when nothing came due. */
function followThroughWords({ done, due }: CaseloadEntry['followThrough']): string {
  return due === 0 ? '—' : `${outOf(done, due)} done`;
}

/** The whole caseload in one line: what needs a coach's eye this morning. */
function Summary({ items }: { items: CaseloadEntry[] }) {
  const rejections = items.reduce((sum, e) => sum + e.rejectionsThisWeek, 0);
  const overdue = items.reduce((sum, e) => sum + e.overdueSteps, 0);
  const quiet = items.filter((e) => e.goneQuiet).length;
  return (
    <Text size="sm" data-testid="caseload-summary">
      {count(items.length, 'job seeker')} · {count(rejections, 'rejection')} this week ·{' '}
      {count(overdue, 'overdue step')} · {quiet} gone quiet
    </Text>
  );
}

/** A coach's caseload: each seeker with this week's news, overdue steps and follow-through. */
export default function CaseloadPage() {
  const caseload = useCaseload();
  return (
    <Stack maw={1000}>
      <PageHeader
        title="Caseload"
        description="The job seekers assigned to you. Open one to read what they share with you and leave a note."
      />
      <QueryState query={caseload} what="your caseload">
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed">Nobody is assigned to you yet; an admin assigns job seekers.</Text>
          ) : (
            <SectionCard title="Your job seekers">
              <Stack gap="sm">
                <Summary items={items} />
                <CaseloadTable items={items} />
              </Stack>
            </SectionCard>
          )
        }
      </QueryState>
      <DigestSection usual="09:00 (the usual time)" zone="In the server’s time zone." />
    </Stack>
  );
}

function CaseloadTable({ items }: { items: CaseloadEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Job seeker</Table.Th>
            <Table.Th>Rejections this week</Table.Th>
            <Table.Th>Overdue steps</Table.Th>
            <Table.Th>Last activity</Table.Th>
            <Table.Th>Follow-through (30 days)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={entry.seeker.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/caseload/${entry.seeker.workspaceId ?? ''}`}>
                    {entry.seeker.name}
                  </Anchor>
                  {entry.goneQuiet && (
                    <Badge color="orange" variant="light" size="sm">
                      Gone quiet
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{entry.rejectionsThisWeek}</Table.Td>
              <Table.Td>{entry.overdueSteps}</Table.Td>
              <Table.Td>
                {entry.lastActivityAt === null ? 'Nothing yet' : formatDay(entry.lastActivityAt)}
              </Table.Td>
              <Table.Td>{followThroughWords(entry.followThrough)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
