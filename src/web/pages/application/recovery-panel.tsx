import { Anchor, Divider, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { STAGE_LABELS } from '../../../core/stages';
import type { ApplicationDetail } from '../../api/applications';
import { useRecoveryPlan } from '../../api/recovery';
import { PlanSteps } from '../../components/plan-steps';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';
import { REJECTION_CHANNEL_LABELS } from '../../lib/labels';
import { FeedbackSection } from './feedback-form';
import { ReflectionSummary } from './reflection-summary';
import { ShareWithCoach } from '../../components/share-with-coach';

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** After a "no": what happened, the reflection, the dated plan and any feedback received. */
export function RecoveryPanel({ detail }: { detail: ApplicationDetail }) {
  const rejection = detail.rejection;
  const plan = useRecoveryPlan(detail.application.id, rejection !== null);
  if (!rejection) return null;
  const who = detail.contacts.find((c) => c.id === rejection.contactId)?.name;
  return (
    <SectionCard title="Recovery" id="recovery">
      <Stack gap="md">
        <Text size="sm">
          Rejected {formatDay(rejection.rejectedOn)} after the{' '}
          {STAGE_LABELS[rejection.stageReached].toLowerCase()} stage —{' '}
          {REJECTION_CHANNEL_LABELS[rejection.channel].toLowerCase()}
          {who ? `, from ${who}` : ''}.{rejection.reason ? ` They said: “${rejection.reason}”` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          Still stings?{' '}
          <Anchor
            component={Link}
            to={`/letters?application=${detail.application.id}`}
            underline="always"
          >
            Write the letter you won’t send
          </Anchor>{' '}
          — private, for you alone.
        </Text>
        <Divider />
        <Part title="Reflection">
          <ReflectionSummary
            applicationId={detail.application.id}
            reflection={rejection.reflection}
          />
          <ShareWithCoach kind="reflection" id={rejection.id} />
        </Part>
        <Divider />
        <Part title="Plan">
          <QueryState query={plan} what="the plan">
            {(data) => (
              <PlanSteps
                applicationId={detail.application.id}
                steps={data.steps}
                today={data.today}
              />
            )}
          </QueryState>
        </Part>
        <Divider />
        <Part title="Feedback received">
          <FeedbackSection
            applicationId={detail.application.id}
            feedback={rejection.feedback}
            receivedOn={rejection.feedbackReceivedOn}
          />
        </Part>
      </Stack>
    </SectionCard>
  );
}
