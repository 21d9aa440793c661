import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { STAGE_LABELS } from '../../../core/stages';
import {
  useCaseload,
  useSeekerAgenda,
  useSeekerApplications,
  type CaseloadEntry,
} from '../../api/team';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';
import { NotesSection } from './notes-section';

export function BackToCaseload() {
  return (
    <Anchor component={Link} to="/caseload" size="sm">
      <IconArrowLeft size={14} aria-hidden /> Caseload
    </Anchor>
  );
}

/**
 * One seeker as their coach sees them: Today, the applications and the plans after a "no" —
 * what the seeker shares — and the notes left for them. Every read is in the seeker's access log.
 */
export default function SeekerPage() {
  const { workspaceId = '' } = useParams();
  const caseload = useCaseload();
  return (
    <QueryState query={caseload} what="your caseload">
      {({ items }) => {
        const entry = items.find((e) => e.seeker.workspaceId === workspaceId);
        if (!entry) {
          return (
            <Stack maw={560}>
              <PageHeader title="Not in your caseload" above={<BackToCaseload />} />
              <Text>This job seeker is not assigned to you.</Text>
            </Stack>
          );
        }
        return <SeekerView entry={entry} workspaceId={workspaceId} />;
      }}
    </QueryState>
  );
}

function SeekerView({ entry, workspaceId }: { entry: CaseloadEntry; workspaceId: string }) {
  return (
    <Stack maw={1000} gap="lg">
      <PageHeader
        title={entry.seeker.name}
        above={<BackToCaseload />}
        description="What they share with you: applications, the plan after a rejection and Today. Their reflections, feelings and messages stay private, and they see each time you look."
      />
      <TodaySection workspaceId={workspaceId} />
      <ApplicationsSection workspaceId={workspaceId} />
      <NotesSection workspaceId={workspaceId} seekerName={entry.seeker.name} />
    </Stack>
  );
}

function TodaySection({ workspaceId }: { workspaceId: string }) {
  const agenda = useSeekerAgenda(workspaceId);
  return (
    <SectionCard title="Today">
      <QueryState query={agenda} what="their Today">
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed" size="sm">
              Nothing due this week.
            </Text>
          ) : (
            <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((item) => (
                <Text component="li" size="sm" key={item.id}>
                  {item.section === 'overdue' && (
                    <Badge color="red" variant="light" size="sm" mr={6}>
                      Overdue
                    </Badge>
                  )}
                  <strong>{item.title}</strong> — {item.when}
                </Text>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}

function ApplicationsSection({ workspaceId }: { workspaceId: string }) {
  const applications = useSeekerApplications(workspaceId);
  return (
    <SectionCard title="Applications">
      <QueryState query={applications} what="their applications">
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed" size="sm">
              No applications yet.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Company</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Stage</Table.Th>
                    <Table.Th>Last change</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((app) => (
                    <Table.Tr key={app.id}>
                      <Table.Td>
                        {app.stage === 'rejected' ? (
                          <Anchor
                            component={Link}
                            to={`/caseload/${workspaceId}/applications/${app.id}`}
                          >
                            {app.company}
                          </Anchor>
                        ) : (
                          app.company
                        )}
                      </Table.Td>
                      <Table.Td>{app.role}</Table.Td>
                      <Table.Td>{STAGE_LABELS[app.stage]}</Table.Td>
                      <Table.Td>{formatDay(app.updatedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
