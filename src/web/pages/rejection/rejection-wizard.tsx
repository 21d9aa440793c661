import { Anchor, Paper, Stepper } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApplicationDetail, type ApplicationDetail } from '../../api/applications';
import { useRecoveryPlan, type RecoveryPlan } from '../../api/recovery';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { PlanStep } from './plan-step';
import { loggedQuestions } from './reflection-questions';
import { ReflectionStep } from './reflection-step';
import { WhatHappenedStep } from './what-happened-step';
import classes from './wizard.module.css';

type Step = 'record' | 'reflect' | 'plan';
const ORDER: Step[] = ['record', 'reflect', 'plan'];

function Wizard({ detail, initial }: { detail: ApplicationDetail; initial: Step }) {
  const [step, setStep] = useState<Step>(initial);
  const recorded = detail.rejection !== null;
  const plan = useRecoveryPlan(detail.application.id, recorded);
  const onRecorded = (_plan: RecoveryPlan) => setStep('reflect');
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} maw={760}>
      <Stepper
        active={ORDER.indexOf(step)}
        onStepClick={(index) => {
          const target = ORDER[index];
          if (target && (recorded || target === 'record')) setStep(target);
        }}
        allowNextStepsSelect={recorded}
        size="sm"
        mb="xl"
        classNames={{ stepBody: classes.stepBody }}
      >
        <Stepper.Step label="What happened" />
        <Stepper.Step label="Reflect" description="A few minutes" />
        <Stepper.Step label="The plan" />
      </Stepper>
      {step === 'record' && <WhatHappenedStep detail={detail} onRecorded={onRecorded} />}
      {step === 'reflect' && (
        <ReflectionStep
          applicationId={detail.application.id}
          reflection={plan.data?.rejection?.reflection ?? detail.rejection?.reflection ?? null}
          interviewQuestions={loggedQuestions(detail.interviews)}
          onFinished={() => setStep('plan')}
        />
      )}
      {step === 'plan' && (
        <QueryState query={plan} what="the plan">
          {(data) => <PlanStep plan={data} />}
        </QueryState>
      )}
    </Paper>
  );
}

/**
 * After a "no": record what happened, reflect (one question at a time, all skippable), see the
 * plan, and start the first message. Opening it again for a recorded rejection goes on from
 * the reflection.
 */
export default function RejectionWizard() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const detail = useApplicationDetail(id);
  return (
    <QueryState query={detail} what="this application">
      {(data) => (
        <>
          <PageHeader
            above={
              <Anchor component={Link} to={`/applications/${id}`} size="sm" w="fit-content">
                <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} />{' '}
                {data.application.company}
              </Anchor>
            }
            title={`${data.application.company} said no`}
            description={data.application.role}
          />
          <Wizard
            detail={data}
            initial={
              data.rejection === null
                ? 'record'
                : params.get('step') === 'plan'
                  ? 'plan'
                  : 'reflect'
            }
          />
        </>
      )}
    </QueryState>
  );
}
