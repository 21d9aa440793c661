import { Button, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { useImportAnnouncement, type FederalDetails } from '../../api/federal';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';

const STATUS: Record<NonNullable<FederalDetails['status']>, string> = {
  received: 'Received',
  reviewing: 'Reviewing',
  referred: 'Referred',
  not_referred: 'Not referred',
  not_selected: 'Not selected',
  selected: 'Selected',
  cancelled: 'Cancelled',
};

const grade = (f: FederalDetails) =>
  f.payPlan && f.series && f.grade ? `${f.payPlan}-${f.series}-${f.grade}` : '—';

/** The federal applications, and a box to paste a new announcement into. */
export function AnnouncementsSection({ applications }: { applications: FederalDetails[] }) {
  const [text, setText] = useState('');
  const importAnnouncement = useImportAnnouncement();
  return (
    <SectionCard title="Announcements">
      <Stack gap="sm">
        {applications.length === 0 ? (
          <Text size="sm" c="dimmed">
            No federal applications yet. Paste an announcement below to add one.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Position</Table.Th>
                  <Table.Th>Grade</Table.Th>
                  <Table.Th>Agency</Table.Th>
                  <Table.Th>Closes</Table.Th>
                  <Table.Th>USAJOBS status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {applications.map((f) => (
                  <Table.Tr key={f.applicationId}>
                    <Table.Td>
                      <Link to={`/applications/${f.applicationId}`}>{f.positionTitle}</Link>
                    </Table.Td>
                    <Table.Td>{grade(f)}</Table.Td>
                    <Table.Td>{f.agency ?? f.department ?? '—'}</Table.Td>
                    <Table.Td>{f.closeDate ?? '—'}</Table.Td>
                    <Table.Td>{f.status ? STATUS[f.status] : 'Not applied yet'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            importAnnouncement.mutate(text, { onSuccess: () => setText('') });
          }}
        >
          <Stack gap="xs">
            <Textarea
              label="Add an announcement"
              description="Paste its text from USAJOBS, a saved announcement page (HTML) or a Search API result (JSON)."
              autosize
              minRows={3}
              maxRows={10}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
            <FormAlert
              message={importAnnouncement.error ? errorMessage(importAnnouncement.error) : null}
            />
            <div>
              <Button
                type="submit"
                loading={importAnnouncement.isPending}
                disabled={text.trim() === ''}
              >
                Add announcement
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}
