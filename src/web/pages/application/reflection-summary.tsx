import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Reflection } from '../../api/recovery';
import { FIT_OPTIONS, MOOD_OPTIONS } from '../rejection/reflection-questions';

function Answer({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </div>
  );
}

/** What the user wrote in their reflection, or an invitation to write it. */
export function ReflectionSummary({
  applicationId,
  reflection,
}: {
  applicationId: string;
  reflection: Reflection | null;
}) {
  const href = `/applications/${applicationId}/rejection?step=reflect`;
  const skills = reflection?.missingSkills ?? [];
  const forgot = reflection?.forgotToHighlight ?? [];
  const questions = reflection?.hardQuestions ?? [];
  const empty =
    !reflection ||
    (!reflection.fit &&
      skills.length === 0 &&
      forgot.length === 0 &&
      questions.length === 0 &&
      !reflection.communication &&
      !reflection.wentWell);
  if (empty) {
    return (
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          No reflection yet. A few questions, one at a time, each one skippable.
        </Text>
        <Button size="xs" variant="light" component={Link} to={href}>
          Reflect
        </Button>
      </Group>
    );
  }
  const fit = FIT_OPTIONS.find((o) => o.value === reflection.fit)?.label;
  const feeling = MOOD_OPTIONS.find((o) => o.value === reflection.feeling)?.label;
  return (
    <Stack gap="xs" data-reflection>
      {(fit || feeling) && (
        <Group gap="lg">
          {fit && (
            <Answer label="A fit for my life?">
              <Text size="sm">
                {fit}
                {reflection.fitWhy ? ` — ${reflection.fitWhy}` : ''}
              </Text>
            </Answer>
          )}
          {feeling && (
            <Answer label="How it felt">
              <Text size="sm">{feeling}</Text>
            </Answer>
          )}
        </Group>
      )}
      {skills.length > 0 && (
        <Answer label="Skills they wanted">
          <Group gap={4}>
            {skills.map((s) => (
              <Badge key={s.tag} variant="light" color="violet" tt="none">
                {s.label}
              </Badge>
            ))}
          </Group>
        </Answer>
      )}
      {reflection.communication && (
        <Answer label="How I came across">
          <Text size="sm">{reflection.communication}</Text>
        </Answer>
      )}
      {forgot.length > 0 && (
        <Answer label="Forgot to mention">
          <List size="sm">
            {forgot.map((f) => (
              <List.Item key={f}>{f}</List.Item>
            ))}
          </List>
        </Answer>
      )}
      {questions.length > 0 && (
        <Answer label="Questions that tripped me up">
          <List size="sm">
            {questions.map((q) => (
              <List.Item key={q.id}>{q.question}</List.Item>
            ))}
          </List>
        </Answer>
      )}
      {reflection.wentWell && (
        <Answer label="What went well">
          <Text size="sm">{reflection.wentWell}</Text>
        </Answer>
      )}
      <Button size="xs" variant="subtle" component={Link} to={href} w="fit-content">
        Edit the reflection
      </Button>
    </Stack>
  );
}
