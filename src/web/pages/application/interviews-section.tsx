import { Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ApplicationDetail } from '../../api/applications';
import { SectionCard } from '../../components/section-card';
import { formatDateTime } from '../../lib/dates';
import { FORMAT_LABELS } from '../../lib/labels';
import { InterviewFormModal } from './interview-form-modal';

/** The interviews so far, who was met at each and what came up. */
export function InterviewsSection({ detail }: { detail: ApplicationDetail }) {
  const [opened, modal] = useDisclosure(false);
  const nameOf = new Map(detail.contacts.map((c) => [c.id, c]));
  const nextRound = Math.max(0, ...detail.interviews.map((i) => i.round)) + 1;
  return (
    <SectionCard
      title="Interviews"
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={modal.open}
        >
          Log interview
        </Button>
      }
    >
      {detail.interviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          No interviews logged yet. Log one with the people you met and what you talked about: that
          is what makes a later note personal.
        </Text>
      ) : (
        <Stack gap="md">
          {detail.interviews.map((interview) => (
            <Stack key={interview.id} gap={4} data-interview={interview.id}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  Round {interview.round}
                </Text>
                <Badge variant="light" color="gray">
                  {FORMAT_LABELS[interview.format]}
                </Badge>
                <Text size="sm" c="dimmed">
                  {formatDateTime(interview.scheduledAt)}
                </Text>
              </Group>
              {interview.contactIds.length > 0 && (
                <Text size="sm">
                  Met{' '}
                  {interview.contactIds.map((id, index) => {
                    const person = nameOf.get(id);
                    return (
                      <span key={id}>
                        {index > 0 && ', '}
                        {person ? (
                          <Anchor component={Link} to={`/contacts/${id}`} size="sm">
                            {person.name}
                          </Anchor>
                        ) : (
                          'someone no longer in contacts'
                        )}
                      </span>
                    );
                  })}
                </Text>
              )}
              {interview.topics.length > 0 && (
                <Group gap={6}>
                  {interview.topics.map((topic) => (
                    <Badge key={topic} variant="outline" color="gray" tt="none" fw={500}>
                      {topic}
                    </Badge>
                  ))}
                </Group>
              )}
              {interview.questions.length > 0 && (
                <List size="sm" spacing={2}>
                  {interview.questions.map((q) => (
                    <List.Item key={q}>{q}</List.Item>
                  ))}
                </List>
              )}
              {interview.notes && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {interview.notes}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      {opened && (
        <InterviewFormModal
          applicationId={detail.application.id}
          company={detail.application.company}
          contacts={detail.contacts}
          nextRound={nextRound}
          opened={opened}
          onClose={modal.close}
        />
      )}
    </SectionCard>
  );
}
