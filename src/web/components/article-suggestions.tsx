import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconShare3 } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage } from '../api/api-error';
import { type Suggestion, useShareArticle, useSuggestions } from '../api/reading';
import { formatDay } from '../lib/dates';

interface ArticleSuggestionsProps {
  contactId: string | null;
  applicationId?: string | null;
  /** The plan step a shared article's message is for. */
  taskId?: string;
  limit?: number;
  /** In the composer: put the article into the message being written instead of a new one. */
  onUse?: (suggestion: Suggestion) => void;
  /** What the Share button says (default "Share"). */
  useLabel?: string;
  /** Say nothing when there is nothing to suggest (beside a step on Today). */
  quietWhenEmpty?: boolean;
  /** Leaves out suggestions already in hand (an article the message already carries). */
  exclude?: (suggestion: Suggestion) => boolean;
}

function SuggestionRow({
  suggestion,
  action,
}: {
  suggestion: Suggestion;
  action: React.ReactNode;
}) {
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      gap="xs"
      wrap="nowrap"
      data-suggestion={suggestion.id}
    >
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor
          href={suggestion.url}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {suggestion.title}
          <IconExternalLink
            size={12}
            aria-label="(opens in a new tab)"
            style={{ marginLeft: 4, verticalAlign: -1 }}
          />
        </Anchor>
        <Text size="xs" c="dimmed">
          {suggestion.reason}
          {suggestion.published ? ` · ${formatDay(suggestion.published)}` : ''}
        </Text>
      </Stack>
      {action}
    </Group>
  );
}

/**
 * The few articles most worth sending to a person, each with why, and a Share that opens the
 * composer with the link and room for the user's own line (or, in the composer, adds it there).
 */
export function ArticleSuggestions({
  contactId,
  applicationId = null,
  taskId,
  limit = 3,
  onUse,
  useLabel = 'Share',
  quietWhenEmpty = false,
  exclude,
}: ArticleSuggestionsProps) {
  const suggestions = useSuggestions({ contactId, applicationId, limit });
  const share = useShareArticle();
  if (suggestions.isPending)
    return quietWhenEmpty ? null : <Text size="sm">Finding articles…</Text>;
  if (suggestions.isError)
    return quietWhenEmpty ? null : (
      <Text size="sm" c="red">
        Suggestions could not be loaded: {errorMessage(suggestions.error)}
      </Text>
    );
  const items = suggestions.data.items.filter((s) => !exclude?.(s));
  if (items.length === 0 && suggestions.data.items.length > 0) {
    return quietWhenEmpty ? null : (
      <Text size="sm" c="dimmed">
        Nothing more to suggest: the message already carries it.
      </Text>
    );
  }
  if (items.length === 0) {
    return quietWhenEmpty ? null : (
      <Text size="sm" c="dimmed">
        Nothing to suggest yet.{' '}
        <Anchor component={Link} to="/reading" size="sm" underline="always">
          Follow sources
        </Anchor>{' '}
        that write about their company or field.
      </Text>
    );
  }
  const start = (suggestion: Suggestion) => {
    if (onUse) return onUse(suggestion);
    if (contactId === null) return;
    share.mutate(
      { articleId: suggestion.id, contactId, applicationId, ...(taskId && { taskId }) },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'The message could not be opened',
            message: errorMessage(error),
          }),
      },
    );
  };
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((suggestion) => (
        <SuggestionRow
          key={suggestion.id}
          suggestion={suggestion}
          action={
            (onUse || contactId !== null) && (
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconShare3 size={12} aria-hidden />}
                onClick={() => start(suggestion)}
                loading={share.isPending && share.variables.articleId === suggestion.id}
                aria-label={`${useLabel}: ${suggestion.title}`}
                style={{ flexShrink: 0 }}
              >
                {useLabel}
              </Button>
            )
          }
        />
      ))}
    </Stack>
  );
}
