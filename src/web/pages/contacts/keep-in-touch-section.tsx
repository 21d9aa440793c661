import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { count } from '../../../core/words';
import { errorMessage } from '../../api/api-error';
import { useContactKeepInTouch, useSetCadence, useSnoozeKeepInTouch } from '../../api/agenda';
import { DetailItem } from '../../components/detail-item';
import { SectionCard } from '../../components/section-card';
import { SnoozeMenu } from '../../components/snooze-menu';
import { formatDay } from '../../lib/dates';
import { STATE_LABELS } from '../../lib/keep-in-touch';

type Choice = 'default' | 'off' | 'custom';

/** How often to be in touch with this person, why, and when next. */
export function KeepInTouchSection({ contactId, name }: { contactId: string; name: string }) {
  const state = useContactKeepInTouch(contactId);
  const setCadence = useSetCadence(contactId);
  const snooze = useSnoozeKeepInTouch();
  const [custom, setCustom] = useState<number | string>('');
  const status = state.data?.status;
  const contact = state.data?.contact;
  const nextStep = state.data?.nextStep ?? null;
  const choice: Choice =
    contact?.keepInTouchDays === 0
      ? 'off'
      : status?.cadenceIsDefault === false
        ? 'custom'
        : 'default';
  const error = setCadence.error ?? snooze.error;
  return (
    <SectionCard title="Keeping in touch" id="keep-in-touch">
      {status ? (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge variant="dot" color={STATE_LABELS[status.state].color}>
              {STATE_LABELS[status.state].label}
            </Badge>
            {status.cadenceDays > 0 && (
              <Text size="xs" c="dimmed">
                Every {count(status.cadenceDays, 'day')}
              </Text>
            )}
          </Group>
          <Stack gap={6} component="dl" m={0} data-next-check-in>
            {nextStep && (
              <DetailItem label="Next in the plan">
                {nextStep.applicationId ? (
                  <Anchor component={Link} to={`/applications/${nextStep.applicationId}`} size="sm">
                    {nextStep.title}
                  </Anchor>
                ) : (
                  nextStep.title
                )}
                , {formatDay(nextStep.dueOn)}
              </DetailItem>
            )}
            {status.dueOn && (
              <DetailItem label={nextStep ? 'Then, keeping in touch' : 'Next check-in'}>
                {formatDay(status.dueOn)}
              </DetailItem>
            )}
          </Stack>
          <Text size="sm">{status.reason}</Text>
          <NativeSelect
            label="How often"
            value={choice}
            onChange={(event) => {
              const value = event.currentTarget.value as Choice;
              if (value === 'default' || value === 'off') setCadence.mutate(value);
              else setCustom(status.cadenceDays || 30);
            }}
            data={[
              { value: 'default', label: 'As usual for this kind of contact' },
              { value: 'custom', label: 'Every … days' },
              { value: 'off', label: 'Not at all' },
            ]}
          />
          {(choice === 'custom' || custom !== '') && choice !== 'off' && (
            <Group align="flex-end" gap="xs">
              <NumberInput
                label="Days between touches"
                min={1}
                value={custom === '' ? status.cadenceDays : custom}
                onChange={setCustom}
                w={160}
              />
              <Button
                variant="default"
                onClick={() =>
                  setCadence.mutate(Number(custom === '' ? status.cadenceDays : custom))
                }
                loading={setCadence.isPending}
              >
                Save
              </Button>
            </Group>
          )}
          {status.state !== 'off' && status.state !== 'not_started' && (
            <SnoozeMenu
              what={`keeping in touch with ${name}`}
              onSnooze={(until) => snooze.mutate({ contactId, until })}
              loading={snooze.isPending}
            />
          )}
          {error && (
            <Text size="sm" c="red" role="alert">
              {errorMessage(error)}
            </Text>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {state.isError ? errorMessage(state.error) : 'Loading…'}
        </Text>
      )}
    </SectionCard>
  );
}
