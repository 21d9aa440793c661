import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { STAGES, type Stage } from '../../../core/stages';
import type { SortDirection, SortKey } from './filter-applications';

const SORT_KEYS: readonly SortKey[] = ['updated', 'company', 'role', 'stage', 'inStage'];

export interface PipelineView {
  view: 'board' | 'table';
  showClosed: boolean;
  search: string;
  stages: Stage[];
  sort: SortKey;
  direction: SortDirection;
}

/**
 * The pipeline's view, filters and sort live in the address, so a reload or a shared link
 * shows the same thing and the back button undoes a change of view.
 */
export function usePipelineView(): [PipelineView, (patch: Partial<PipelineView>) => void] {
  const [params, setParams] = useSearchParams();
  const sortParam = params.get('sort') as SortKey | null;
  const view: PipelineView = {
    view: params.get('view') === 'table' ? 'table' : 'board',
    showClosed: params.get('closed') === '1',
    search: params.get('q') ?? '',
    stages: (params.get('stages') ?? '')
      .split(',')
      .filter((s): s is Stage => (STAGES as readonly string[]).includes(s)),
    sort: sortParam && SORT_KEYS.includes(sortParam) ? sortParam : 'updated',
    direction: params.get('dir') === 'asc' ? 'asc' : 'desc',
  };
  const update = useCallback(
    (patch: Partial<PipelineView>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const set = (key: string, value: string | null) =>
            value === null || value === '' ? next.delete(key) : next.set(key, value);
          if (patch.view !== undefined) set('view', patch.view === 'table' ? 'table' : null);
          if (patch.showClosed !== undefined) set('closed', patch.showClosed ? '1' : null);
          if (patch.search !== undefined) set('q', patch.search);
          if (patch.stages !== undefined) set('stages', patch.stages.join(','));
          if (patch.sort !== undefined) set('sort', patch.sort === 'updated' ? null : patch.sort);
          if (patch.direction !== undefined) set('dir', patch.direction === 'asc' ? 'asc' : null);
          return next;
        },
        // Typing in the search box should not fill the history with every letter.
        { replace: patch.search !== undefined },
      ),
    [setParams],
  );
  return [view, update];
}
