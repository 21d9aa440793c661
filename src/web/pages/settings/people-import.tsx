import { Alert, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconAddressBook } from '@tabler/icons-react';
import { useRef } from 'react';
import { decodeTextFile } from '../../../core/portability/text-encoding';
import { errorMessage } from '../../api/api-error';
import { api, unwrap, type Schemas } from '../../api/client';
import { importSizeProblem } from '../../lib/import-size';

type FileImportReport = Schemas['FileImportReport'];

/** LinkedIn's export is a CSV; address books export vCards. */
function formatOf(file: File): 'linkedin' | 'vcard' {
  return /\.(vcf|vcard)$/i.test(file.name) ? 'vcard' : 'linkedin';
}

async function importPeople(file: File): Promise<FileImportReport> {
  const tooLarge = importSizeProblem(file);
  if (tooLarge !== null) throw new Error(tooLarge);
  // Read in the file's own encoding (a Latin-1 CSV from Excel, UTF-16), not assumed to be UTF-8.
  const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) throw new Error(`${file.name}: ${decoded.error}`);
  const body = { content: decoded.value.text };
  return formatOf(file) === 'vcard'
    ? unwrap(api.POST('/import/vcard', { body }))
    : unwrap(api.POST('/import/linkedin', { body }));
}

/** People from LinkedIn's Connections.csv or a .vcf file: new ones added, known ones completed. */
export function PeopleImport() {
  const client = useQueryClient();
  const resetFile = useRef<() => void>(null);
  const run = useMutation({
    mutationFn: importPeople,
    onSuccess: () => client.invalidateQueries({ queryKey: ['contacts'] }),
    onSettled: () => resetFile.current?.(),
  });
  const report = run.data;
  const invalid = report?.outcomes.filter((o) => o.outcome === 'invalid') ?? [];
  return (
    <Stack gap="xs">
      <Text size="sm">
        Bring in people from LinkedIn (Settings → Data privacy → Get a copy of your data →
        Connections, then the <code>Connections.csv</code> file) or an address book’s .vcf file.
        People already here only get what they were missing.
      </Text>
      <Group>
        <FileButton
          onChange={(file) => file && run.mutate(file)}
          accept=".csv,.vcf,.vcard,text/csv,text/vcard"
          resetRef={resetFile}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconAddressBook size={16} aria-hidden />}
              loading={run.isPending}
            >
              Import people (.csv or .vcf)…
            </Button>
          )}
        </FileButton>
      </Group>
      {run.isError && (
        <Alert color="red" role="alert" title="Nobody was imported">
          {errorMessage(run.error)}
        </Alert>
      )}
      {report && (
        <Alert color="teal" role="status" title="People imported">
          <Text size="sm">
            {report.created} added, {report.updated} completed, {report.skipped} already here
            {report.invalid > 0 ? `, ${report.invalid} left out` : ''}.
          </Text>
          {invalid.length > 0 && (
            <List size="sm" mt="xs">
              {invalid.slice(0, 5).map((o) => (
                <List.Item key={o.line}>
                  Line {o.line} ({o.label}): {o.reason}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
