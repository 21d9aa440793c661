import { Button, Group, Stack, Text } from '@mantine/core';
import { useInboxAction, useInboxMessages } from '../../api/inbox';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { ReviewItem } from './review-item';
import { SourcesSection } from './sources-section';

/** The inbox: where mail comes from, what waits for review, and what was applied (with undo). */
export default function InboxPage() {
  const review = useInboxMessages('review');
  const applied = useInboxMessages('applied');
  const action = useInboxAction();
  return (
    <>
      <PageHeader
        title="Inbox"
        description="Rejections, invitations and acknowledgements found in your mail, read on this computer."
      />
      <Stack gap="lg">
        <SourcesSection />
        <SectionCard title="To review">
          <Stack gap="sm">
            {review.data?.items.length === 0 && <Text c="dimmed">Nothing waits for review.</Text>}
            {review.data?.items.map((m) => (
              <ReviewItem key={m.id} message={m} />
            ))}
          </Stack>
        </SectionCard>
        <SectionCard title="Applied">
          <Stack gap="xs">
            {applied.data?.items.length === 0 && <Text c="dimmed">Nothing applied yet.</Text>}
            {applied.data?.items.map((m) => (
              <Group key={m.id} justify="space-between" data-applied-item={m.id}>
                <Text size="sm">{`${m.kind} · ${m.company ?? ''} · ${m.subject}`}</Text>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => action.mutate({ id: m.id, verb: 'undo' })}
                >
                  Undo
                </Button>
              </Group>
            ))}
          </Stack>
        </SectionCard>
      </Stack>
    </>
  );
}
