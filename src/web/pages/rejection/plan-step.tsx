import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import type { RecoveryPlan } from '../../api/recovery';
import { PlanSteps } from '../../components/plan-steps';
import { formatDay } from '../../lib/dates';
import { MESSAGE_KIND_FOR_STEP } from '../../../core/task';
import { useStartMessage } from '../composer/use-start-message';

/** The way into the first message: now, or, while the user cools off, once it has settled. */
function FirstStep({ plan, step }: { plan: RecoveryPlan; step: RecoveryPlan['steps'][number] }) {
  const start = useStartMessage();
  const kind = MESSAGE_KIND_FOR_STEP[step.kind];
  if (!kind) return null;
  const write = () =>
    start.mutate({
      kind,
      applicationId: step.applicationId,
      contactId: step.contactId,
      taskId: step.id,
    });
  // The plan holds writing back a day when the news still stings; the buttons say the same.
  const waitUntil = plan.coolOffUntil;
  return (
    <Alert
      color="teal"
      variant="light"
      title={waitUntil ? `Once it has settled: ${step.title}` : `First: ${step.title}`}
      data-first-step
      data-cooling-off={waitUntil !== null || undefined}
    >
      <Text size="sm" mb="sm">
        {step.reason}
      </Text>
      <Group gap="xs">
        {waitUntil ? (
          <>
            <Button component={Link} to="/">
              Wait until {formatDay(waitUntil)}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              loading={start.isPending}
              onClick={write}
            >
              Draft it now, send it later
            </Button>
          </>
        ) : (
          <>
            <Button
              leftSection={<IconPencil size={16} aria-hidden />}
              loading={start.isPending}
              onClick={write}
            >
              Write it now
            </Button>
            <Button component={Link} to="/" variant="default">
              Later, from Today
            </Button>
          </>
        )}
      </Group>
      {start.isError && (
        <Text size="sm" c="red" role="alert" mt="xs">
          {errorMessage(start.error)}
        </Text>
      )}
    </Alert>
  );
}

/** The plan Rebound made, and the way straight into the first message. */
export function PlanStep({ plan }: { plan: RecoveryPlan }) {
  const open = plan.steps.filter((s) => s.status === 'open');
  const first = open.find((s) => MESSAGE_KIND_FOR_STEP[s.kind] !== undefined);
  return (
    <Stack gap="md">
      <Text>
        Here is the plan. Each step has a day and the reason for it; they will show up on Today when
        they are due.{' '}
        {plan.people[0] ? `${plan.people[0].name} is the first person to write to.` : ''}
      </Text>
      {first && <FirstStep plan={plan} step={first} />}
      <PlanSteps applicationId={plan.application.id} steps={plan.steps} today={plan.today} />
      <Group>
        <Button component={Link} to={`/applications/${plan.application.id}`} variant="subtle">
          Back to {plan.application.company}
        </Button>
      </Group>
    </Stack>
  );
}
