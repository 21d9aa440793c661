import type { CoachDocument } from '../document';
import { memoByArray } from '../memo';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { nameParts, sameName } from '../text/names';
import {
  documentBodyWords,
  earlierBodyWords,
  indexShingles,
  overlaps,
  shingles,
  type ShingleIndex,
} from '../text/similarity';
import { STOP_WORDS, stemWord } from '../text/words';
import type { PreviousMessage } from '../types';

export interface NearDuplicateOptions extends BaseRuleOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** Jaccard similarity of shingle sets from which two bodies count as the same text. */
  minJaccard: number;
  /** Share of this message's shingles found in one earlier message, from which it counts as copied. */
  minContainment: number;
  /** Bodies shorter than this (in shingles) are compared word for word instead. */
  minShingles: number;
  /**
   * Jaccard similarity of the bodies' content words (stemmed), from which a reworded copy counts
   * as the same text: the same letter with "truly" for "really" shares few shingles but almost
   * all of its words.
   */
  minWordJaccard: number;
  /** Content words each body needs before its words are compared. */
  minWords: number;
}

interface Prepared {
  index: ShingleIndex;
  bodies: string[];
  stems: Set<string>[];
}

/** The stemmed content words of a body, which survive rewording that breaks shingles. */
function contentStems(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => !STOP_WORDS.has(w) && /\p{L}/u.test(w)).map(stemWord));
}

function wordJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
}

const cache = new WeakMap<readonly PreviousMessage[], Map<number, Prepared>>();

function prepare(previous: readonly PreviousMessage[], size: number): Prepared {
  const bySize = memoByArray(cache, previous, () => new Map<number, Prepared>());
  let prepared = bySize.get(size);
  if (!prepared) {
    const words = previous.map((m) => earlierBodyWords(typeof m === 'string' ? m : m.text));
    prepared = {
      index: indexShingles(words.map((w) => shingles(w, size))),
      bodies: words.map((w) => w.join(' ')),
      stems: words.map(contentStems),
    };
    bySize.set(size, prepared);
  }
  return prepared;
}

function recipientOf(message: PreviousMessage | undefined): string | undefined {
  return typeof message === 'string' ? undefined : message?.to;
}

function samePerson(doc: CoachDocument, to: string | undefined): boolean {
  const contact = nameParts(doc.input.context.contactName);
  const other = to === undefined ? null : nameParts(to);
  return (
    contact !== null &&
    other !== null &&
    sameName(other.first, contact.first) &&
    sameName(other.last, contact.last)
  );
}

/** A finding for a copy reworded just enough to break shingles, over the whole body. */
function reworded(
  doc: CoachDocument,
  earlier: PreviousMessage | undefined,
  score: number,
  spans: readonly { start: number; end: number }[],
): RuleFinding {
  const to = recipientOf(earlier);
  const percent = Math.round(score * 100);
  const name = doc.input.context.contactName.split(/\s+/)[0] || 'this person';
  return {
    start: spans[0]?.start ?? 0,
    end: spans[spans.length - 1]?.end ?? doc.text.length,
    message: samePerson(doc, to)
      ? `This reuses ${percent}% of the words of a message you already sent ${to}, lightly reworded. A repeat reads as an automatic reminder; if you write again, give them something new.`
      : `This reuses ${percent}% of the words of a message you sent ${to ? `to ${to}` : 'earlier'}, lightly reworded. A hiring manager who compares notes will read it as a template. Write this one for ${name}, around something you talked about.`,
    suggestion: 'Rewrite it around something you talked about with this person.',
  };
}

/** `template/near-duplicate`: the same text already sent, even with names and a word or two changed. */
export const nearDuplicateRule = defineRule<NearDuplicateOptions>({
  id: 'template/near-duplicate',
  category: 'template',
  defaults: {
    severity: 'warning',
    shingleSize: 3,
    minJaccard: 0.5,
    minContainment: 0.7,
    minShingles: 6,
    minWordJaccard: 0.65,
    minWords: 10,
  },
  create(options) {
    return (doc) => {
      const previous = doc.input.context.previousMessages;
      if (previous.length === 0) return [];
      const { words, spans } = documentBodyWords(doc);
      const own = shingles(words, options.shingleSize);
      const prepared = prepare(previous, options.shingleSize);
      const set = new Set(own);
      let best: { index: number; score: number } | undefined;
      if (set.size >= options.minShingles) {
        for (const o of overlaps(prepared.index, set)) {
          if (o.jaccard < options.minJaccard && o.containment < options.minContainment) continue;
          const score = Math.max(o.jaccard, o.containment);
          if (!best || score > best.score) best = { index: o.index, score };
        }
      } else if (words.length >= 4) {
        const body = words.join(' ');
        const index = prepared.bodies.indexOf(body);
        if (index >= 0) best = { index, score: 1 };
      }
      if (!best) {
        const mine = contentStems(words);
        if (mine.size < options.minWords) return [];
        let closest: { index: number; score: number } | undefined;
        for (const [index, stems] of prepared.stems.entries()) {
          if (stems.size < options.minWords) continue;
          const score = wordJaccard(mine, stems);
          if (score >= options.minWordJaccard && (!closest || score > closest.score)) {
            closest = { index, score };
          }
        }
        return closest ? [reworded(doc, previous[closest.index], closest.score, spans)] : [];
      }
      const earlier = prepared.index;
      const shared = own
        .map((s, i) => (earlier.postings.get(s)?.includes(best.index) ? i : -1))
        .filter((i) => i >= 0);
      const first = spans[shared[0] ?? 0];
      const last =
        spans[
          (shared[shared.length - 1] ?? words.length - options.shingleSize) +
            options.shingleSize -
            1
        ];
      const to = recipientOf(previous[best.index]);
      const percent = Math.round(best.score * 100);
      const message = samePerson(doc, to)
        ? `You already sent ${to} a message that is ${percent}% the same. A repeat reads as an automatic reminder; if you write again, give them something new.`
        : `This is ${percent}% the same as a message you sent ${to ? `to ${to}` : 'earlier'}. People compare notes, and a hiring manager who gets a copied message reads it as a template. Write this one for ${doc.input.context.contactName.split(/\s+/)[0] || 'this person'}.`;
      const finding: RuleFinding = {
        start: first?.start ?? 0,
        end: last?.end ?? doc.text.length,
        message,
        suggestion: 'Rewrite it around something you talked about with this person.',
      };
      return [finding];
    };
  },
});
