import { Button, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { IconArrowRight, IconMail, IconMessageCircle, IconUsers, IconX } from '@tabler/icons-react';
import type { ApplicationDetail } from '../../api/applications';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';

/** How many of the latest events show before "Show all". */
const RECENT = 12;

const ICONS = {
  stage: IconArrowRight,
  interview: IconUsers,
  interaction: IconMessageCircle,
  rejection: IconX,
  message: IconMail,
} as const;

/** Everything that happened, oldest first: stage changes, interviews, messages, the outcome. */
export function HistorySection({ detail }: { detail: ApplicationDetail }) {
  const [all, setAll] = useState(false);
  // A long story shows its latest chapter first; the rest is one click away.
  const hidden = all ? 0 : Math.max(0, detail.timeline.length - RECENT);
  const shown = detail.timeline.slice(hidden);
  return (
    <SectionCard
      title="History"
      actions={
        hidden > 0 ? (
          <Button size="xs" variant="subtle" onClick={() => setAll(true)}>
            Show all {detail.timeline.length}
          </Button>
        ) : undefined
      }
    >
      {hidden > 0 && (
        <Text size="xs" c="dimmed" mb="xs">
          {hidden} earlier {hidden === 1 ? 'event' : 'events'} not shown.
        </Text>
      )}
      <Timeline bulletSize={24} lineWidth={2} active={shown.length - 1}>
        {shown.map((entry) => {
          const Icon = ICONS[entry.kind];
          return (
            <Timeline.Item
              key={`${entry.kind}-${entry.refId}`}
              bullet={<Icon size={13} aria-hidden />}
              title={<Text size="sm">{entry.summary}</Text>}
            >
              <Text size="xs" c="dimmed">
                {formatDay(entry.at)}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </SectionCard>
  );
}
