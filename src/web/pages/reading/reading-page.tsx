import { Button, Grid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { errorMessage } from '../../api/api-error';
import { useRefreshSources } from '../../api/reading';
import { PageHeader } from '../../components/page-header';
import { ArticlesSection } from './articles-section';
import { SourcesSection } from './sources-section';

/** Sources and the articles they bring: what Rebound suggests when you keep in touch. */
export default function ReadingPage() {
  const refresh = useRefreshSources();
  const refreshAll = () =>
    refresh.mutate(undefined, {
      onSuccess: ({ outcomes }) => {
        const failed = outcomes.filter((o) => o.status === 'failed');
        const added = outcomes.reduce((sum, o) => sum + o.added, 0);
        notifications.show({
          color: failed.length > 0 ? 'yellow' : 'teal',
          title: `${added} new article${added === 1 ? '' : 's'}`,
          message:
            failed.length > 0
              ? `${failed.length} source${failed.length === 1 ? '' : 's'} failed: ${failed.map((o) => o.title).join(', ')}.`
              : 'Every source is up to date.',
        });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Refresh failed', message: errorMessage(error) }),
    });
  return (
    <>
      <PageHeader
        title="Reading"
        description="Articles from the sources you follow, kept on this computer. Rebound suggests them when you keep in touch with someone."
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={refreshAll}
            loading={refresh.isPending}
          >
            Refresh all
          </Button>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SourcesSection />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ArticlesSection />
        </Grid.Col>
      </Grid>
    </>
  );
}
