import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCards } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useInsights, type Insights } from '../../api/insights';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { FollowThroughSection } from './follow-through-section';
import { FunnelSection } from './funnel-section';
import { LessonsSection } from './lessons-section';
import { ThemesSection } from './themes-section';
import { count } from '../../../core/words';

function PracticeNote({ practice }: { practice: Insights['practice'] }) {
  if (practice.cards === 0) return null;
  return (
    <Paper withBorder p="md" radius="md">
      <Group gap="sm" wrap="nowrap">
        <IconCards size={24} aria-hidden stroke={1.6} />
        <Text size="sm">
          {count(practice.cards, 'question')} in your practice deck, {practice.practised} practised
          {practice.dayStreak.current > 1
            ? `, ${count(practice.dayStreak.current, 'day')} in a row`
            : ''}
          .{' '}
          <Anchor component={Link} to="/practice" fw={600} size="sm">
            {practice.due > 0 ? `Practise the ${practice.due} due today` : 'Open the deck'}
          </Anchor>
        </Text>
      </Group>
    </Paper>
  );
}

export default function InsightsPage() {
  const insights = useInsights();
  return (
    <Stack maw={1080} gap="lg">
      <PageHeader
        title="Insights"
        description="What your search adds up to. Most applications end in a no for everyone; here is what yours have taught you, and what went well."
      />
      <QueryState query={insights} what="your insights">
        {(data) => (
          <Stack gap="xl">
            <LessonsSection lessons={data.lessons} />
            <PracticeNote practice={data.practice} />
            <FunnelSection funnel={data.funnel} />
            <ThemesSection themes={data.themes} />
            <FollowThroughSection followThrough={data.followThrough} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
