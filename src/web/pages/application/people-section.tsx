import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ApplicationDetail } from '../../api/applications';
import { PersonFormModal } from '../../components/person-form-modal';
import { SectionCard } from '../../components/section-card';
import { formatRelativeDay } from '../../lib/dates';
import { RELATIONSHIP_LABELS } from '../../lib/labels';

/** The people behind this application: who to thank, ask and keep in touch with. */
export function PeopleSection({ detail }: { detail: ApplicationDetail }) {
  const [opened, modal] = useDisclosure(false);
  const { application } = detail;
  return (
    <SectionCard
      title="People"
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUserPlus size={14} aria-hidden />}
          onClick={modal.open}
        >
          Add person
        </Button>
      }
    >
      {detail.contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody yet. The recruiter and the people who interviewed you are worth keeping.
        </Text>
      ) : (
        <Stack gap="xs">
          {detail.contacts.map((contact) => (
            <Group key={contact.id} justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/contacts/${contact.id}`} fw={600} size="sm">
                  {contact.name}
                </Anchor>
                <Text size="xs" c="dimmed" truncate="end">
                  {[contact.title, RELATIONSHIP_LABELS[contact.relationship]]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              <Text size="xs" c="dimmed" ta="right">
                {contact.lastInteractionAt
                  ? `In touch ${formatRelativeDay(contact.lastInteractionAt)}`
                  : 'Not in touch yet'}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {opened && (
        <PersonFormModal
          opened={opened}
          onClose={modal.close}
          applicationId={application.id}
          defaults={{ company: application.company, howMet: `Applied to ${application.company}` }}
        />
      )}
    </SectionCard>
  );
}
