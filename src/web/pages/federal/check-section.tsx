import { Button, Checkbox, FileButton, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useCheckResume, type FederalDetails, type FederalDocument } from '../../api/federal';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';
import classes from './federal.module.css';
import { FindingsView } from './findings-view';

const DOCUMENTS: { value: FederalDocument; label: string }[] = [
  { value: 'dd214', label: 'DD-214' },
  { value: 'sf50', label: 'SF-50' },
  { value: 'transcript', label: 'Transcripts' },
  { value: 'sf15', label: 'SF-15' },
  { value: 'va_letter', label: 'VA letter' },
];

interface CheckSectionProps {
  applications: FederalDetails[];
  applicationId: string | null;
  onApplication: (id: string | null) => void;
}

/** Drop a résumé, pick an announcement, see the findings beside the text. */
export function CheckSection({ applications, applicationId, onApplication }: CheckSectionProps) {
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const [attached, setAttached] = useState<FederalDocument[]>([]);
  const check = useCheckResume();
  const run = (chosen: File | null) => {
    setFile(chosen);
    if (chosen) check.mutate({ file: chosen, applicationId, attachedDocuments: attached });
  };
  return (
    <SectionCard title="Check a résumé">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Checked on this computer against the USAJOBS rules in force since 27 September 2025: two
          pages, month-and-year dates and hours for every job, no personal data, and the
          announcement’s specialized experience.
        </Text>
        <Group align="flex-end" gap="sm">
          <Select
            label="Announcement"
            placeholder="None: USAJOBS rules only"
            clearable
            data={applications.map((a) => ({
              value: a.applicationId,
              label: `${a.positionTitle}${a.agency ? ` — ${a.agency}` : ''}`,
            }))}
            value={applicationId}
            onChange={onApplication}
            w={320}
          />
        </Group>
        <Checkbox.Group
          label="Documents you will attach"
          value={attached}
          onChange={(value) => setAttached(value as FederalDocument[])}
        >
          <Group gap="md" mt={4}>
            {DOCUMENTS.map((d) => (
              <Checkbox key={d.value} value={d.value} label={d.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <Paper
          p="lg"
          radius="md"
          className={classes.dropZone}
          data-over={over || undefined}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(event) => {
            event.preventDefault();
            setOver(false);
            run(event.dataTransfer.files[0] ?? null);
          }}
        >
          <Stack gap="xs" align="center">
            <Text size="sm">Drop a résumé here (PDF, Word or text), or</Text>
            <FileButton onChange={run} accept=".pdf,.docx,.doc,.txt,.rtf,.odt">
              {(props) => (
                <Button {...props} variant="light" loading={check.isPending}>
                  Choose a résumé file
                </Button>
              )}
            </FileButton>
            {file && (
              <Text size="xs" c="dimmed">
                {file.name}
              </Text>
            )}
          </Stack>
        </Paper>
        {file && (
          <div>
            <Button variant="subtle" onClick={() => run(file)} loading={check.isPending}>
              Check again
            </Button>
          </div>
        )}
        <FormAlert message={check.error ? errorMessage(check.error) : null} />
        {check.data && <FindingsView report={check.data} />}
      </Stack>
    </SectionCard>
  );
}
