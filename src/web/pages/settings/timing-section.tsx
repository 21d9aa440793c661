import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Relationship } from '../../../core/enums';
import { useUpdateSettings, type Settings } from '../../api/settings';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';
import { showApiError } from '../../lib/form-errors';
import { RELATIONSHIP_LABELS } from '../../lib/labels';
import classes from './settings.module.css';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

type Rule = Settings['rules'][number];
type RuleId = Rule['id'];

interface TimingValues {
  timing: Record<string, number | string>;
  keepInTouchDays: Record<string, number | string>;
}

function valuesOf(settings: Settings): TimingValues {
  return {
    timing: Object.fromEntries(settings.rules.map((r) => [r.id, r.value])),
    keepInTouchDays: Object.fromEntries(settings.cadences.map((c) => [c.relationship, c.value])),
  };
}

/** Only what changed is sent; an emptied box goes back to the default. */
function changed(section: Record<string, number | string>, before: Record<string, number>) {
  const out: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(section)) {
    if (value === '') out[key] = null;
    else if (Number(value) !== before[key]) out[key] = Number(value);
  }
  return out;
}

/**
 * Every timing rule beside its reason and where the advice comes from, and the keep-in-touch
 * rhythm per kind of contact. Changing one moves open steps, never finished ones.
 */
export function TimingSection({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const [moved, setMoved] = useState<number | null>(null);
  const form = useForm<TimingValues>({ initialValues: valuesOf(settings) });
  const before = valuesOf(settings) as {
    timing: Record<string, number>;
    keepInTouchDays: Record<string, number>;
  };

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setMoved(null);
    try {
      const result = await update.mutateAsync({
        timing: changed(values.timing, before.timing) as Partial<Record<RuleId, number | null>>,
        keepInTouchDays: changed(values.keepInTouchDays, before.keepInTouchDays) as Partial<
          Record<Relationship, number | null>
        >,
      });
      form.setInitialValues(valuesOf(result));
      form.setValues(valuesOf(result));
      setMoved(result.rescheduledTasks);
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);

  return (
    <SectionCard title="Timing rules" id="timing">
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack gap="lg">
          <Text size="sm">
            The defaults follow published career advice. Change any of them; open steps are
            re-planned, finished ones keep their dates.
          </Text>
          <FormAlert message={formError} />
          <ul className={classes.rules}>
            {settings.rules.map((rule) => (
              <li key={rule.id} className={classes.rule}>
                <NumberInput
                  label={rule.label}
                  min={rule.min}
                  max={rule.max}
                  styles={{ wrapper: { maxWidth: 160 } }}
                  {...form.getInputProps(`timing.${rule.id}`)}
                />
                <Text size="sm" c="dimmed">
                  {rule.reason}{' '}
                  <Text span size="xs">
                    ({rule.sources.join('; ')}. Default {rule.default}.)
                  </Text>
                </Text>
              </li>
            ))}
          </ul>
          <Stack gap="xs">
            <Text fw={600}>Keeping in touch: days between touches (0 is off)</Text>
            <ul className={classes.rules}>
              {settings.cadences.map((cadence) => (
                <li key={cadence.relationship} className={classes.rule}>
                  <NumberInput
                    label={RELATIONSHIP_LABELS[cadence.relationship]}
                    min={0}
                    suffix=" days"
                    styles={{ wrapper: { maxWidth: 160 } }}
                    {...form.getInputProps(`keepInTouchDays.${cadence.relationship}`)}
                  />
                  <Text size="sm" c="dimmed">
                    {cadence.reason}{' '}
                    <Text span size="xs">
                      (Default {cadence.default}.)
                    </Text>
                  </Text>
                </li>
              ))}
            </ul>
          </Stack>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {moved !== null
                ? `Saved. ${moved} open ${moved === 1 ? 'step' : 'steps'} moved to match.`
                : ''}
            </Text>
            <Group gap="xs">
              <Button variant="subtle" onClick={() => form.reset()} disabled={!form.isDirty()}>
                Undo changes
              </Button>
              <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                Save timing
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
