import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { RELATIONSHIPS, type Relationship } from '../../../core/enums';
import { errorMessage } from '../../api/api-error';
import { useContactPages } from '../../api/contacts';
import { PageHeader } from '../../components/page-header';
import { PersonFormModal } from '../../components/person-form-modal';
import { RELATIONSHIP_LABELS } from '../../lib/labels';
import { ContactList } from './contact-list';
import { GoingCold } from './going-cold';

const PAGE_SIZE = 50;

export default function ContactsPage() {
  const [params, setParams] = useSearchParams();
  const [adding, addModal] = useDisclosure(false);
  const search = params.get('q') ?? '';
  const relationshipParam = params.get('relationship');
  const relationship = (RELATIONSHIPS as readonly string[]).includes(relationshipParam ?? '')
    ? (relationshipParam as Relationship)
    : undefined;
  const sort = params.get('sort') === 'name' ? 'name' : 'last_interaction';
  const [debouncedSearch] = useDebouncedValue(search.trim(), 200);
  const pages = useContactPages({
    ...(debouncedSearch !== '' && { search: debouncedSearch }),
    ...(relationship && { relationship }),
    sort,
    limit: PAGE_SIZE,
  });
  const set = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: key === 'q' },
    );
  const contacts = pages.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title="Contacts"
        description="The people you met along the way, and when you were last in touch."
        actions={
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={addModal.open}>
            Add person
          </Button>
        }
      />
      {!debouncedSearch && !relationship && <GoingCold />}
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          value={search}
          onChange={(event) => set('q', event.currentTarget.value)}
          placeholder="Search name or company"
          aria-label="Search contacts"
          leftSection={<IconSearch size={16} aria-hidden />}
          data-page-search
          type="search"
          w={{ base: '100%', xs: 260 }}
        />
        <NativeSelect
          aria-label="Relationship"
          value={relationship ?? ''}
          onChange={(event) => set('relationship', event.currentTarget.value)}
          data={[
            { value: '', label: 'Everyone' },
            ...RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] })),
          ]}
        />
        <NativeSelect
          aria-label="Sort"
          value={sort}
          onChange={(event) => set('sort', event.currentTarget.value === 'name' ? 'name' : null)}
          data={[
            { value: 'last_interaction', label: 'Most recently in touch' },
            { value: 'name', label: 'By name' },
          ]}
        />
      </Group>
      {pages.isError ? (
        <Alert color="red" role="alert" title="Contacts could not be loaded">
          {errorMessage(pages.error)}
        </Alert>
      ) : (
        <Stack gap="sm">
          <ContactList contacts={contacts} loading={pages.isPending} />
          {!pages.isPending && contacts.length === 0 && (
            <Text c="dimmed" size="sm">
              {debouncedSearch || relationship
                ? 'Nobody matches. Try fewer words or everyone.'
                : 'No contacts yet. People you meet in interviews appear here.'}
            </Text>
          )}
          {pages.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void pages.fetchNextPage()}
              loading={pages.isFetchingNextPage}
              w="fit-content"
              mx="auto"
            >
              Show more
            </Button>
          )}
        </Stack>
      )}
      {adding && <PersonFormModal opened={adding} onClose={addModal.close} />}
    </>
  );
}
