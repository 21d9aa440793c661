import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash, IconTrophy } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../api/api-error';
import { useAddWin, useDeleteWin, usePractiseWin, useWins, type Win } from '../api/wellbeing';
import { SectionCard } from './section-card';

interface WinsPanelProps {
  /** One application's wins, or everyone's. */
  applicationId: string | null;
  /** How many to show. */
  limit?: number;
  title?: string;
  id?: string;
}

function dayText(day: string) {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

function WinRow({ win }: { win: Win }) {
  const remove = useDeleteWin();
  const practise = usePractiseWin();
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs" data-win={win.id}>
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <IconTrophy size={16} aria-hidden stroke={1.6} style={{ flexShrink: 0 }} />
        <Text size="sm" style={{ minWidth: 0 }}>
          {win.text}{' '}
          <Text span size="xs" c="dimmed">
            {dayText(win.happenedOn)}
          </Text>
        </Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        {win.cardId ? (
          <Anchor component={Link} to="/practice" size="xs">
            In your deck
          </Anchor>
        ) : (
          <Button
            size="compact-xs"
            variant="subtle"
            loading={practise.isPending}
            onClick={() => practise.mutate(win.id)}
            title="A practice card that asks you to tell this story"
          >
            Practise telling it
          </Button>
        )}
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Delete the win “${win.text}”`}
          loading={remove.isPending}
          onClick={() => remove.mutate(win.id)}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Group>
  );
}

/**
 * What went right, kept beside the losses: add one in a line, turn one into a practice story.
 * Self-compassion after a setback makes people try harder, not less (Breines & Chen, 2012).
 */
export function WinsPanel({ applicationId, limit = 50, title = 'Wins', id }: WinsPanelProps) {
  const wins = useWins(applicationId, limit);
  const add = useAddWin();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ text, applicationId }, { onSuccess: () => setText('') });
  };
  const total = wins.data?.total ?? 0;
  const inputId = `${id ?? 'wins'}-new`;
  return (
    <SectionCard
      title={title}
      id={id}
      actions={
        total > 0 ? (
          <Text size="sm" c="dimmed">
            {total} kept
          </Text>
        ) : undefined
      }
    >
      <Stack gap="sm">
        <form onSubmit={submit}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              id={inputId}
              label="What went right?"
              placeholder="A good answer, a kind interviewer, a round reached for the first time"
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={add.isError ? errorMessage(add.error) : undefined}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="light" loading={add.isPending} disabled={!text.trim()}>
              Keep it
            </Button>
          </Group>
        </form>
        {wins.data && wins.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing kept yet. Small things count.
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {(wins.data?.items ?? []).map((win) => (
              <WinRow key={win.id} win={win} />
            ))}
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
