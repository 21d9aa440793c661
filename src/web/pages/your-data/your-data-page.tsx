import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useDeleteOwnData, useMe } from '../../api/team';
import { FormAlert } from '../../components/form-alert';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';

/**
 * What a seeker removed from the organisation still has: their own data, to take with them or
 * to delete. Nobody in the organisation reads it any more.
 */
export default function YourDataPage() {
  const [withLetters, setWithLetters] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <Stack maw={760}>
      <PageHeader
        title="Your data"
        description="You are no longer a member of this organisation. Your coach and the organisation’s admins can no longer see anything of yours. Your job search is still here for you: download it, then delete it when you are ready."
      />
      <SectionCard title="Take it with you">
        <Stack gap="sm">
          <Text size="sm">
            The whole workspace as one file loads into Rebound on your own computer (Settings,
            Import). Applications as CSV open in a spreadsheet; contacts as vCard in an address
            book.
          </Text>
          <Checkbox
            label="Include my private letters"
            checked={withLetters}
            onChange={(event) => setWithLetters(event.currentTarget.checked)}
          />
          <Group gap="xs">
            <Button
              component="a"
              href={withLetters ? '/api/export?includeLetters=true' : '/api/export'}
              download
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Download everything (JSON)
            </Button>
            <Button component="a" href="/api/export/csv" download variant="subtle">
              Applications (CSV)
            </Button>
            <Button component="a" href="/api/export/vcard" download variant="subtle">
              Contacts (vCard)
            </Button>
          </Group>
        </Stack>
      </SectionCard>
      <SectionCard title="Delete it">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            Deleting removes your workspace, everything in it and your account from this server for
            good. Download it first if you want to keep it.
          </Text>
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDeleting(true)}
          >
            Delete my data…
          </Button>
        </Stack>
      </SectionCard>
      {deleting && <DeleteModal onClose={() => setDeleting(false)} />}
    </Stack>
  );
}

/** Asks for the account's address before deleting, so a slip of the mouse deletes nothing. */
function DeleteModal({ onClose }: { onClose: () => void }) {
  const email = useMe().data?.account?.email ?? '';
  const remove = useDeleteOwnData();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    try {
      await remove.mutateAsync();
      // A fresh page load: nothing of the deleted workspace stays in this tab's memory.
      window.location.assign('/sign-in?deleted=1');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const matches = typed.trim().toLowerCase() === email.toLowerCase();
  return (
    <Modal opened onClose={onClose} title="Delete your data for good?">
      <Stack gap="sm">
        <FormAlert message={error} />
        <Text size="sm">
          Your applications, contacts, messages, reflections, letters and everything else, and your
          account, are deleted at once. This cannot be undone.
        </Text>
        <TextInput
          label={`Type ${email} to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep my data
          </Button>
          <Button
            color="red"
            disabled={!matches}
            onClick={() => void confirm()}
            loading={remove.isPending}
          >
            Delete my data
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
