import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { errorMessage } from '../../api/api-error';
import { useAgenda, type AgendaItem as Item } from '../../api/agenda';
import { useHasApplications } from '../../api/applications';
import { PageHeader } from '../../components/page-header';
import { WinsPanel } from '../../components/wins-panel';
import { AgendaItem } from './agenda-item';
import { FreshRejections } from './fresh-rejections';
import { PacePanel } from './pace-panel';
import { PracticeItem } from './practice-item';
import { Welcome } from './welcome';
import classes from './today.module.css';

const SECTIONS = [
  { key: 'overdue', title: 'Overdue' },
  { key: 'today', title: 'Today' },
  { key: 'upcoming', title: 'Coming up this week' },
] as const;

/** A local calendar day, spelled out; read in UTC because the day is already the user's. */
function longDate(day: string) {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

function Section({ title, items }: { title: string; items: Item[] }) {
  const id = `today-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}{' '}
        <Text span c="dimmed" fw={400}>
          ({items.length})
        </Text>
      </Title>
      <ul className={classes.list}>
        {items.map((item) => (
          <AgendaItem key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

export default function TodayPage() {
  const agenda = useAgenda();
  const hasApplications = useHasApplications();
  const items = agenda.data?.items ?? [];
  const loading = agenda.isPending || hasApplications.isPending;
  return (
    <Stack maw={820} gap="lg">
      <PageHeader
        title="Today"
        description={
          agenda.data
            ? `${longDate(agenda.data.today)}. What to send, to whom, and why now.`
            : 'What to send, to whom, and why now.'
        }
      />
      <FreshRejections />
      {agenda.data && <PracticeItem practice={agenda.data.practice} />}
      {agenda.isError ? (
        <Alert color="red" role="alert" title="Today could not be loaded">
          {errorMessage(agenda.error)}
        </Alert>
      ) : loading ? (
        <Stack aria-busy aria-label="Loading today">
          <Skeleton h={110} />
          <Skeleton h={110} />
        </Stack>
      ) : hasApplications.data === false && items.length === 0 ? (
        <Welcome />
      ) : items.length === 0 ? (
        <Alert
          color="teal"
          icon={<IconSparkles aria-hidden />}
          title="Nothing due this week"
          data-all-clear
        >
          Every step is done or waiting for its day. When an application ends in a “no”, mark it on
          its page and the next steps will appear here, each on the day it makes sense.
        </Alert>
      ) : (
        SECTIONS.map(({ key, title }) => {
          const inSection = items.filter((i) => i.section === key);
          return inSection.length > 0 ? (
            <Section key={key} title={title} items={inSection} />
          ) : null;
        })
      )}
      {agenda.data?.truncated && (
        <Text size="sm" c="dimmed">
          Showing the first {items.length} items.
        </Text>
      )}
      {hasApplications.data !== false && (
        <>
          <PacePanel />
          <WinsPanel applicationId={null} limit={3} title="Recent wins" id="today-wins" />
        </>
      )}
    </Stack>
  );
}
