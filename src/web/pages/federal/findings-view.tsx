import { Anchor, Badge, Grid, Group, List, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import type { FederalFinding, ResumeCheckReport } from '../../api/federal';
import classes from './federal.module.css';

const COLOR: Record<FederalFinding['severity'], string> = {
  error: 'red',
  warning: 'orange',
  advice: 'blue',
};

function FindingItem({ finding }: { finding: FederalFinding }) {
  return (
    <List.Item>
      <Stack gap={2}>
        <Group gap="xs">
          <Badge color={COLOR[finding.severity]} variant="light">
            {finding.severity}
          </Badge>
          <Text size="sm" fw={600}>
            {finding.rule}
          </Text>
          {finding.line !== undefined && (
            <Anchor size="sm" href={`#resume-line-${finding.line}`}>
              line {finding.line}
              {finding.page !== undefined ? `, page ${finding.page}` : ''}
            </Anchor>
          )}
        </Group>
        <Text size="sm">{finding.message}</Text>
        <Anchor size="xs" href={finding.source.url} target="_blank" rel="noreferrer">
          Source: {finding.source.title}
        </Anchor>
      </Stack>
    </List.Item>
  );
}

/** The findings beside the résumé's text as read, the lines they point at marked. */
export function FindingsView({ report }: { report: ResumeCheckReport }) {
  const flagged = new Map(
    report.findings.filter((f) => f.line !== undefined).map((f) => [f.line, f.severity]),
  );
  const pages =
    report.pages === null
      ? 'pages unknown'
      : `${report.pages} page${report.pages === 1 ? '' : 's'}`;
  const how =
    report.pagesMeasuredBy === 'estimate' ? ' (estimated: LibreOffice is not installed)' : '';
  return (
    <Stack gap="sm">
      <Text size="sm" aria-live="polite">
        {report.fileName}: {pages}
        {how},{' '}
        {report.findings.length === 0
          ? 'no problems found.'
          : `${report.findings.length} findings.`}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <List spacing="md" listStyleType="none" aria-label="Findings">
            {report.findings.map((f, i) => (
              <FindingItem key={`${f.rule}-${i}`} finding={f} />
            ))}
          </List>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="xs" radius="sm">
            <ScrollArea.Autosize mah={560} type="auto">
              <ol className={classes.resumeText} aria-label="Résumé text as read">
                {report.lines.map((line) => (
                  <li
                    key={line.number}
                    id={`resume-line-${line.number}`}
                    className={classes.line}
                    data-severity={flagged.get(line.number)}
                  >
                    <span className={classes.number}>{line.number}</span>
                    <span>{line.text || '\u00a0'}</span>
                  </li>
                ))}
              </ol>
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
