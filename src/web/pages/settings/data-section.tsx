import { Alert, Button, FileButton, Group, List, NativeSelect, Stack, Text } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useImportWorkspace, type ImportMode, type ImportReport } from '../../api/workspace';
import { SectionCard } from '../../components/section-card';

const MODES: { value: ImportMode; label: string }[] = [
  { value: 'empty', label: 'Only into an empty workspace' },
  { value: 'merge', label: 'Add to what is here' },
  { value: 'replace', label: 'Replace everything here' },
];

function summarize(report: ImportReport): string[] {
  return Object.entries(report.created)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
}

/** Everything in one JSON file, and loading such a file back (all of it or nothing). */
export function DataSection() {
  const importWorkspace = useImportWorkspace();
  const [mode, setMode] = useState<ImportMode>('empty');
  const [readError, setReadError] = useState<string | null>(null);

  const onFile = async (file: File | null) => {
    setReadError(null);
    importWorkspace.reset();
    if (!file) return;
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
        <Group>
          <Button
            component="a"
            href="/api/export"
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Export everything (JSON)
          </Button>
        </Group>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label="Import"
            value={mode}
            onChange={(event) => setMode(event.currentTarget.value as ImportMode)}
            data={MODES}
          />
          <FileButton onChange={(file) => void onFile(file)} accept="application/json,.json">
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconUpload size={16} aria-hidden />}
                loading={importWorkspace.isPending}
              >
                Choose an export file…
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
              {summarize(importWorkspace.data).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
