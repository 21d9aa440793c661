import { Alert, Stack } from '@mantine/core';
import { useAccessLog, useSharing } from '../../api/sharing';
import { useMe } from '../../api/team';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { AccessLogSection } from './access-log-section';
import { SharedItems } from './shared-items';
import { SharingSettings } from './sharing-settings';

/** What the seeker shares with their coach, and who read what. Team installations only. */
export default function SharingPage() {
  const me = useMe();
  return (
    <Stack maw={820} gap="md">
      <PageHeader
        title="Sharing"
        description="What your coach may read of your search, and every time they read it."
      />
      <QueryState query={me} what="your account">
        {({ mode, account }) =>
          mode !== 'team' || account?.role !== 'seeker' ? (
            <Alert color="gray" title="Nothing to share here">
              Sharing is for a job seeker in a team installation, where a coach reads your search.
              On your own computer nobody else reads it.
            </Alert>
          ) : (
            <SharingSections />
          )
        }
      </QueryState>
    </Stack>
  );
}

function SharingSections() {
  const sharing = useSharing();
  const log = useAccessLog();
  return (
    <>
      <QueryState query={sharing} what="your sharing settings">
        {(data) => (
          <>
            <SharingSettings settings={data.settings} />
            <SharedItems items={data.items} />
          </>
        )}
      </QueryState>
      <QueryState query={log} what="the access log">
        {(data) => <AccessLogSection entries={data.items} />}
      </QueryState>
    </>
  );
}
