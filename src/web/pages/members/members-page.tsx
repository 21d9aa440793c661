import { Stack } from '@mantine/core';
import { useMembers } from '../../api/team';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { AssignForm } from './assign-form';
import { InviteForm } from './invite-form';
import { MembersTable } from './members-table';
import { PendingInvitations } from './pending-invitations';

/**
 * The organisation, for an admin: invite people (and resend or take back what is pending), put
 * seekers with coaches, remove members.
 */
export default function MembersPage() {
  const members = useMembers();
  return (
    <Stack maw={1000}>
      <PageHeader
        title="Members"
        description="Everyone in your organisation. You manage who belongs and who coaches whom; you do not see anyone’s job search."
      />
      <QueryState query={members} what="the members">
        {(data) => (
          <Stack gap="lg">
            <InviteForm members={data.items} />
            <PendingInvitations />
            <AssignForm members={data.items} />
            <MembersTable members={data} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
