import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { CATEGORY_LABELS, SEVERITY_LABELS, sortFindings, type Finding } from './coach-findings';
import classes from './composer.module.css';

const SEVERITY_STYLE = {
  error: { color: 'red', icon: IconX },
  warning: { color: 'orange', icon: IconAlertTriangle },
  info: { color: 'gray', icon: IconInfoCircle },
} as const;

function excerpt(text: string, finding: Finding): string {
  const span = text.slice(finding.start, finding.end).trim();
  return span.length > 90 ? `${span.slice(0, 87)}…` : span;
}

interface FindingsPanelProps {
  findings: readonly Finding[];
  text: string;
  onSelect: (finding: Finding) => void;
}

/** What the coach noticed, most serious first, each with why it matters and what to try. */
export function FindingsPanel({ findings, text, onSelect }: FindingsPanelProps) {
  const sorted = sortFindings(findings);
  const serious = findings.filter((f) => f.severity !== 'info').length;
  const summary =
    text.trim() === ''
      ? 'The coach reads along as you write.'
      : serious === 0
        ? 'Nothing that would hurt you. Read it once more, then send it.'
        : `${serious} ${serious === 1 ? 'thing' : 'things'} worth another look.`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="coach-heading">
      <Title order={2} size="h4" id="coach-heading" mb={4}>
        Coach
      </Title>
      <Group gap={6} mb="sm" wrap="nowrap" align="flex-start">
        {serious === 0 && text.trim() !== '' && (
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
        )}
        <Text size="sm" c="dimmed" aria-live="polite" data-coach-summary>
          {summary}
        </Text>
      </Group>
      <Stack gap="sm" component="ol" className={classes.findings} data-findings>
        {sorted.map((finding) => {
          const style = SEVERITY_STYLE[finding.severity];
          const quoted = excerpt(text, finding);
          return (
            <li key={`${finding.rule}-${finding.start}-${finding.end}`} data-finding={finding.rule}>
              <UnstyledButton
                className={classes.finding}
                data-severity={finding.severity}
                onClick={() => onSelect(finding)}
              >
                <Group gap={6} mb={4} wrap="nowrap">
                  <style.icon
                    size={16}
                    color={`var(--mantine-color-${style.color}-6)`}
                    aria-hidden
                  />
                  <Badge size="sm" variant="light" color={style.color}>
                    {CATEGORY_LABELS[finding.category]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {SEVERITY_LABELS[finding.severity]}
                  </Text>
                </Group>
                {quoted && (
                  <Text size="sm" fs="italic" mb={4} className={classes.quote} dir="auto">
                    “{quoted}”
                  </Text>
                )}
                <Text size="sm">{finding.message}</Text>
                {finding.suggestion && (
                  <Text size="sm" c="dimmed" mt={4}>
                    Try: {finding.suggestion}
                  </Text>
                )}
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}
