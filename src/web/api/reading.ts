import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from './client';
import { messageKeys } from './messages';

export type FeedSource = Schemas['FeedSource'];
export type Article = Schemas['Article'];
export type Suggestion = Schemas['Suggestion'];
export type RefreshOutcome = Schemas['RefreshOutcome'];

export const readingKeys = {
  all: ['reading'] as const,
  sources: ['reading', 'sources'] as const,
  articles: (search: string) => ['reading', 'articles', search] as const,
  suggestions: (contactId: string | null, applicationId: string | null, limit: number) =>
    ['reading', 'suggestions', contactId, applicationId, limit] as const,
  sent: (contactId: string) => ['reading', 'sent', contactId] as const,
};

/** The sources followed, with their last refresh and errors. */
export function useSources() {
  return useQuery({
    queryKey: readingKeys.sources,
    queryFn: ({ signal }) => unwrap(api.GET('/feeds', { signal })),
  });
}

/** Stored articles, newest first, searched by the server's full-text index. */
export function useArticles(search: string) {
  return useQuery({
    queryKey: readingKeys.articles(search),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/articles', {
          params: { query: { limit: 100, ...(search.trim() !== '' && { search }) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateReading() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: readingKeys.all });
}

export function useAddSource() {
  const invalidate = useInvalidateReading();
  return useMutation({
    mutationFn: (url: string) => unwrap(api.POST('/feeds', { body: { url } })),
    onSuccess: invalidate,
  });
}

export function useRemoveSource() {
  const invalidate = useInvalidateReading();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/feeds/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useRefreshSources() {
  const invalidate = useInvalidateReading();
  return useMutation({
    mutationFn: (sourceIds?: string[]) =>
      unwrap(api.POST('/feeds/refresh', { body: sourceIds ? { sourceIds } : {} })),
    onSuccess: invalidate,
  });
}

export function useImportOpml() {
  const invalidate = useInvalidateReading();
  return useMutation({
    mutationFn: (body: { content: string; partial?: boolean }) =>
      unwrap(api.POST('/feeds/opml/import', { body })),
    onSuccess: invalidate,
  });
}

export function useSaveArticle() {
  const invalidate = useInvalidateReading();
  return useMutation({
    mutationFn: (url: string) => unwrap(api.POST('/articles', { body: { url } })),
    onSuccess: invalidate,
  });
}

export function useDeleteArticle() {
  const invalidate = useInvalidateReading();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/articles/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export interface SuggestionTarget {
  contactId: string | null;
  applicationId?: string | null;
  limit?: number;
}

/** The articles most worth sending to a person, with why. */
export function useSuggestions({ contactId, applicationId = null, limit = 3 }: SuggestionTarget) {
  return useQuery({
    queryKey: readingKeys.suggestions(contactId, applicationId, limit),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/articles/suggestions', {
          params: {
            query: {
              limit,
              ...(contactId !== null && { contactId }),
              ...(applicationId !== null && { applicationId }),
            },
          },
          signal,
        }),
      ),
    enabled: contactId !== null || applicationId !== null,
    staleTime: 60_000,
  });
}

/** The articles already sent to a person. */
export function useSentArticles(contactId: string) {
  return useQuery({
    queryKey: readingKeys.sent(contactId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/articles/sent', { params: { query: { contactId } }, signal })),
  });
}

export interface ShareStart {
  articleId: string;
  contactId: string;
  applicationId?: string | null;
  /** The plan step the message is for. */
  taskId?: string;
  /** Add the article to this draft instead of starting one. */
  messageId?: string;
}

/** Shares an article: opens the composer on a draft with the link and room for a line. */
export function useShareArticle() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: ({ articleId, contactId, applicationId = null, messageId }: ShareStart) =>
      unwrap(
        api.POST('/articles/{id}/share', {
          params: { path: { id: articleId } },
          body: { contactId, applicationId, ...(messageId !== undefined && { messageId }) },
        }),
      ),
    onSuccess: ({ message }, start) => {
      client.setQueryData(messageKeys.detail(message.id), message);
      void client.invalidateQueries({ queryKey: readingKeys.all });
      if (start.messageId !== undefined) return;
      // The composer puts the cursor on the room left for the user's own line.
      const task = start.taskId ? `&task=${encodeURIComponent(start.taskId)}` : '';
      void navigate(`/messages/${message.id}?write=room${task}`);
    },
  });
}
