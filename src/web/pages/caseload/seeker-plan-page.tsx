import { Badge, Group, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useSeekerPlan } from '../../api/team';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';
import { BackToCaseload } from './seeker-page';

const STATUS_COLORS: Record<string, string> = { done: 'teal', skipped: 'gray', open: 'blue' };

/** The plan after one rejection, as the seeker's coach sees it: each step, its date and reason. */
export default function SeekerPlanPage() {
  const { workspaceId = '', id = '' } = useParams();
  const plan = useSeekerPlan(workspaceId, id);
  return (
    <QueryState query={plan} what="the plan">
      {({ application, steps, rejection }) => (
        <Stack maw={900}>
          <PageHeader
            title={`${application.company} — ${application.role}`}
            above={<BackToCaseload />}
            description={
              rejection
                ? `Rejected on ${formatDay(rejection.rejectedOn)}. The plan, step by step.`
                : 'The plan, step by step.'
            }
          />
          <SectionCard title="The plan">
            <Stack gap="sm" component="ol" style={{ paddingLeft: 20, margin: 0 }}>
              {steps.map((step) => (
                <li key={step.id}>
                  <Group gap="xs">
                    <Text fw={500} size="sm">
                      {step.title}
                    </Text>
                    <Badge size="sm" variant="light" color={STATUS_COLORS[step.status] ?? 'gray'}>
                      {step.status}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {formatDay(step.dueOn)}
                    </Text>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {step.reason}
                  </Text>
                </li>
              ))}
            </Stack>
          </SectionCard>
        </Stack>
      )}
    </QueryState>
  );
}
