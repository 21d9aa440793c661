import type { CoachDocument } from '../document';
import { memoByArray } from '../memo';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { nameParts, sameName } from '../text/names';
import {
  bodyWords,
  indexShingles,
  overlaps,
  shingles,
  type ShingleIndex,
} from '../text/similarity';
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
}

interface Prepared {
  index: ShingleIndex;
  bodies: string[];
}

const cache = new WeakMap<readonly PreviousMessage[], Map<number, Prepared>>();

function prepare(previous: readonly PreviousMessage[], size: number): Prepared {
  const bySize = memoByArray(cache, previous, () => new Map<number, Prepared>());
  let prepared = bySize.get(size);
  if (!prepared) {
    const words = previous.map((m) => bodyWords(typeof m === 'string' ? m : m.text).words);
    prepared = {
      index: indexShingles(words.map((w) => shingles(w, size))),
      bodies: words.map((w) => w.join(' ')),
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
  },
  create(options) {
    return (doc) => {
      const previous = doc.input.context.previousMessages;
      if (previous.length === 0) return [];
      const { words, spans } = bodyWords(doc.masked);
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
      if (!best) return [];
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
