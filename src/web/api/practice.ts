import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PracticeRating } from '../../core/practice/card';
import { agendaKeys } from './agenda';
import { api, unwrap, type Schemas } from './client';
import { insightsKeys } from './insights';

export type PracticeCard = Schemas['PracticeCard'];
export type PracticeCardDetail = Schemas['PracticeCardDetail'];
export type PracticeCardPatch = Schemas['PracticeCardPatch'];

export const practiceKeys = {
  all: ['practice'] as const,
  list: (filter: 'due' | 'all') => ['practice', 'list', filter] as const,
  card: (id: string) => ['practice', 'card', id] as const,
};

/** The deck: what is due today, or every card, soonest due first. */
export function usePracticeCards(filter: 'due' | 'all') {
  return useQuery({
    queryKey: practiceKeys.list(filter),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/practice/cards', { params: { query: { filter, limit: 200 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** After a round or an edit, the deck, Today's count and the insights move on. */
function useRefresh() {
  const client = useQueryClient();
  return (card: PracticeCardDetail) => {
    client.setQueryData(practiceKeys.card(card.id), card);
    // The card on screen changes at once; the lists are then fetched again for the new order.
    client.setQueriesData<{ items: PracticeCard[] }>(
      { queryKey: ['practice', 'list'] },
      (page) => page && { ...page, items: page.items.map((c) => (c.id === card.id ? card : c)) },
    );
    void client.invalidateQueries({ queryKey: ['practice', 'list'] });
    void client.invalidateQueries({ queryKey: agendaKeys.all });
    void client.invalidateQueries({ queryKey: insightsKeys.all });
  };
}

/** Records a practice round with how it went. */
export function useReviewCard() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, rating }: { id: string; rating: PracticeRating }) =>
      unwrap(
        api.POST('/practice/cards/{id}/reviews', { params: { path: { id } }, body: { rating } }),
      ),
    onSuccess: refresh,
  });
}

/** Saves a card's answer, STAR parts or wording. */
export function useEditCard() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PracticeCardPatch }) =>
      unwrap(api.PATCH('/practice/cards/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: refresh,
  });
}
