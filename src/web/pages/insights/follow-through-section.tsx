import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FollowThrough } from '../../api/insights';
import { SectionCard } from '../../components/section-card';
import { ChartFigure, percent, SERIES } from './chart-figure';
import { count } from '../../../core/words';

type ShareOf = FollowThrough['thankYou'];

const REACHED = {
  none: 'not sent yet',
  applied: 'sent, no answer yet',
  screen: 'reached a screen',
  interview: 'reached an interview',
  final: 'reached the final round',
  offer: 'reached an offer',
} as const;

function Stat({ label, share, note }: { label: string; share: ShareOf; note: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {share.count}
        <Text span size="sm" c="dimmed" fw={400}>
          {' '}
          of {share.of} ({percent(share.share)})
        </Text>
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Paper>
  );
}

function DelaysChart({ bands }: { bands: FollowThrough['feedbackDelayBands'] }) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={bands} margin={{ top: 16, right: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} stroke={SERIES.grid} />
        <XAxis dataKey="label" tick={{ fill: SERIES.text, fontSize: 12 }} />
        <YAxis allowDecimals={false} width={28} tick={{ fill: SERIES.text, fontSize: 12 }} />
        <Tooltip />
        <Bar
          dataKey="count"
          name="Feedback received"
          fill={SERIES.second}
          isAnimationActive={false}
        >
          <LabelList dataKey="count" position="top" fill={SERIES.text} fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

function ReEngagements({ summary }: { summary: FollowThrough['reEngagements'] }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="re-engagements-heading">
      <Title order={3} size="h5" id="re-engagements-heading">
        Going back after a no
      </Title>
      <Text size="sm">
        {summary.followedUp === 0
          ? 'No later application yet at a company that said no, or through someone you met there.'
          : `${summary.followedUp === 1 ? 'Once' : `${summary.followedUp} times`} you applied again at a company that had said no, or through someone you met there (${summary.viaContact} through a person); ${summary.ledToInterview} of ${summary.followedUp === 1 ? 'those' : 'them'} reached a screen or further${summary.ledToOffer > 0 ? `, ${summary.ledToOffer} an offer` : ''}.`}
      </Text>
      {summary.items.length > 0 && (
        <List size="sm" spacing={4}>
          {summary.items.slice(0, 5).map((item) => (
            <List.Item key={item.rejected.id}>
              <Anchor
                component={Link}
                to={`/applications/${item.later.id}`}
                size="sm"
                underline="always"
              >
                {item.later.company} — {item.later.role}
              </Anchor>{' '}
              {REACHED[item.later.furthest ?? 'none']}, after a no on {item.rejected.rejectedOn}
              {item.via === 'contact' ? ', through someone you met' : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** What happened after each no: notes sent, feedback, people kept close, doors reopened. */
export function FollowThroughSection({ followThrough: f }: { followThrough: FollowThrough }) {
  return (
    <SectionCard title="After each no" id="follow-through">
      {f.rejections === 0 ? (
        <Text c="dimmed">Nothing here yet: no rejections recorded.</Text>
      ) : (
        <Stack gap="xl">
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
            <Stat
              label="Thank-you sent"
              share={f.thankYou}
              note={`${f.thankYouStreak.current} in a row now; best run ${f.thankYouStreak.best}.`}
            />
            <Stat
              label="Feedback asked for"
              share={f.feedbackRequested}
              note="After an interview or later, once per rejection."
            />
            <Stat
              label="Requests answered"
              share={f.feedbackAnswered}
              note="Most candidates never hear back; every answer counts."
            />
            <Stat
              label="Kept in touch"
              share={f.keptInTouch}
              note={`People you met, in touch again after the first ${count(f.keptInTouch.afterDays, 'day')}.`}
            />
          </SimpleGrid>
          {f.feedbackReceived.count > 0 && (
            <ChartFigure
              title="How long feedback took"
              description={`${f.feedbackReceived.count === 1 ? 'One piece' : `${f.feedbackReceived.count} pieces`} of feedback, counted from the request (or from the news when none was sent)${f.medianDaysToFeedback === null ? '' : `; typically ${count(f.medianDaysToFeedback, 'day')}`}.`}
              chart={<DelaysChart bands={f.feedbackDelayBands} />}
              rows={f.feedbackDelayBands}
              rowKey={(b) => b.label}
              columns={[
                { label: 'Wait', value: (b) => b.label },
                { label: 'Feedback received', value: (b) => b.count, numeric: true },
              ]}
            />
          )}
          <ReEngagements summary={f.reEngagements} />
        </Stack>
      )}
    </SectionCard>
  );
}
