import {
  Button,
  Chip,
  Group,
  Input,
  Progress,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useSaveReflection, type Reflection } from '../../api/recovery';
import {
  answerOf,
  FIT_OPTIONS,
  inputFor,
  REFLECTION_QUESTIONS,
  type Answer,
  type ReflectionQuestion,
} from './reflection-questions';

/**
 * The questions logged with the interviews, each a toggle that adds it to the answer or takes it
 * out: the ones that tripped you up are usually among them, already written down.
 */
function LoggedQuestions({
  questions,
  value,
  onChange,
}: {
  questions: readonly string[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  if (questions.length === 0) return null;
  const chosen = new Set(value.map((q) => q.toLowerCase()));
  return (
    <Stack gap={6} data-logged-questions>
      <Text size="sm" id="logged-questions-label">
        Asked in your interviews — choose the ones that tripped you up:
      </Text>
      <Group gap="xs" role="group" aria-labelledby="logged-questions-label">
        {questions.map((question) => {
          const on = chosen.has(question.toLowerCase());
          return (
            <Chip
              key={question}
              checked={on}
              variant="light"
              onChange={() =>
                onChange(
                  on
                    ? value.filter((q) => q.toLowerCase() !== question.toLowerCase())
                    : [...value, question],
                )
              }
            >
              {question}
            </Chip>
          );
        })}
      </Group>
    </Stack>
  );
}

function AnswerInput({
  question,
  value,
  onChange,
  suggestions,
}: {
  question: ReflectionQuestion;
  value: Answer;
  onChange: (value: Answer) => void;
  /** For the questions that tripped you up: those logged with the interviews. */
  suggestions: readonly string[];
}) {
  const labelId = `question-${question.id}`;
  if (question.kind === 'fit') {
    const fit = value as { fit: string; fitWhy: string };
    return (
      <Stack gap="sm">
        <Chip.Group multiple={false} value={fit.fit} onChange={(v) => onChange({ ...fit, fit: v })}>
          <Group gap="xs" role="radiogroup" aria-labelledby={labelId}>
            {FIT_OPTIONS.map((o) => (
              <Chip key={o.value} value={o.value} variant="light">
                {o.label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Textarea
          label="Why?"
          autosize
          minRows={2}
          value={fit.fitWhy}
          onChange={(event) => onChange({ ...fit, fitWhy: event.currentTarget.value })}
        />
      </Stack>
    );
  }
  if (question.kind === 'list') {
    const offered = question.id === 'hardQuestions' ? suggestions : [];
    return (
      <Stack gap="sm">
        <LoggedQuestions questions={offered} value={value as string[]} onChange={onChange} />
        <TagsInput
          aria-labelledby={labelId}
          value={value as string[]}
          onChange={onChange}
          placeholder={
            offered.length > 0 ? 'Or type another and press Enter' : question.placeholder
          }
          data={[...offered]}
          data-autofocus
          clearable
        />
      </Stack>
    );
  }
  return (
    <Textarea
      aria-labelledby={labelId}
      value={value as string}
      onChange={(event) => onChange(event.currentTarget.value)}
      autosize
      minRows={3}
      data-autofocus
    />
  );
}

/**
 * The reflection, one question per screen. Each answer is saved as you go on, so stopping half
 * way keeps what was said; any question can be skipped, and all of it can wait.
 */
export function ReflectionStep({
  applicationId,
  reflection,
  interviewQuestions = [],
  onFinished,
}: {
  applicationId: string;
  reflection: Reflection | null;
  /** The questions logged with the application's interviews, offered where they fit. */
  interviewQuestions?: readonly string[];
  onFinished: () => void;
}) {
  const save = useSaveReflection(applicationId);
  const [index, setIndex] = useState(0);
  const question = REFLECTION_QUESTIONS[index] ?? REFLECTION_QUESTIONS[0];
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  if (!question) return null;
  const value = answers[question.id] ?? answerOf(reflection, question.id);
  const last = index === REFLECTION_QUESTIONS.length - 1;
  const next = () => (last ? onFinished() : setIndex(index + 1));

  const saveAndContinue = () => save.mutate(inputFor(question.id, value), { onSuccess: next });

  return (
    <Stack gap="md" data-reflection-question={question.id}>
      <div>
        <Text size="sm" c="dimmed" id="reflection-progress">
          Question {index + 1} of {REFLECTION_QUESTIONS.length}
        </Text>
        <Progress.Root size="sm" mt={4}>
          <Progress.Section
            value={((index + 1) / REFLECTION_QUESTIONS.length) * 100}
            aria-label={`Question ${index + 1} of ${REFLECTION_QUESTIONS.length}`}
          />
        </Progress.Root>
      </div>
      <Input.Wrapper
        labelElement="div"
        label={
          <Title order={2} size="h3" id={`question-${question.id}`}>
            {question.question}
          </Title>
        }
        description={question.why}
        error={save.isError ? errorMessage(save.error) : undefined}
      >
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <AnswerInput
            key={question.id}
            question={question}
            value={value}
            onChange={(v) => setAnswers({ ...answers, [question.id]: v })}
            suggestions={interviewQuestions}
          />
        </div>
      </Input.Wrapper>
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="subtle"
            onClick={() => setIndex(Math.max(0, index - 1))}
            disabled={index === 0}
          >
            Back
          </Button>
          <Button variant="subtle" color="gray" onClick={onFinished}>
            Finish later
          </Button>
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={next}>
            Skip
          </Button>
          <Button onClick={saveAndContinue} loading={save.isPending}>
            {last ? 'Save and see the plan' : 'Save and continue'}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
