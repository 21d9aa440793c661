import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import type { RecoveryPlan } from '../../api/recovery';
import { PlanSteps } from '../../components/plan-steps';
import { MESSAGE_KIND_FOR_STEP } from '../../../core/task';
import { useStartMessage } from '../composer/use-start-message';

/** The plan Rebound made, and the way straight into the first message. */
export function PlanStep({ plan }: { plan: RecoveryPlan }) {
  const start = useStartMessage();
  const open = plan.steps.filter((s) => s.status === 'open');
  const first = open.find((s) => MESSAGE_KIND_FOR_STEP[s.kind] !== undefined);
  const firstKind = first ? MESSAGE_KIND_FOR_STEP[first.kind] : undefined;
  return (
    <Stack gap="md">
      <Text>
        Here is the plan. Each step has a day and the reason for it; they will show up on Today when
        they are due.{' '}
        {plan.people[0] ? `${plan.people[0].name} is the first person to write to.` : ''}
      </Text>
      {first && firstKind && (
        <Alert color="teal" variant="light" title={`First: ${first.title}`}>
          <Text size="sm" mb="sm">
            {first.reason}
          </Text>
          <Group gap="xs">
            <Button
              leftSection={<IconPencil size={16} aria-hidden />}
              loading={start.isPending}
              onClick={() =>
                start.mutate({
                  kind: firstKind,
                  applicationId: first.applicationId,
                  contactId: first.contactId,
                  taskId: first.id,
                })
              }
            >
              Write it now
            </Button>
            <Button component={Link} to="/" variant="default">
              Later, from Today
            </Button>
          </Group>
          {start.isError && (
            <Text size="sm" c="red" role="alert" mt="xs">
              {errorMessage(start.error)}
            </Text>
          )}
        </Alert>
      )}
      <PlanSteps applicationId={plan.application.id} steps={plan.steps} />
      <Group>
        <Button component={Link} to={`/applications/${plan.application.id}`} variant="subtle">
          Back to {plan.application.company}
        </Button>
      </Group>
    </Stack>
  );
}
