import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Insights, Theme } from '../../api/insights';
import { SectionCard } from '../../components/section-card';
import { count } from '../../../core/words';

function monthOf(day: string) {
  return new Intl.DateTimeFormat(undefined, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

function ThemeItem({ theme, practice }: { theme: Theme; practice: boolean }) {
  const others = theme.wordings.filter((w) => w !== theme.label).slice(0, 2);
  return (
    <List.Item>
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap" align="baseline">
          <Text fw={600} size="sm">
            {theme.label}
          </Text>
          <Badge variant="light" color="gray" size="sm" style={{ flexShrink: 0 }}>
            {theme.count === 1 ? 'once' : `${theme.count} times`}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          Last in {monthOf(theme.lastSeen)}
          {theme.applications.length > 0 && ' at '}
          {theme.applications.slice(0, 3).map((a, i) => (
            <span key={a.id}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`/applications/${a.id}`} size="xs" underline="always">
                {a.company}
              </Anchor>
            </span>
          ))}
          {theme.count > 3 && ` and ${theme.count - 3} more`}
        </Text>
        {others.length > 0 && (
          <Text size="xs" c="dimmed">
            Also put as: {others.map((w) => `“${w}”`).join(', ')}
          </Text>
        )}
        {practice && (
          <Anchor component={Link} to={`/practice?card=${theme.key}`} size="xs" fw={600}>
            Practise this question
          </Anchor>
        )}
      </Stack>
    </List.Item>
  );
}

function ThemeList({
  title,
  themes,
  empty,
  practice = false,
}: {
  title: string;
  themes: Theme[];
  empty: string;
  practice?: boolean;
}) {
  const id = `themes-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {themes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List spacing="sm" listStyleType="none" m={0} p={0}>
          {themes.slice(0, 6).map((theme) => (
            <ThemeItem key={theme.key} theme={theme} practice={practice} />
          ))}
        </List>
      )}
    </Stack>
  );
}

/** What keeps coming back, most frequent and most recent first. */
export function ThemesSection({ themes }: { themes: Insights['themes'] }) {
  const { fit } = themes;
  return (
    <SectionCard title="What keeps coming up" id="themes">
      <Text size="sm" c="dimmed" mb="md">
        From {count(themes.reflections, 'reflection')} and{' '}
        {count(themes.feedback, 'piece of feedback', 'pieces of feedback')}. The same thing in other
        words counts once; recent rejections count more than old ones (half as much every{' '}
        {count(themes.halfLifeDays, 'day')}).
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ThemeList
          title="Skills they wanted"
          themes={themes.missingSkills.items}
          empty="None noted yet. Reflections and feedback fill this in."
        />
        <ThemeList
          title="Questions that tripped you up"
          themes={themes.questions.items}
          empty="None noted yet. Add them to a reflection and they join your practice deck."
          practice
        />
        <ThemeList
          title="Experiences you forgot to mention"
          themes={themes.forgotten.items}
          empty="Nothing noted."
        />
        <ThemeList
          title={`Why a job was not quite a fit (${fit.no} no, ${fit.partly} partly, ${fit.yes} yes)`}
          themes={themes.fitProblems.items}
          empty="Nothing noted."
        />
      </SimpleGrid>
    </SectionCard>
  );
}
