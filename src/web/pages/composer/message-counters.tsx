import { Group, Progress, Text } from '@mantine/core';
import { countMessage } from './message-stats';
import { useText, type TextStore } from './text-store';

interface MessageCountersProps {
  store: TextStore;
  /** The channel's character limit (LinkedIn notes), if any. */
  limit: number | null;
  limitLabel?: string;
}

/** Words and characters as you type; against the limit when the channel has one. */
export function MessageCounters({ store, limit, limitLabel }: MessageCountersProps) {
  const { words, characters } = countMessage(useText(store));
  const over = limit !== null && characters > limit;
  return (
    <div id="message-counters" aria-live="polite">
      <Group gap="md" justify="space-between">
        <Text size="xs" c="dimmed">
          {words} {words === 1 ? 'word' : 'words'}
        </Text>
        <Text
          size="xs"
          c={over ? 'red' : 'dimmed'}
          fw={over ? 600 : undefined}
          data-character-count
        >
          {limit === null
            ? `${characters} characters`
            : `${characters} / ${limit} characters${limitLabel ? ` (${limitLabel})` : ''}${
                over ? ` — ${characters - limit} over` : ''
              }`}
        </Text>
      </Group>
      {limit !== null && (
        <Progress
          value={Math.min(100, (characters / limit) * 100)}
          color={over ? 'red' : characters > limit * 0.9 ? 'orange' : 'teal'}
          size="xs"
          mt={4}
          aria-hidden
        />
      )}
    </div>
  );
}
