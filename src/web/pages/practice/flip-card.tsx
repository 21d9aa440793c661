import { Badge, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import {
  PRACTICE_RATINGS,
  STAR_PARTS,
  STAR_PROMPTS,
  type PracticeRating,
} from '../../../core/practice/card';
import { count } from '../../../core/words';
import type { PracticeCard } from '../../api/practice';
import classes from './practice.module.css';

const RATINGS: Record<PracticeRating, { label: string; color: string; hint: string }> = {
  again: { label: 'Again', color: 'red', hint: 'I lost the thread' },
  hard: { label: 'Hard', color: 'orange', hint: 'Got there, with effort' },
  good: { label: 'Good', color: 'teal', hint: 'A solid answer' },
  easy: { label: 'Easy', color: 'blue', hint: 'It came naturally' },
};

interface FlipCardProps {
  card: PracticeCard;
  flipped: boolean;
  rating: boolean;
  onFlip: () => void;
  onRate: (rating: PracticeRating) => void;
  onEdit: () => void;
}

function Front({ card, onFlip }: Pick<FlipCardProps, 'card' | 'onFlip'>) {
  const places = [...new Set(card.sources.map((s) => s.company))];
  return (
    <Stack gap="md" justify="space-between" h="100%">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {places.length > 0
            ? `Came up at ${places.slice(0, 3).join(', ')}`
            : 'From your reflections'}
          {card.schedule.reps === 0
            ? ' · new'
            : ` · practised ${count(card.schedule.reps, 'time')}`}
        </Text>
        <Title order={2} size="h3" data-card-question>
          {card.question}
        </Title>
        <Text size="sm" c="dimmed">
          Answer it out loud, as you would in the interview: the situation, what was yours to do,
          what you did, and how it ended.
        </Text>
      </Stack>
      <Group>
        <Button onClick={onFlip} leftSection={<IconRefresh size={16} aria-hidden />}>
          Show my answer
        </Button>
        <Text size="xs" c="dimmed">
          or press <Kbd>Space</Kbd>
        </Text>
      </Group>
    </Stack>
  );
}

function Back({ card, rating, flipped, onRate, onEdit }: Omit<FlipCardProps, 'onFlip'>) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Turning the card moves the reader to its back, where the answer and the ratings are.
  useEffect(() => {
    if (flipped) heading.current?.focus();
  }, [flipped]);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={2} size="h4" ref={heading} tabIndex={-1} data-card-answer>
          {card.question}
        </Title>
        <Button
          variant="subtle"
          size="xs"
          onClick={onEdit}
          leftSection={<IconPencil size={14} aria-hidden />}
        >
          Edit answer (e)
        </Button>
      </Group>
      <Text
        size="sm"
        fs={card.answer ? undefined : 'italic'}
        c={card.answer ? undefined : 'dimmed'}
      >
        {card.answer ?? 'No answer written yet. Say one out loud, then write it down with Edit.'}
      </Text>
      <Stack gap={4} component="dl" m={0}>
        {STAR_PARTS.map((part) => (
          <Group key={part} gap="xs" wrap="nowrap" align="baseline">
            <Badge component="dt" variant="light" w={92} style={{ flexShrink: 0 }}>
              {STAR_PROMPTS[part].label}
            </Badge>
            <Text component="dd" m={0} size="sm" c={card[part] ? undefined : 'dimmed'}>
              {card[part] ?? STAR_PROMPTS[part].prompt}
            </Text>
          </Group>
        ))}
      </Stack>
      <Text size="sm" fw={600} mt="xs" id="rate-heading">
        How did it go?
      </Text>
      <Group gap="xs" role="group" aria-labelledby="rate-heading">
        {PRACTICE_RATINGS.map((r, i) => (
          <Button
            key={r}
            color={RATINGS[r].color}
            variant="light"
            disabled={rating}
            onClick={() => onRate(r)}
            title={RATINGS[r].hint}
            data-rating={r}
          >
            {i + 1} · {RATINGS[r].label} · {card.next[r].interval}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/**
 * One question to practise: the front asks, the back shows the answer and the ratings, each
 * saying when the card would come back. Only the side in view is in the page.
 */
export function FlipCard(props: FlipCardProps) {
  const { flipped } = props;
  return (
    <div className={classes.scene}>
      <div className={classes.card} data-flipped={flipped} aria-live="polite">
        {flipped ? (
          <Paper
            withBorder
            p="lg"
            radius="md"
            className={`${classes.face} ${classes.back}`}
            shadow="xs"
          >
            <Back {...props} />
          </Paper>
        ) : (
          <Paper withBorder p="lg" radius="md" className={classes.face} shadow="xs">
            <Front card={props.card} onFlip={props.onFlip} />
          </Paper>
        )}
      </div>
    </div>
  );
}
