import fs from 'node:fs';
import path from 'node:path';
import { docxOf, pdfOf } from '../../test/federal-files';
import type { FederalDocument } from '../../src/core/federal/announcement';
import { parseAnnouncement } from '../../src/core/federal/announcement-import';
import { checkFederalResume, FEDERAL_RULE_IDS } from '../../src/core/federal/check-resume';
import { resumeReader } from '../../src/runtime/federal/resume-reader';

/** One labelled résumé from `eval/federal/*.txt`. */
export interface LabelledResume {
  id: string;
  format: string;
  announcement: string | null;
  attached: FederalDocument[];
  labels: string[];
  text: string;
}

export const GOALS = { recall: 0.9, falseAlarmRate: 0.05 };

/** Reads a split file: `=== id | format | announcement | attached | labels`, then the text. */
export function loadResumes(file: string): LabelledResume[] {
  const cases: LabelledResume[] = [];
  const blocks = fs.readFileSync(file, 'utf8').split(/^=== /m).slice(1);
  for (const block of blocks) {
    const [header = '', ...body] = block.split('\n');
    const [id = '', format = '', announcement = '-', attached = '-', labels = 'clean'] = header
      .split('|')
      .map((part) => part.trim());
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += 1) {
      const repeat = /^@repeat (\d+)$/.exec(body[i] ?? '');
      if (repeat) {
        const next = body[i + 1] ?? '';
        for (let n = 0; n < Number(repeat[1]); n += 1) lines.push(next);
        i += 1;
      } else {
        lines.push(body[i] ?? '');
      }
    }
    cases.push({
      id,
      format,
      announcement: announcement === '-' ? null : announcement,
      attached:
        attached === '-' ? [] : (attached.split(',').map((d) => d.trim()) as FederalDocument[]),
      labels: labels === 'clean' ? [] : labels.split(',').map((l) => l.trim()),
      text: `${lines.join('\n').trim()}\n`,
    });
  }
  return cases;
}

/** The file a case describes, made the way a user's word processor or PDF printer would. */
async function render(item: LabelledResume): Promise<{ name: string; bytes: Uint8Array }> {
  const [kind = 'text', font = 'Helvetica', size = '10', margin = '0.5'] = item.format.split(':');
  const options = { size: Number(size), marginInches: Number(margin) };
  if (kind === 'text')
    return { name: `${item.id}.txt`, bytes: new TextEncoder().encode(item.text) };
  if (kind === 'docx')
    return { name: `${item.id}.docx`, bytes: await docxOf(item.text, { ...options, font }) };
  return {
    name: `${item.id}.pdf`,
    bytes: await pdfOf(item.text, {
      ...options,
      font: font as 'Helvetica',
      picture: kind === 'pdf-photo',
      ...(kind === 'pdf-locked' && { password: 'open sesame' }),
    }),
  };
}

/** The rules each résumé triggered, read and checked by the real readers and rules. */
export async function runCases(items: readonly LabelledResume[], announcementsDir: string) {
  const results: { item: LabelledResume; fired: string[] }[] = [];
  for (const item of items) {
    const file = await render(item);
    const document = await resumeReader.read(file);
    const announcement = item.announcement
      ? parseAnnouncement(fs.readFileSync(path.join(announcementsDir, item.announcement), 'utf8'))
      : null;
    const { findings } = checkFederalResume({
      document,
      announcement,
      attachedDocuments: item.attached,
    });
    results.push({ item, fired: [...new Set(findings.map((f) => f.rule))] });
  }
  return results;
}

export interface RuleScore {
  positives: number;
  found: number;
  recall: number | null;
  negatives: number;
  falseAlarms: number;
  falseAlarmRate: number;
}

/** Recall and false-alarm rate per rule, with the cases behind every miss and false alarm. */
export function score(results: Awaited<ReturnType<typeof runCases>>) {
  const rules: Record<string, RuleScore> = {};
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  for (const rule of FEDERAL_RULE_IDS) {
    const positives = results.filter((r) => r.item.labels.includes(rule));
    const negatives = results.filter((r) => !r.item.labels.includes(rule));
    const found = positives.filter((r) => r.fired.includes(rule));
    const alarms = negatives.filter((r) => r.fired.includes(rule));
    for (const r of positives) if (!r.fired.includes(rule)) missed.push(`${r.item.id}: ${rule}`);
    for (const r of alarms) falseAlarms.push(`${r.item.id}: ${rule}`);
    rules[rule] = {
      positives: positives.length,
      found: found.length,
      recall: positives.length === 0 ? null : found.length / positives.length,
      negatives: negatives.length,
      falseAlarms: alarms.length,
      falseAlarmRate: negatives.length === 0 ? 0 : alarms.length / negatives.length,
    };
  }
  const clean = results.filter((r) => r.item.labels.length === 0);
  return {
    resumes: results.length,
    rules,
    cleanResumesFlagged: clean.filter((r) => r.fired.length > 0).length,
    cleanResumes: clean.length,
    missed,
    falseAlarms,
  };
}

/** Whether every rule with labelled cases meets the goals. */
export function meetsGoals(scored: ReturnType<typeof score>): boolean {
  return Object.values(scored.rules).every(
    (r) =>
      (r.recall === null || r.recall >= GOALS.recall) && r.falseAlarmRate <= GOALS.falseAlarmRate,
  );
}
