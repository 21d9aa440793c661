import { Skeleton, Stack } from '@mantine/core';
import { useHasApplications } from '../../api/applications';
import { PageHeader } from '../../components/page-header';
import { Welcome } from './welcome';

export default function TodayPage() {
  const hasApplications = useHasApplications();
  return (
    <>
      <PageHeader title="Today" description="What to send, to whom, and why now." />
      {hasApplications.isPending ? (
        <Stack aria-busy aria-label="Loading today">
          <Skeleton h={80} />
          <Skeleton h={80} />
        </Stack>
      ) : hasApplications.data === false ? (
        <Welcome />
      ) : null}
    </>
  );
}
