import { CLOSED_STAGES, PIPELINE_STAGES, STAGES, type Stage } from '../../../core/stages';
import type { Application } from '../../api/applications';

export type SortKey = 'updated' | 'company' | 'role' | 'stage' | 'inStage';
export type SortDirection = 'asc' | 'desc';

export interface ApplicationFilter {
  search: string;
  /** Only these stages; empty means every stage. */
  stages: readonly Stage[];
  showClosed: boolean;
}

const CLOSED = new Set<string>(CLOSED_STAGES);

/** Lower-cased and without accents, so "Zoë" is found by "zoe". */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function filterApplications(
  applications: readonly Application[],
  { search, stages, showClosed }: ApplicationFilter,
): Application[] {
  const words = searchable(search).split(/\s+/).filter(Boolean);
  const wanted = new Set<string>(stages);
  return applications.filter((a) => {
    if (!showClosed && CLOSED.has(a.stage) && !wanted.has(a.stage)) return false;
    if (wanted.size > 0 && !wanted.has(a.stage)) return false;
    if (words.length === 0) return true;
    const text = searchable(`${a.company} ${a.role} ${a.location ?? ''} ${a.source ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

export function sortApplications(
  applications: readonly Application[],
  key: SortKey,
  direction: SortDirection,
): Application[] {
  const compare: Record<SortKey, (a: Application, b: Application) => number> = {
    updated: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0),
    company: (a, b) => byText(a.company, b.company) || byText(a.role, b.role),
    role: (a, b) => byText(a.role, b.role) || byText(a.company, b.company),
    stage: (a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage),
    // Longer in a stage sorts as "more": the oldest stage change first when descending.
    inStage: (a, b) =>
      a.stageChangedAt < b.stageChangedAt ? 1 : a.stageChangedAt > b.stageChangedAt ? -1 : 0,
  };
  const sign = direction === 'asc' ? 1 : -1;
  return [...applications].sort((a, b) => sign * compare[key](a, b));
}

/** Applications grouped by stage for the board, each column in the order given. */
export function groupByStage(applications: readonly Application[]): Record<Stage, Application[]> {
  const groups = Object.fromEntries(STAGES.map((s) => [s, [] as Application[]])) as Record<
    Stage,
    Application[]
  >;
  for (const a of applications) groups[a.stage].push(a);
  return groups;
}

/** How many applications are closed (rejected, withdrawn, ghosted), shown on the fold. */
export function countClosed(applications: readonly Application[]): number {
  return applications.reduce((n, a) => n + (CLOSED.has(a.stage) ? 1 : 0), 0);
}

export const OPEN_STAGES = PIPELINE_STAGES;
