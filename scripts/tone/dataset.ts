/**
 * Turns labelled messages into the tone model's examples: one per unit (each body sentence, and
 * each clause of a sentence that has several). In a message labelled with a tone problem, the
 * units holding its quoted words are positive and the rest count as mildly negative (the writer
 * marked where the problem is); every unit of a message without a tone problem is negative.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDocument } from '../../src/core/coach/document';
import { toneUnitFeatures, type ToneLexicon } from '../../src/core/coach/tone/features';
import { loadItems, type LabelledItem } from '../eval/coach-eval';

/** Weight of an unquoted unit in a message with a tone problem. */
const UNQUOTED_WEIGHT = 0.3;

export interface Example {
  start: number;
  end: number;
  sparse: number[];
  dense: Float64Array;
  label: 0 | 1;
  weight: number;
}

export interface LabelledMessage {
  id: string;
  file: string;
  /** Labelled with a tone problem. */
  tone: boolean;
  /** Labelled clean: no problem of any kind. */
  clean: boolean;
  examples: Example[];
  item: LabelledItem;
  /**
   * Where the file's quotes come from: its writer, or the phrase rules of the time (older
   * files). Only writer-quoted files can judge the rules, so only they choose the thresholds.
   */
  quotes: 'writer' | 'rules';
}

export const isTone = (item: LabelledItem) =>
  item.expect.includes('tone') || item.expect_any.includes('tone');

/** The spans of a message's quotes (every occurrence of each). */
function quoteSpans(item: LabelledItem): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const quote of item.quote ?? []) {
    if (quote.trim() === '') continue;
    let at = item.text.indexOf(quote);
    while (at !== -1) {
      spans.push({ start: at, end: at + quote.length });
      at = item.text.indexOf(quote, at + 1);
    }
  }
  return spans;
}

/** One labelled message as examples; null when a tone message has no usable quote. */
export function messageExamples(
  item: LabelledItem,
  file: string,
  lexicon: ToneLexicon,
  quotes: LabelledMessage['quotes'] = 'writer',
): LabelledMessage | null {
  const doc = createDocument({ kind: item.kind, text: item.text, context: item.context });
  const tone = isTone(item);
  const spans = tone ? quoteSpans(item) : [];
  if (tone && spans.length === 0) return null;
  const examples = toneUnitFeatures(doc, lexicon).map((s): Example => {
    const quoted = spans.some((q) => q.start < s.end && s.start < q.end);
    return {
      start: s.start,
      end: s.end,
      sparse: s.sparse,
      dense: s.dense,
      label: quoted ? 1 : 0,
      weight: tone && !quoted ? UNQUOTED_WEIGHT : 1,
    };
  });
  const clean = item.expect.length === 0 && item.expect_any.length === 0;
  return { id: item.id, file, tone, clean, examples, item, quotes };
}

/** Every labelled message of the given fixture files. */
export function loadMessages(files: readonly string[], lexicon: ToneLexicon): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  for (const file of files) {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { quotes?: string };
    const quotes = raw.quotes === 'rules' ? 'rules' : 'writer';
    for (const item of loadItems(file)) {
      const message = messageExamples(item, path.basename(file), lexicon, quotes);
      if (message) out.push(message);
    }
  }
  return out;
}

/** The training fixture files (`eval/coach/train*.json`), sorted. */
export function trainingFiles(root: string): string[] {
  const dir = path.join(root, 'eval', 'coach');
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('train') && f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}
