import {
  Button,
  FileInput,
  Group,
  NumberInput,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useImapAccount, useImportMail, useSaveImap, useSyncImap } from '../../api/inbox';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';

/** Where mail comes from: files to read now, and the IMAP account synced while Rebound runs. */
export function SourcesSection() {
  const importMail = useImportMail();
  const account = useImapAccount();
  const save = useSaveImap();
  const sync = useSyncImap();
  const [host, setHost] = useState('');
  const [port, setPort] = useState<number | string>(993);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const view = account.data;
  const readFiles = async (files: File[]) => {
    if (files.length === 0) return;
    importMail.mutate(
      await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() }))),
    );
  };
  return (
    <SectionCard title="Sources">
      <Stack gap="md">
        <FileInput
          label="Read .eml or .mbox files"
          description="From your mail program's export or Gmail's Takeout"
          multiple
          accept=".eml,.mbox,message/rfc822"
          onChange={(files) => void readFiles(files)}
        />
        {importMail.data && (
          <Text
            size="sm"
            data-import-result
          >{`Read ${importMail.data.messages.length} messages.`}</Text>
        )}
        <FormAlert message={importMail.error?.message ?? null} />
        <Text size="sm" c="dimmed">
          {view?.configured
            ? `IMAP: ${view.user} on ${view.host}:${view.port}, folders ${view.folders.join(', ')}, every ${view.intervalMinutes} minutes while Rebound runs. A password is saved and never shown.`
            : 'Connect an IMAP account to read new mail as it arrives (use an app password).'}
        </Text>
        <Group align="flex-end" gap="xs">
          <TextInput
            label="IMAP server"
            value={host}
            onChange={(e) => setHost(e.currentTarget.value)}
            placeholder={view?.host ?? 'imap.gmail.com'}
          />
          <NumberInput label="Port" value={port} onChange={setPort} min={1} max={65535} w={100} />
          <TextInput
            label="IMAP user"
            value={user}
            onChange={(e) => setUser(e.currentTarget.value)}
            placeholder={view?.user ?? ''}
          />
          <PasswordInput
            label="IMAP password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button
            variant="default"
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                host: host || view?.host || '',
                port: Number(port),
                user: user || view?.user || '',
                ...(password !== '' && { password }),
              })
            }
          >
            Save account
          </Button>
          <Button
            loading={sync.isPending}
            disabled={!view?.configured}
            onClick={() => sync.mutate()}
          >
            Sync now
          </Button>
        </Group>
        {sync.data && (
          <Text
            size="sm"
            data-sync-result
          >{`Fetched ${sync.data.folders.reduce((n, f) => n + f.fetched, 0)} new messages.`}</Text>
        )}
        <FormAlert message={save.error?.message ?? sync.error?.message ?? null} />
      </Stack>
    </SectionCard>
  );
}
