import { tokenIndexAt, type CoachDocument } from './document';
import {
  accepts,
  canonicalStarts,
  expand,
  namedSpans,
  negatedBefore,
  selfSubject,
  sentenceText,
  type PhraseMatch,
} from './phrases';
import { compileWordPattern, scanWords, type WordPattern } from './text/word-pattern';

/**
 * A cue is one small signal in a sentence, too weak to report on its own: "refers to the person
 * they hired", "asks how a decision was reached", "doubts that something was judged fairly".
 * Rules combine cues (see {@link Combination}), so one idea covers the many sentences that
 * put the same parts together in different words. Patterns use the phrase vocabulary.
 */
export interface Cue {
  id: string;
  /** How an explanation names it ("a mention of the person they hired"). */
  label: string;
  patterns: readonly string[];
  /** Skip a hit whose nearest subject is the writer ("I underestimated the task"). */
  notSelf?: boolean;
  /** Skip a hit with a negation just before it in its clause. */
  negatable?: boolean;
}

export interface CueHit {
  cue: string;
  sentence: number;
  /** The span in the original text. */
  start: number;
  end: number;
}

/** The cues found in one message. */
export interface CueIndex {
  /** Hits per sentence index, in text order. */
  bySentence: ReadonlyMap<number, readonly CueHit[]>;
  /** Every cue id found anywhere in the message. */
  present: ReadonlySet<string>;
}

export interface CompiledCues {
  /** Names the table for the per-document cache. */
  key: string;
  cues: readonly { cue: Cue; pattern: WordPattern }[];
  ids: ReadonlySet<string>;
}

/** Compiles a cue table once; a bad pattern or a repeated id fails here, never while checking. */
export function compileCues(key: string, cues: readonly Cue[]): CompiledCues {
  const ids = new Set<string>();
  for (const cue of cues) {
    if (ids.has(cue.id)) throw new Error(`Two cues share the id ${cue.id}`);
    ids.add(cue.id);
  }
  return {
    key,
    ids,
    cues: cues.map((cue) => ({
      cue,
      pattern: compileWordPattern(cue.patterns.map(expand).join('|')),
    })),
  };
}

/** Every cue of a table in a message, computed once per document and table. */
export function findCues(doc: CoachDocument, compiled: CompiledCues): CueIndex {
  return doc.memo(`cues.${compiled.key}`, () => {
    const named = namedSpans(doc);
    const bySentence = new Map<number, CueHit[]>();
    const present = new Set<string>();
    const starts = canonicalStarts(doc);
    for (const { cue, pattern } of compiled.cues) {
      const scanner = scanWords(pattern, starts);
      let from = 0;
      for (let match = scanner.next(from); match; match = scanner.next(from)) {
        from = match.index + Math.max(1, match[0].length);
        const index = tokenIndexAt(doc.canon, match.index);
        const span = doc.spanOf(match.index, match.index + match[0].length);
        const refused =
          (cue.negatable && negatedBefore(doc, index)) ||
          (cue.notSelf && selfSubject(doc, index)) ||
          span.start >= doc.closingStart ||
          named.some((n) => n.start <= span.start && span.end <= n.end);
        // A refused match may hide a shorter one inside it ("…reassurance that it was kept fair").
        if (refused) {
          from = match.index + 1;
          continue;
        }
        const sentence = doc.canon[index]?.sentence ?? 0;
        const list = bySentence.get(sentence) ?? [];
        list.push({ cue: cue.id, sentence, ...span });
        bySentence.set(sentence, list);
        present.add(cue.id);
      }
    }
    for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
    return { bySentence, present };
  });
}

/**
 * An idea made of cues that must meet in one sentence: "a reference to the person hired" with
 * "a remark on their experience" is a comparison with the hire, however it is worded.
 */
export interface Combination {
  /** Names the idea in tests and in the decision record. */
  id: string;
  /** Each entry must hit in the sentence; an entry that is a list is met by any of its cues. */
  all: readonly (string | readonly string[])[];
  /** No finding when any of these cues is in the sentence. */
  unless?: readonly string[];
  /** Skip when the sentence or the next accepts the decision ("…, but I understand"). */
  unlessAccepted?: boolean;
  /**
   * Let every entry but the first be met in the sentence before, for ideas told in two steps
   * ("The launch slipped. I did suggest a pilot at my interview.").
   */
  reachBack?: boolean | 2;
  /** What a hiring manager will read into it and a better direction. `{match}` quotes the words. */
  message: string;
  suggestion?: string;
  /** A clear-cut case: reported at the rule's strong severity. */
  strong?: boolean;
}

/** Throws when a combination names a cue the table does not have (at rule creation). */
export function checkCombinations(
  combinations: readonly Combination[],
  compiled: CompiledCues,
): void {
  for (const combination of combinations) {
    const names = [...combination.all.flat(), ...(combination.unless ?? [])];
    const unknown = names.find((name) => !compiled.ids.has(name));
    if (unknown !== undefined) {
      throw new Error(`Combination ${combination.id} names an unknown cue ${unknown}`);
    }
  }
}

/**
 * Sentences where a combination's cues meet; at most one match per sentence (the first
 * combination listed wins), spanning the cues it used.
 */
export function matchCombinations(
  doc: CoachDocument,
  compiled: CompiledCues,
  combinations: readonly Combination[],
): (PhraseMatch & { combination: Combination })[] {
  if (combinations.length === 0) return [];
  const index = findCues(doc, compiled);
  const matches: (PhraseMatch & { combination: Combination })[] = [];
  for (const [sentence, hits] of index.bySentence) {
    const here = new Set(hits.map((h) => h.cue));
    const before = index.bySentence.get(sentence - 1) ?? [];
    const further = index.bySentence.get(sentence - 2) ?? [];
    for (const combination of combinations) {
      if (combination.unless?.some((cue) => here.has(cue))) continue;
      const used: CueHit[] = [];
      const met = combination.all.every((entry, position) => {
        const options = typeof entry === 'string' ? [entry] : entry;
        const reach = position > 0 ? combination.reachBack : undefined;
        const pool =
          reach === 2 ? [...further, ...before, ...hits] : reach ? [...before, ...hits] : hits;
        const hit = pool.find((h) => options.includes(h.cue));
        if (hit) used.push(hit);
        return hit !== undefined;
      });
      if (!met) continue;
      if (combination.unlessAccepted) {
        const text = sentenceText(doc, doc.sentences[sentence]);
        const next = sentenceText(doc, doc.sentences[sentence + 1]);
        if (accepts(text) || accepts(next)) continue;
      }
      const start = Math.min(...used.map((h) => h.start));
      const end = Math.max(...used.map((h) => h.end));
      matches.push({
        combination,
        group: { id: combination.id, patterns: [], message: combination.message },
        start,
        end,
        quote: doc.text.slice(start, end),
      });
      break;
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
