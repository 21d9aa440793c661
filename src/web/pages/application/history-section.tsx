import { Text, Timeline } from '@mantine/core';
import { IconArrowRight, IconMail, IconMessageCircle, IconUsers, IconX } from '@tabler/icons-react';
import type { ApplicationDetail } from '../../api/applications';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';

const ICONS = {
  stage: IconArrowRight,
  interview: IconUsers,
  interaction: IconMessageCircle,
  rejection: IconX,
  message: IconMail,
} as const;

/** Everything that happened, oldest first: stage changes, interviews, messages, the outcome. */
export function HistorySection({ detail }: { detail: ApplicationDetail }) {
  return (
    <SectionCard title="History">
      <Timeline bulletSize={24} lineWidth={2} active={detail.timeline.length - 1}>
        {detail.timeline.map((entry) => {
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
