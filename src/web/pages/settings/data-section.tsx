import { Alert, Button, FileButton, Group, List, NativeSelect, Stack, Text } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useImportWorkspace, type ImportMode, type ImportReport } from '../../api/workspace';
import { SectionCard } from '../../components/section-card';
import { importSizeProblem } from '../../lib/import-size';
import { PeopleImport } from './people-import';

const MODES: { value: ImportMode; label: string }[] = [
  { value: 'empty', label: 'Only into an empty workspace' },
  { value: 'merge', label: 'Add to what is here' },
  { value: 'replace', label: 'Replace everything here' },
];

const RECORD_NAMES: Record<string, [string, string]> = {
  applications: ['application', 'applications'],
  stageEvents: ['stage change', 'stage changes'],
  contacts: ['contact', 'contacts'],
  interviews: ['interview', 'interviews'],
  messages: ['message', 'messages'],
  interactions: ['touchpoint', 'touchpoints'],
  rejections: ['rejection', 'rejections'],
  tasks: ['plan step', 'plan steps'],
};

const countOf = (what: string, n: number) => {
  const [one, many] = RECORD_NAMES[what] ?? [what, what];
  return `${n} ${n === 1 ? one : many}`;
};

/** What an import did, in lines a person reads: what came in, and what was already here. */
export function summarizeImport(report: ImportReport): string[] {
  const created = Object.entries(report.created).filter(([, n]) => n > 0);
  const skipped = Object.entries(report.skipped).filter(([, n]) => n > 0);
  return [
    created.length > 0
      ? `Added ${created.map(([what, n]) => countOf(what, n)).join(', ')}.`
      : 'Nothing new was added.',
    ...(skipped.length > 0
      ? [
          `Already here, left as they were: ${skipped
            .map(([what, n]) => countOf(what, n))
            .join(', ')}.`,
        ]
      : []),
  ];
}

/** Everything in one JSON file, and loading such a file back (all of it or nothing). */
export function DataSection() {
  const importWorkspace = useImportWorkspace();
  const [mode, setMode] = useState<ImportMode>('empty');
  const [readError, setReadError] = useState<string | null>(null);
  // Cleared after each choice, so choosing the same file again (in another mode) still counts.
  const resetFile = useRef<() => void>(null);

  const onFile = async (file: File | null) => {
    setReadError(null);
    importWorkspace.reset();
    if (!file) return;
    resetFile.current?.();
    const tooLarge = importSizeProblem(file);
    if (tooLarge !== null) {
      setReadError(tooLarge);
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setReadError(`${file.name} is not a Rebound export: it is not valid JSON.`);
      return;
    }
    importWorkspace.mutate({ document, mode });
  };

  return (
    <SectionCard title="Your data" id="data">
      <Stack gap="md">
        <Text size="sm">
          Everything stays on this computer. Export it to keep a copy or move it; an export loads
          back into an identical workspace.
        </Text>
        <Group gap="xs">
          <Button
            component="a"
            href="/api/export"
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Export everything (JSON)
          </Button>
          <Button component="a" href="/api/export/csv" download variant="subtle">
            Applications as CSV
          </Button>
          <Button component="a" href="/api/export/vcard" download variant="subtle">
            Contacts as vCard
          </Button>
        </Group>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label="How to import"
            value={mode}
            onChange={(event) => setMode(event.currentTarget.value as ImportMode)}
            data={MODES}
          />
          <FileButton
            onChange={(file) => void onFile(file)}
            accept="application/json,.json"
            resetRef={resetFile}
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconUpload size={16} aria-hidden />}
                loading={importWorkspace.isPending}
              >
                Import an export file…
              </Button>
            )}
          </FileButton>
        </Group>
        {(readError ?? importWorkspace.error) && (
          <Alert color="red" role="alert" title="Nothing was imported">
            {readError ?? errorMessage(importWorkspace.error)}
          </Alert>
        )}
        {importWorkspace.data && (
          <Alert color="teal" title="Imported" role="status">
            <List size="sm">
              {summarizeImport(importWorkspace.data).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <PeopleImport />
      </Stack>
    </SectionCard>
  );
}
