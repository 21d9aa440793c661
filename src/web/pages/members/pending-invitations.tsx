import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import {
  usePendingInvitations,
  useResendInvitation,
  useRevokeInvitation,
  type Invitation,
  type PendingInvitation,
} from '../../api/team';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDayTime } from '../../lib/dates';
import { ROLE_LABELS } from '../../lib/labels';
import { InvitationSent } from './invite-form';

/** Invitations nobody has used yet: resend one with a new link, or take it back. */
export function PendingInvitations() {
  const invitations = usePendingInvitations();
  const [resent, setResent] = useState<(Invitation & { email: string }) | null>(null);
  return (
    <SectionCard title="Pending invitations">
      <QueryState query={invitations} what="the pending invitations">
        {({ items }) =>
          items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No invitations are waiting. Everyone you invited has joined.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" striped aria-label="Pending invitations">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Sent</Table.Th>
                    <Table.Th>Link works until</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((invitation) => (
                    <InvitationRow
                      key={invitation.id}
                      invitation={invitation}
                      onResent={setResent}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {resent && <InvitationSent invitation={resent} />}
    </SectionCard>
  );
}

function InvitationRow({
  invitation,
  onResent,
}: {
  invitation: PendingInvitation;
  onResent: (sent: Invitation & { email: string }) => void;
}) {
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const { email } = invitation;
  const act = async (work: () => Promise<void>, failed: string) => {
    try {
      await work();
    } catch (error) {
      notifications.show({ color: 'red', title: failed, message: errorMessage(error) });
    }
  };
  return (
    <Table.Tr>
      <Table.Td>{email}</Table.Td>
      <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
      <Table.Td>{formatDayTime(invitation.sentAt)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {formatDayTime(invitation.expiresAt)}
          {invitation.expired && (
            <Badge color="orange" variant="light">
              Expired
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            loading={resend.isPending}
            aria-label={`Resend the invitation to ${email}`}
            onClick={() =>
              void act(async () => onResent(await resend.mutateAsync(invitation.id)), 'Not resent')
            }
          >
            Resend
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={revoke.isPending}
            aria-label={`Take back the invitation to ${email}`}
            onClick={() =>
              void act(async () => {
                await revoke.mutateAsync(invitation.id);
                notifications.show({
                  color: 'teal',
                  message: `The invitation to ${email} was taken back.`,
                });
              }, 'Not taken back')
            }
          >
            Take back
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
