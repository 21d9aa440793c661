import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useSentArticles } from '../../api/reading';
import { ArticleSuggestions } from '../../components/article-suggestions';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';

/** Articles worth sending to this person, and what was already sent to them. */
export function SharingSection({ contactId }: { contactId: string }) {
  const sent = useSentArticles(contactId);
  const items = sent.data?.items ?? [];
  return (
    <SectionCard title="Worth sharing" id="worth-sharing">
      <Stack gap="sm">
        <ArticleSuggestions contactId={contactId} />
        {items.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h6">
              Sent to them
            </Title>
            <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((share) => (
                <Text component="li" size="sm" key={share.id}>
                  <Anchor href={share.url} target="_blank" rel="noopener noreferrer" size="sm">
                    {share.title}
                  </Anchor>
                  {share.sharedAt ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {formatDay(share.sharedAt)}
                    </Text>
                  ) : null}
                </Text>
              ))}
            </Stack>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
