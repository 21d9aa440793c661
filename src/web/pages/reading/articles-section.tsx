import { ActionIcon, Anchor, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { type Article, useArticles, useDeleteArticle, useSaveArticle } from '../../api/reading';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';
import { AddAddressForm } from './add-address-form';

function ArticleRow({ article }: { article: Article }) {
  const remove = useDeleteArticle();
  const meta = [article.siteName, article.publishedAt ? formatDay(article.publishedAt) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <Group component="li" justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor
          href={article.url}
          target="_blank"
          rel="noopener noreferrer"
          fw={600}
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
        >
          {article.title}
        </Anchor>
        {meta && (
          <Text size="xs" c="dimmed">
            {meta}
          </Text>
        )}
        {article.summary && (
          <Text size="sm" lineClamp={2}>
            {article.summary}
          </Text>
        )}
      </Stack>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`Forget “${article.title}”`}
        loading={remove.isPending}
        onClick={() =>
          remove.mutate(article.id, {
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: 'Could not forget the article',
                message: errorMessage(error),
              }),
          })
        }
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

/** Every stored article, newest first, with search; and saving one by its address. */
export function ArticlesSection() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const articles = useArticles(debounced);
  const save = useSaveArticle();
  return (
    <SectionCard title="Articles" id="articles">
      <Stack gap="md">
        <AddAddressForm
          label="Save one article"
          placeholder="https://example.org/2026/12/a-good-read"
          button="Save"
          icon={<IconBookmark size={16} aria-hidden />}
          onSubmit={(url) => save.mutateAsync(url)}
          pending={save.isPending}
        />
        <TextInput
          label="Search articles"
          placeholder="Words in the title, summary or site"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-page-search
          type="search"
        />
        <QueryState query={articles} what="the articles">
          {({ items, nextOffset }) =>
            items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {debounced.trim() === ''
                  ? 'No articles yet. Follow a source, or save one by its address.'
                  : 'No article matches those words.'}
              </Text>
            ) : (
              <Stack gap="xs">
                <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                  {items.map((article) => (
                    <ArticleRow key={article.id} article={article} />
                  ))}
                </Stack>
                {nextOffset !== null && (
                  <Text size="xs" c="dimmed">
                    The newest {items.length} are shown; search to find older ones.
                  </Text>
                )}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </SectionCard>
  );
}
