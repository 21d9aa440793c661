import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useFederalApplications } from '../../api/federal';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { AnnouncementsSection } from './announcements-section';
import { BuildSection } from './build-section';
import { CheckSection } from './check-section';

/** The federal track: announcements, the résumé check and the résumé builder. */
export default function FederalPage() {
  const applications = useFederalApplications();
  const [applicationId, setApplicationId] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Federal"
        description="USAJOBS announcements, a résumé check under the 2025 rules, and a two-page résumé builder."
      />
      <QueryState query={applications} what="your federal applications">
        {(list) => (
          <Stack gap="lg">
            <CheckSection
              applications={list}
              applicationId={applicationId}
              onApplication={setApplicationId}
            />
            <AnnouncementsSection applications={list} />
            <BuildSection applicationId={applicationId} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
