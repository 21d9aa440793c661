import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  Menu,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDots,
  IconDownload,
  IconFileImport,
  IconPlus,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react';
import { errorMessage } from '../../api/api-error';
import {
  type FeedSource,
  useAddSource,
  useImportOpml,
  useRefreshSources,
  useRemoveSource,
  useSources,
} from '../../api/reading';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';
import { importSizeProblem } from '../../lib/import-size';
import { AddAddressForm } from './add-address-form';

function status(source: FeedSource): string {
  const count = `${source.articleCount} article${source.articleCount === 1 ? '' : 's'}`;
  if (source.lastCheckedAt === null) return `${count} · not fetched yet`;
  return `${count} · checked ${formatDay(source.lastCheckedAt)}`;
}

function SourceRow({ source }: { source: FeedSource }) {
  const refresh = useRefreshSources();
  const remove = useRemoveSource();
  const failed = (title: string) => (error: unknown) =>
    notifications.show({ color: 'red', title, message: errorMessage(error) });
  return (
    <Stack component="li" gap={2} data-source={source.id}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {source.siteUrl ? (
              <Anchor href={source.siteUrl} target="_blank" rel="noopener noreferrer" size="sm">
                {source.title}
              </Anchor>
            ) : (
              source.title
            )}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {status(source)}
          </Text>
        </Stack>
        <Menu position="bottom-end">
          <Menu.Target>
            <ActionIcon variant="subtle" aria-label={`More for ${source.title}`}>
              <IconDots size={16} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={() =>
                refresh.mutate([source.id], {
                  onError: failed(`Could not refresh ${source.title}`),
                })
              }
            >
              Refresh now
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() =>
                remove.mutate(source.id, { onError: failed(`Could not remove ${source.title}`) })
              }
            >
              Stop following
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {source.lastError && (
        <Text size="xs" c="red" role="status" style={{ overflowWrap: 'anywhere' }}>
          {source.lastError}
          {source.failureCount > 1 ? ` (${source.failureCount} times in a row)` : ''} · next try{' '}
          {formatDay(source.nextCheckAt)}
        </Text>
      )}
    </Stack>
  );
}

function OpmlActions() {
  const importOpml = useImportOpml();
  const run = async (file: File) => {
    const tooLarge = importSizeProblem(file);
    if (tooLarge !== null) throw new Error(tooLarge);
    return importOpml.mutateAsync({ content: await file.text(), partial: true });
  };
  const onFile = (file: File | null) => {
    if (!file) return;
    run(file).then(
      (report) =>
        notifications.show({
          color: report.problems.length > 0 ? 'yellow' : 'teal',
          title: `${report.added.length} source${report.added.length === 1 ? '' : 's'} added`,
          message: [
            report.skipped.length > 0 ? `${report.skipped.length} already followed.` : '',
            ...report.problems.map((p) => `Left out ${p.where}: ${p.message}.`),
            report.added.length > 0 ? 'They are fetched on the next refresh.' : '',
          ]
            .filter(Boolean)
            .join(' '),
        }),
      (error: unknown) =>
        notifications.show({
          color: 'red',
          title: 'Nothing was imported',
          message: errorMessage(error),
        }),
    );
  };
  return (
    <Group gap="xs">
      <FileButton onChange={onFile} accept=".opml,.xml,text/x-opml,text/xml,application/xml">
        {(props) => (
          <Button
            {...props}
            size="xs"
            variant="default"
            leftSection={<IconFileImport size={14} aria-hidden />}
            loading={importOpml.isPending}
          >
            Import OPML…
          </Button>
        )}
      </FileButton>
      <Button
        component="a"
        href="/api/feeds/opml"
        download
        size="xs"
        variant="default"
        leftSection={<IconDownload size={14} aria-hidden />}
      >
        Export OPML
      </Button>
    </Group>
  );
}

/** The feeds followed: add one, see each one's last refresh and error, OPML in and out. */
export function SourcesSection() {
  const sources = useSources();
  const add = useAddSource();
  return (
    <SectionCard title="Sources" id="sources">
      <Stack gap="md">
        <AddAddressForm
          label="Follow a site or feed"
          placeholder="https://example.org/blog"
          button="Follow"
          icon={<IconPlus size={16} aria-hidden />}
          onSubmit={(url) => add.mutateAsync(url)}
          pending={add.isPending}
        />
        <QueryState query={sources} what="your sources">
          {({ items }) =>
            items.length === 0 ? (
              <Alert color="gray" title="No sources yet">
                Paste the address of a blog, a newsletter’s web page or a company’s news page:
                Rebound finds its feed. Articles stay on this computer, searchable offline.
              </Alert>
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {items.map((source) => (
                  <SourceRow key={source.id} source={source} />
                ))}
              </Stack>
            )
          }
        </QueryState>
        <OpmlActions />
      </Stack>
    </SectionCard>
  );
}
