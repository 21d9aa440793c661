import { Button, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { ApiError } from '../../api/api-error';
import { useUpdateSettings, type Settings, type SettingsPatch } from '../../api/settings';
import { SectionCard } from '../../components/section-card';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function zoneOptions(current: string) {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

/**
 * Where the user lives, when reminders fall, their LinkedIn plan and the name they sign with;
 * each saved on change.
 */
export function GeneralSection({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const [field, setField] = useState<keyof SettingsPatch | null>(null);
  const zones = useMemo(() => zoneOptions(settings.timeZone), [settings.timeZone]);
  const save = (patch: SettingsPatch) => {
    setField(Object.keys(patch)[0] as keyof SettingsPatch);
    update.mutate(patch);
  };
  const errorFor = (name: keyof SettingsPatch) =>
    update.isError && field === name
      ? update.error instanceof ApiError
        ? update.error.fieldMessage
        : errorMessage(update.error)
      : undefined;
  return (
    <SectionCard title="Time and LinkedIn" id="general">
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Time zone"
            description="Due dates, Today and the calendar feed follow it."
            data={zones}
            value={settings.timeZone}
            onChange={(value) => value && save({ timeZone: value })}
            searchable
            allowDeselect={false}
            maxDropdownHeight={280}
            w={{ base: '100%', xs: 320 }}
            error={errorFor('timeZone')}
          />
          {settings.timeZone !== browserZone && (
            <Button variant="subtle" onClick={() => save({ timeZone: browserZone })}>
              Use this browser’s ({browserZone})
            </Button>
          )}
        </Group>
        <TextInput
          type="time"
          label="Reminder time"
          description="When in the day steps fall due and calendar entries start."
          defaultValue={settings.reminderTime}
          onBlur={(event) => {
            const value = event.currentTarget.value;
            if (value !== '' && value !== settings.reminderTime) save({ reminderTime: value });
          }}
          w={200}
          error={errorFor('reminderTime')}
        />
        <TextInput
          label="Your name"
          description="Starting drafts end with it. Leave it empty to sign them yourself."
          defaultValue={settings.userName ?? ''}
          onBlur={(event) => {
            const value = event.currentTarget.value.trim();
            if (value !== (settings.userName ?? ''))
              save({ userName: value === '' ? null : value });
          }}
          w={{ base: '100%', xs: 320 }}
          attributes={{ input: { dir: 'auto' } }}
          autoComplete="name"
          error={errorFor('userName')}
        />
        <Radio.Group
          label="Your LinkedIn plan"
          description="A connection note may have 200 characters on a free plan and 300 on a paid one; the composer counts against yours."
          value={settings.linkedinPlan}
          onChange={(value) => save({ linkedinPlan: value as 'free' | 'paid' })}
          error={errorFor('linkedinPlan')}
        >
          <Group mt="xs">
            <Radio value="free" label="Free (200 characters)" />
            <Radio value="paid" label="Paid (300 characters)" />
          </Group>
        </Radio.Group>
        <Text size="xs" c="dimmed" aria-live="polite">
          {update.isPending
            ? 'Saving…'
            : update.isSuccess
              ? `Saved.${update.data.rescheduledTasks > 0 ? ` ${update.data.rescheduledTasks} open steps moved to match.` : ''}`
              : ''}
        </Text>
      </Stack>
    </SectionCard>
  );
}
