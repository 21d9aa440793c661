import { Anchor, Grid, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useApplicationDetail } from '../../api/applications';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ApplicationActions } from './application-actions';
import { DetailsSection } from './details-section';
import { HistorySection } from './history-section';
import { InterviewsSection } from './interviews-section';
import { MessagesSection } from './messages-section';
import { NotesSection } from './notes-section';
import { PeopleSection } from './people-section';
import { RecoveryPanel } from './recovery-panel';
import { SampleBadge } from '../../components/sample-banner';

export default function ApplicationPage() {
  const { id = '' } = useParams();
  const detail = useApplicationDetail(id);
  return (
    <QueryState query={detail} what="this application">
      {(data) => (
        <>
          <PageHeader
            above={
              <Anchor component={Link} to="/pipeline" size="sm" w="fit-content">
                <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> Pipeline
              </Anchor>
            }
            title={data.application.company}
            marks={data.application.sample && <SampleBadge />}
            description={data.application.role}
            actions={<ApplicationActions detail={data} />}
          />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <RecoveryPanel detail={data} />
                <InterviewsSection detail={data} />
                <NotesSection application={data.application} />
                <HistorySection detail={data} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <DetailsSection application={data.application} />
                <PeopleSection detail={data} />
                <MessagesSection detail={data} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryState>
  );
}
