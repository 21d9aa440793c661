import { ActionIcon, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDots, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage } from '../api/api-error';
import { useReplan, type PlanStep } from '../api/recovery';
import { useTaskAction } from '../api/tasks';
import { dueWords, formatDay } from '../lib/dates';
import { MESSAGE_KIND_FOR_STEP } from '../../core/step-messages';
import { useStartMessage } from '../pages/composer/use-start-message';
import { SnoozeMenu } from './snooze-menu';
import classes from './plan-steps.module.css';

const STATUS = {
  open: { label: 'To do', color: 'gray' },
  done: { label: 'Done', color: 'teal' },
  skipped: { label: 'Skipped', color: 'gray' },
} as const;

function StepRow({ step, today }: { step: PlanStep; today: string }) {
  const task = useTaskAction();
  const start = useStartMessage();
  const messageKind = MESSAGE_KIND_FOR_STEP[step.kind];
  const open = step.status === 'open';
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', title: step.title, message: errorMessage(error) });
  const act = (action: 'done' | 'skip' | 'reopen') =>
    task.mutate({ action, id: step.id }, { onError });
  return (
    <li className={classes.step} data-step={step.kind} data-status={step.status}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" td={step.status === 'skipped' ? 'line-through' : undefined}>
            {step.title}
          </Text>
          <Text size="xs" c="dimmed" data-step-date>
            {open
              ? formatDay(step.dueOn)
              : step.doneAt
                ? `${STATUS[step.status].label} ${formatDay(step.doneAt)}`
                : ''}
          </Text>
        </Stack>
        {open ? (
          <Badge
            variant="light"
            color={step.section === 'overdue' ? 'orange' : 'gray'}
            style={{ flexShrink: 0 }}
          >
            {dueWords(step.dueOn, today)}
          </Badge>
        ) : (
          <Badge variant="light" color={STATUS[step.status].color} style={{ flexShrink: 0 }}>
            {STATUS[step.status].label}
          </Badge>
        )}
      </Group>
      <Text size="sm" mt={4}>
        {step.reason}
      </Text>
      {step.feedback && (
        <Text size="sm" c="dimmed" mt={4}>
          {step.feedback.note}
        </Text>
      )}
      <Group gap="xs" mt="xs">
        {open && messageKind && (
          <Button
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden />}
            loading={start.isPending}
            onClick={() =>
              start.mutate(
                {
                  kind: messageKind,
                  applicationId: step.applicationId,
                  contactId: step.contactId,
                  taskId: step.id,
                },
                { onError },
              )
            }
          >
            Write
          </Button>
        )}
        {open && step.kind === 'reflect' && step.applicationId && (
          <Button
            size="xs"
            component={Link}
            to={`/applications/${step.applicationId}/rejection?step=reflect`}
          >
            Reflect
          </Button>
        )}
        {open && (
          <>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCheck size={14} aria-hidden />}
              onClick={() => act('done')}
              aria-label={`Done: ${step.title}`}
            >
              Done
            </Button>
            <SnoozeMenu
              what={step.title}
              onSnooze={(until) =>
                task.mutate({ action: 'snooze', id: step.id, until }, { onError })
              }
            />
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="subtle" size="md" aria-label={`More for ${step.title}`}>
                  <IconDots size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => act('skip')}>Skip this step</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        )}
        {!open && (
          <Button size="xs" variant="subtle" onClick={() => act('reopen')} loading={task.isPending}>
            Reopen
          </Button>
        )}
        {step.messageId && (
          <Button size="xs" variant="subtle" component={Link} to={`/messages/${step.messageId}`}>
            See the message
          </Button>
        )}
      </Group>
    </li>
  );
}

function NoSteps({ applicationId }: { applicationId: string }) {
  const replan = useReplan(applicationId);
  return (
    <Group gap="xs">
      <Text size="sm" c="dimmed">
        There are no steps yet.
      </Text>
      <Button size="xs" variant="light" onClick={() => replan.mutate()} loading={replan.isPending}>
        Plan the next steps
      </Button>
      {replan.isError && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(replan.error)}
        </Text>
      )}
    </Group>
  );
}

/**
 * A recovery plan's steps, each with the reason for its date and what can be done about it; with
 * no steps, a way to plan them.
 */
export function PlanSteps({
  applicationId,
  steps,
  today,
}: {
  applicationId: string;
  steps: readonly PlanStep[];
  /** The user's today, from the plan: when each step is due is said from it. */
  today: string;
}) {
  if (steps.length === 0) return <NoSteps applicationId={applicationId} />;
  return (
    <ol className={classes.steps} data-plan>
      {steps.map((step) => (
        <StepRow key={step.id} step={step} today={today} />
      ))}
    </ol>
  );
}
