import { describe, expect, it } from 'vitest';
import { CONTEXT } from '../../../test/coach';
import {
  checkCombinations,
  compileCues,
  findCues,
  matchCombinations,
  type Combination,
} from './cues';
import { createDocument } from './document';
import { TONE_CUES } from './tone-cues';

const cues = compileCues('test', [
  { id: 'hire', label: 'the hire', patterns: ['the (?:new|successful) {JOB}'] },
  { id: 'lacks', label: 'a lack', patterns: ['only {GAP:2}(?:year|years)'] },
  { id: 'mine', label: 'my doing', notSelf: true, patterns: ['misjudged'] },
  { id: 'wish', label: 'a good wish', patterns: ['hope'] },
]);

const doc = (text: string) =>
  createDocument({ kind: 'feedback_request', text, context: { ...CONTEXT } });

const compares: Combination = {
  id: 'compares',
  all: ['hire', 'lacks'],
  message: '{match} compares.',
};

describe('tone cues', () => {
  it('finds cues per sentence, with their spans in the original text', () => {
    const text = 'The new planner has only a year of experience. I hope all is well.';
    const index = findCues(doc(text), cues);
    const first = index.bySentence.get(0) ?? [];
    expect(first.map((h) => h.cue)).toEqual(['hire', 'lacks']);
    expect(first.map((h) => text.slice(h.start, h.end))).toEqual([
      'The new planner',
      'only a year',
    ]);
    expect(index.bySentence.get(1)?.map((h) => h.cue)).toEqual(['wish']);
    expect([...index.present].sort()).toEqual(['hire', 'lacks', 'wish']);
  });

  it('leaves out cues whose subject is the writer when asked to', () => {
    expect(findCues(doc('I misjudged the time.'), cues).present.has('mine')).toBe(false);
    expect(findCues(doc('The panel misjudged it.'), cues).present.has('mine')).toBe(true);
  });

  it('combines cues that meet in one sentence, and only there', () => {
    expect(
      matchCombinations(doc('The new planner has only a year in post.'), cues, [compares]),
    ).toHaveLength(1);
    expect(
      matchCombinations(doc('The new planner is lovely. I have only a year left.'), cues, [
        compares,
      ]),
    ).toHaveLength(0);
  });

  it('reaches back one sentence when a combination allows it', () => {
    const text = 'I met the new planner. Only a year in the job!';
    expect(
      matchCombinations(doc(text), cues, [{ ...compares, all: ['lacks', 'hire'] }]),
    ).toHaveLength(0);
    expect(
      matchCombinations(doc(text), cues, [
        { ...compares, all: ['lacks', 'hire'], reachBack: true },
      ]),
    ).toHaveLength(1);
  });

  it('stays quiet when an unless cue is present or the sentence accepts the decision', () => {
    const text = 'I hope the new planner, only a year in, settles well.';
    expect(matchCombinations(doc(text), cues, [{ ...compares, unless: ['wish'] }])).toHaveLength(0);
    const accepted = 'The new planner has only a year in post, but I understand.';
    expect(
      matchCombinations(doc(accepted), cues, [{ ...compares, unlessAccepted: true }]),
    ).toHaveLength(0);
  });

  it('refuses unknown cue names and repeated cue ids when rules are built', () => {
    expect(() => checkCombinations([{ ...compares, all: ['hire', 'nope'] }], cues)).toThrow(
      /unknown cue nope/,
    );
    expect(() =>
      compileCues('twice', [
        { id: 'a', label: 'a', patterns: ['x'] },
        { id: 'a', label: 'b', patterns: ['y'] },
      ]),
    ).toThrow(/share the id/);
  });

  it('gives every tone cue a label for explanations', () => {
    for (const cue of TONE_CUES) expect(cue.label.length).toBeGreaterThan(5);
  });
});
