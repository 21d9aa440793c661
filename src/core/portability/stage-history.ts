import type { Instant } from '../dates';
import { stageChangeSchema } from '../application';
import { err, ok, type Result } from '../result';
import { STAGE_LABELS, STAGES, type Stage } from '../stages';
import { readStage } from './application-columns';
import { readLooseInstant } from './loose-values';

/** One step of an application's history as a CSV cell holds it. */
export interface HistoryStep {
  stage: Stage;
  at: Instant;
  note: string | null;
}

const NOTE_SEPARATOR = ' — ';

// A note keeps its own line breaks and backslashes through the one-line-per-step layout.
const escapeNote = (note: string) => note.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n');
const unescapeNote = (note: string) =>
  note.replace(/\\(\\|n)/g, (_, ch: string) => (ch === 'n' ? '\n' : '\\'));

/**
 * The "Stage history" cell: one step per line, `2026-11-02T09:00:00.000Z Applied — note`, oldest
 * first. Spreadsheets show it as a list inside the cell; Rebound reads it back exactly.
 */
export function formatStageHistory(steps: readonly HistoryStep[]): string {
  return steps
    .map(
      (s) =>
        `${s.at} ${STAGE_LABELS[s.stage]}${s.note ? `${NOTE_SEPARATOR}${escapeNote(s.note)}` : ''}`,
    )
    .join('\n');
}

const stageNote = stageChangeSchema.shape.note;

/** Reads a "Stage history" cell; an error names the step (line within the cell) at fault. */
export function parseStageHistory(cell: string, zone: string): Result<HistoryStep[], string> {
  const steps: HistoryStep[] = [];
  const lines = cell.split('\n').map((l) => l.trim());
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    const space = line.indexOf(' ');
    const at = readLooseInstant(space < 0 ? line : line.slice(0, space), zone);
    if (at === undefined) {
      return err(
        `step ${index + 1} ("${line.slice(0, 40)}") should start with a date such as 2026-11-02T09:00:00Z`,
      );
    }
    const rest = space < 0 ? '' : line.slice(space + 1);
    const cut = rest.indexOf(NOTE_SEPARATOR.trim());
    const stageText = (cut < 0 ? rest : rest.slice(0, cut)).trim();
    const stage = readStage(stageText);
    if (stage === undefined) {
      return err(
        `step ${index + 1}: "${stageText.slice(0, 40)}" is not a stage; use one of ${STAGES.join(', ')}`,
      );
    }
    // The note is held to what the API takes for a stage change, so an export loads back.
    const note = stageNote.safeParse(cut < 0 ? '' : unescapeNote(rest.slice(cut + 1).trim()));
    if (!note.success) {
      return err(`step ${index + 1}: the note ${note.error.issues[0]?.message ?? 'is not valid'}`);
    }
    steps.push({ stage, at, note: note.data });
  }
  return ok(steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)));
}
