import { Button, Group, Modal, NumberInput, Progress, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { usePacing, useUpdatePacing, type Pace } from '../../api/wellbeing';
import { SectionCard } from '../../components/section-card';

type Rhythm = NonNullable<Pace['rhythm']>;

const FIELDS: { key: keyof Rhythm; label: string; description: string }[] = [
  { key: 'applications', label: 'Applications', description: 'Sent, each week' },
  { key: 'keepInTouch', label: 'Keep-in-touch', description: 'People you reach out to' },
  { key: 'practice', label: 'Practice rounds', description: 'Days you practise a card' },
];

function RhythmModal({
  pace,
  opened,
  onClose,
}: {
  pace: Pace;
  opened: boolean;
  onClose: () => void;
}) {
  const update = useUpdatePacing();
  const [rhythm, setRhythm] = useState<Rhythm>(pace.rhythm ?? pace.suggested);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Your weekly rhythm"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Choose what feels doable on an ordinary week. 0 leaves one out.
        </Text>
        {FIELDS.map((field) => (
          <NumberInput
            key={field.key}
            label={field.label}
            description={field.description}
            min={0}
            max={50}
            allowDecimal={false}
            value={rhythm[field.key]}
            onChange={(value) => setRhythm({ ...rhythm, [field.key]: Number(value) || 0 })}
          />
        ))}
        {update.isError && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(update.error)}
          </Text>
        )}
        <Group justify="space-between">
          {pace.rhythm ? (
            <Button
              variant="subtle"
              color="gray"
              onClick={() => update.mutate({ rhythm: null }, { onSuccess: onClose })}
            >
              Stop pacing
            </Button>
          ) : (
            <span />
          )}
          <Button
            loading={update.isPending}
            onClick={() => update.mutate({ rhythm }, { onSuccess: onClose })}
          >
            Save rhythm
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The day after this week ends: a pause for a bad week lasts until then. */
function nextMonday(pace: Pace) {
  const day = new Date(`${pace.week.end}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** This week against the user's own rhythm, said kindly: no streaks, no past weeks. */
export function PacePanel() {
  const pacing = usePacing();
  const update = useUpdatePacing();
  const [editing, edit] = useDisclosure(false);
  const pace = pacing.data;
  if (!pace) return null;
  const pauseButton = pace.paused ? (
    <Button size="xs" variant="subtle" onClick={() => update.mutate({ pausedUntil: null })}>
      Resume
    </Button>
  ) : pace.rhythm ? (
    <Button
      size="xs"
      variant="subtle"
      color="gray"
      onClick={() => update.mutate({ pausedUntil: nextMonday(pace) })}
    >
      Pause this week
    </Button>
  ) : null;
  return (
    <SectionCard
      title="This week"
      id="pace"
      actions={
        <>
          {pauseButton}
          <Button size="xs" variant="light" onClick={edit.open}>
            {pace.rhythm ? 'Change rhythm' : 'Set a rhythm'}
          </Button>
        </>
      }
    >
      <Stack gap="xs" data-pace>
        <Text size="sm">{pace.summary}</Text>
        {!pace.paused &&
          pace.items.map((item) => (
            <div key={item.item}>
              <Text size="sm" id={`pace-${item.item}`}>
                {item.text}
              </Text>
              <Progress
                value={Math.min(1, item.done / item.goal) * 100}
                color="teal"
                size="sm"
                aria-labelledby={`pace-${item.item}`}
              />
            </div>
          ))}
        {!pace.rhythm && (
          <Text size="sm" c="dimmed">
            For example: {pace.suggested.applications} applications, {pace.suggested.keepInTouch}{' '}
            keep-in-touch and {pace.suggested.practice} practice round a week.
          </Text>
        )}
      </Stack>
      {editing && <RhythmModal pace={pace} opened={editing} onClose={edit.close} />}
    </SectionCard>
  );
}
