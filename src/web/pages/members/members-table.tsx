import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useMe, useRemoveMember, type Account, type Members } from '../../api/team';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';
import { ROLE_LABELS } from '../../lib/labels';

/** Whom each member works with: a seeker's coaches, a coach's seekers. */
function partnersOf(member: Account, { items, assignments }: Members): string {
  const name = (id: string) => items.find((m) => m.id === id)?.name;
  const names =
    member.role === 'seeker'
      ? assignments.filter((a) => a.seekerId === member.id).map((a) => name(a.coachId))
      : member.role === 'coach'
        ? assignments.filter((a) => a.coachId === member.id).map((a) => name(a.seekerId))
        : [];
  return names.filter((n) => n !== undefined).join(', ');
}

/** Everyone in the organisation, each with a way to remove them after a confirmation. */
export function MembersTable({ members }: { members: Members }) {
  const me = useMe().data?.account;
  const [removing, setRemoving] = useState<Account | null>(null);
  return (
    <SectionCard title="Everyone">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Works with</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.items.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td fw={500}>{member.name}</Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray">
                    {ROLE_LABELS[member.role]}
                  </Badge>
                </Table.Td>
                <Table.Td>{partnersOf(member, members) || '—'}</Table.Td>
                <Table.Td>
                  {member.id !== me?.id && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setRemoving(member)}
                      aria-label={`Remove ${member.name}`}
                    >
                      Remove
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {removing && <RemoveMemberModal member={removing} onClose={() => setRemoving(null)} />}
    </SectionCard>
  );
}

/** Asks before removing someone, by name, and says what removal does. */
function RemoveMemberModal({ member, onClose }: { member: Account; onClose: () => void }) {
  const remove = useRemoveMember();
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    try {
      await remove.mutateAsync(member.id);
      notifications.show({ color: 'teal', message: `${member.name} was removed.` });
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Remove ${member.name}?`}>
      <Stack gap="sm">
        <FormAlert message={error} />
        <Text size="sm">
          {member.name} ({member.email}) is signed out everywhere at once.{' '}
          {member.role === 'seeker'
            ? 'They leave their coach’s caseload, and can sign in only to export or delete their own data.'
            : member.role === 'coach'
              ? 'They can no longer sign in, and their job seekers leave their caseload.'
              : 'They can no longer sign in.'}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep {member.name}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={remove.isPending}>
            Remove {member.name}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
