import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHeartHandshake, IconSparkles, IconTarget } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Lesson } from '../../api/insights';

const KINDS = {
  encouragement: { label: 'Keep going', color: 'blue', icon: IconHeartHandshake },
  win: { label: 'A win', color: 'teal', icon: IconSparkles },
  pattern: { label: 'A place to focus', color: 'violet', icon: IconTarget },
} as const;

const LINKS: Record<NonNullable<Lesson['link']>['to'], string> = {
  funnel: 'See the funnel',
  themes: 'See the themes',
  'follow-through': 'See the follow-through',
  practice: 'Practise it',
};

function linkTo(link: NonNullable<Lesson['link']>): string {
  if (link.to === 'practice') return link.cardId ? `/practice?card=${link.cardId}` : '/practice';
  return `#${link.to}`;
}

function LessonCard({ lesson }: { lesson: Lesson }) {
  const kind = KINDS[lesson.kind];
  const headingId = `lesson-${lesson.id.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-lesson={lesson.kind}
    >
      <Stack gap="xs">
        <Badge color={kind.color} variant="light" leftSection={<kind.icon size={14} aria-hidden />}>
          {kind.label}
        </Badge>
        <Title order={3} size="h5" id={headingId}>
          {lesson.title}
        </Title>
        <Text size="sm">{lesson.detail}</Text>
        {lesson.evidence.length > 0 && (
          <Group gap="md" component="dl" m={0}>
            {lesson.evidence.map((e) => (
              <Stack key={e.label} gap={0}>
                <Text component="dt" size="xs" c="dimmed">
                  {e.label}
                </Text>
                <Text component="dd" m={0} size="sm" fw={600}>
                  {e.value}
                </Text>
              </Stack>
            ))}
          </Group>
        )}
        {lesson.applications.length > 0 && (
          <Text size="sm" c="dimmed">
            Behind it:{' '}
            {lesson.applications.slice(0, 4).map((a, i) => (
              <span key={a.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={`/applications/${a.id}`} size="sm" underline="always">
                  {a.company}
                </Anchor>
              </span>
            ))}
            {lesson.applications.length > 4 && ` and ${lesson.applications.length - 4} more`}
          </Text>
        )}
        {lesson.link && (
          <Anchor component={Link} to={linkTo(lesson.link)} size="sm" fw={600}>
            {LINKS[lesson.link.to]}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}

/** The lessons: plain words first, the numbers behind each underneath. */
export function LessonsSection({ lessons }: { lessons: Lesson[] }) {
  return (
    <section aria-labelledby="lessons-heading" id="lessons">
      <Title order={2} size="h4" id="lessons-heading" mb="sm">
        Lessons so far
      </Title>
      {lessons.length === 0 ? (
        <Text c="dimmed">
          Lessons appear once you have sent a few applications. One rejection says little; several
          say a lot.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {lessons.map((lesson) => (
            <LessonCard key={lesson.id} lesson={lesson} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}
