import type { Application, StageEvent } from '../application';
import { type Instant, utcDayOf } from '../dates';
import { matchKey } from '../text';
import type { ApplicationCandidate, ParsedApplications } from './application-rows';
import { invalidOutcome, type RowOutcome } from './import-report';

/** An application with its stage history, oldest step first. */
export interface ApplicationWithHistory {
  application: Application;
  history: StageEvent[];
}

export interface ApplicationImportPlan {
  creates: ApplicationWithHistory[];
  /** The application's whole new state, and only the history steps to add. */
  updates: { application: Application; added: StageEvent[] }[];
  outcomes: RowOutcome[];
}

type MatchBy = 'id' | 'start' | 'name';
const MATCH_WORDS: Record<MatchBy, string> = {
  id: 'the same Rebound id',
  start: 'the same company, role and start date',
  name: 'the same company and role',
};

const nameKey = (a: { company: string; role: string }) =>
  `${matchKey(a.company)}\u0001${matchKey(a.role)}`;
const startKey = (a: { company: string; role: string }, start: Instant) =>
  `${nameKey(a)}\u0001${utcDayOf(start)}`;

/** Applications by id, by company + role + the day they started, and by company + role. */
class ApplicationIndex {
  readonly byId = new Map<string, ApplicationWithHistory>();
  readonly byStart = new Map<string, ApplicationWithHistory>();
  readonly byName = new Map<string, ApplicationWithHistory>();

  add(entry: ApplicationWithHistory) {
    const { application, history } = entry;
    this.byId.set(application.id, entry);
    const start = history[0]?.at ?? application.createdAt;
    if (!this.byStart.has(startKey(application, start)))
      this.byStart.set(startKey(application, start), entry);
    if (!this.byName.has(nameKey(application))) this.byName.set(nameKey(application), entry);
  }

  /** A dated row must start the same day: applying again months later is a new application. */
  find(row: ApplicationCandidate): { entry: ApplicationWithHistory; by: MatchBy } | undefined {
    const byId = row.id === null ? undefined : this.byId.get(row.id);
    if (byId) return { entry: byId, by: 'id' };
    if (row.dated) {
      const start = row.history[0]?.at ?? row.createdAt;
      const byStart = this.byStart.get(startKey(row.fields, start));
      return byStart && { entry: byStart, by: 'start' };
    }
    const byName = this.byName.get(nameKey(row.fields));
    return byName && { entry: byName, by: 'name' };
  }
}

const FILLABLE = ['link', 'source', 'location', 'postingText', 'notes'] as const;

/** Fills the fields the application lacks and adds the history steps it does not have. */
function merge(
  entry: ApplicationWithHistory,
  row: ApplicationCandidate,
  now: Instant,
  newId: () => string,
) {
  const next: Application = { ...entry.application };
  const filled: string[] = [];
  for (const field of FILLABLE) {
    if (next[field] === null && row.fields[field] !== null) {
      next[field] = row.fields[field];
      filled.push(field === 'postingText' ? 'job description' : field);
    }
  }
  if (
    next.salaryMin === null &&
    next.salaryMax === null &&
    (row.fields.salaryMin ?? row.fields.salaryMax) !== null
  ) {
    next.salaryMin = row.fields.salaryMin;
    next.salaryMax = row.fields.salaryMax;
    next.salaryCurrency ??= row.fields.salaryCurrency;
    filled.push('salary');
  }
  const has = (stage: string, at: Instant) =>
    entry.history.some((e) => e.stage === stage && e.at === at);
  const stages = new Set(entry.history.map((e) => e.stage));
  // An undated row says only where it stands now; its made-up dates must not repeat steps.
  const steps = row.dated
    ? row.history.filter((s) => !has(s.stage, s.at))
    : row.history.slice(-1).filter((s) => !stages.has(s.stage));
  const added = steps.map((s) => ({
    id: newId(),
    applicationId: next.id,
    stage: s.stage,
    at: s.at,
    note: s.note,
  }));
  const latest = [...entry.history, ...added].reduce((a, b) => (b.at >= a.at ? b : a));
  if (added.length > 0 && latest.at >= next.stageChangedAt) {
    next.stage = latest.stage;
    next.stageChangedAt = latest.at;
  }
  if (added.length > 0)
    filled.push(added.length === 1 ? '1 stage step' : `${added.length} stage steps`);
  if (filled.length > 0) next.updatedAt = now;
  return { next, added, filled };
}

export interface ApplicationPlanOptions {
  now: Instant;
  newApplicationId: () => string;
  newStageEventId: () => string;
}

function created(
  row: ApplicationCandidate,
  id: string,
  now: Instant,
  newStageEventId: () => string,
): ApplicationWithHistory {
  const last = row.history[row.history.length - 1] as ApplicationCandidate['history'][number];
  const application: Application = {
    id,
    ...row.fields,
    stage: last.stage,
    stageChangedAt: last.at,
    sample: false,
    createdAt: row.createdAt,
    updatedAt: now,
  };
  const history = row.history.map((s) => ({
    id: newStageEventId(),
    applicationId: id,
    stage: s.stage,
    at: s.at,
    note: s.note,
  }));
  return { application, history };
}

/**
 * Decides for each row whether it is a new application, adds to one Rebound has, or is already
 * there; importing the same file again changes nothing.
 */
export function planApplicationImport(
  existing: readonly ApplicationWithHistory[],
  parsed: ParsedApplications,
  { now, newApplicationId, newStageEventId }: ApplicationPlanOptions,
): ApplicationImportPlan {
  const index = new ApplicationIndex();
  // Entries are copied: merging rows changes them, and the caller's list stays as it was.
  for (const entry of existing)
    index.add({ application: entry.application, history: [...entry.history] });
  const taken = new Set(existing.map((e) => e.application.id));
  const fromFile = new Map<string, number>();
  const pending = new Map<string, { application: Application; added: StageEvent[] }>();
  const creates: ApplicationWithHistory[] = [];
  const outcomes: RowOutcome[] = parsed.problems.map(invalidOutcome);
  for (const row of parsed.candidates) {
    const match = index.find(row);
    if (match === undefined) {
      const id = row.id !== null && !taken.has(row.id) ? row.id : newApplicationId();
      const entry = created(row, id, now, newStageEventId);
      taken.add(id);
      fromFile.set(id, row.line);
      creates.push(entry);
      index.add(entry);
      outcomes.push({ line: row.line, outcome: 'created', id, label: row.label, reason: null });
      continue;
    }
    const { next, added, filled } = merge(match.entry, row, now, newStageEventId);
    const firstLine = fromFile.get(next.id);
    const who =
      firstLine === undefined
        ? `already in Rebound (${MATCH_WORDS[match.by]})`
        : `the same application as line ${firstLine} (${MATCH_WORDS[match.by]})`;
    if (filled.length > 0) {
      match.entry.application = next;
      match.entry.history = [...match.entry.history, ...added].sort((a, b) =>
        a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
      );
      if (firstLine === undefined) {
        const prior = pending.get(next.id);
        pending.set(next.id, { application: next, added: [...(prior?.added ?? []), ...added] });
      }
    }
    outcomes.push({
      line: row.line,
      outcome: filled.length > 0 ? 'updated' : 'skipped',
      id: next.id,
      label: row.label,
      reason: filled.length > 0 ? `${who}: added ${filled.join(', ')}` : `${who}: nothing new`,
    });
  }
  return {
    creates,
    updates: [...pending.values()],
    outcomes: outcomes.sort((a, b) => a.line - b.line),
  };
}
