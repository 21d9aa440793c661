import { Stack } from '@mantine/core';
import { useSettings } from '../../api/settings';
import { useIsTeamSeeker } from '../../api/sharing';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { CalendarSection } from './calendar-section';
import { DataSection } from './data-section';
import { DigestSection } from './digest-section';
import { GeneralSection } from './general-section';
import { MailSection } from './mail-section';
import { TimingSection } from './timing-section';

export default function SettingsPage() {
  const settings = useSettings();
  const teamSeeker = useIsTeamSeeker();
  return (
    <Stack maw={820} gap="md">
      <PageHeader
        title="Settings"
        description="How Rebound times things for you, how it sends mail, and your data."
      />
      <QueryState query={settings} what="the settings">
        {(data) => (
          <>
            <GeneralSection settings={data} />
            <TimingSection key={JSON.stringify([data.rules, data.cadences])} settings={data} />
          </>
        )}
      </QueryState>
      {teamSeeker && (
        <DigestSection usual="At my reminder time" zone="In your time zone, set above." />
      )}
      <MailSection />
      <CalendarSection />
      <DataSection />
    </Stack>
  );
}
