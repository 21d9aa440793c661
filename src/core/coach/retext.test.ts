import { fillers } from 'fillers';
import { hedges } from 'hedges';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import { describe, expect, it } from 'vitest';
import { weasels } from 'weasels';
import { createDocument } from './document';
import { retextRunner, sentencesWith } from './retext';

const TEXTS = [
  'Hi Marta,\nThe decision was made quickly. I was told by the recruiter. It could be reviewed.\nBest,\nAna',
  'I think maybe you could perhaps share a pointer? I just basically wanted to say thanks.',
  'Mistakes were made, sort of. In my opinion it is more or less done. "Was" is a word, IS it not?',
  'Nothing here is passive-ish; the team’s choice WAS understood and am glad. Being seen matters.',
  'Honestly it was kind of rushed, and the notes were lost. Hopefully they are found.',
];

describe('retext runner', () => {
  it('gives the same passive notes on the sentences it keeps as on the whole message', () => {
    const all = retextRunner(retextPassive, {}, 'test-passive-all');
    const some = retextRunner(
      retextPassive,
      {},
      'test-passive-some',
      sentencesWith(['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be']),
    );
    for (const text of TEXTS) {
      const doc = createDocument({ kind: 'other', text });
      expect(some(doc)).toEqual(all(doc));
    }
    expect(all(createDocument({ kind: 'other', text: TEXTS[0] ?? '' })).length).toBe(2);
  });

  it('gives the same intensifier notes on the sentences it keeps as on the whole message', () => {
    const searched = ['just', 'maybe', 'perhaps', 'think', 'sort of', 'in my opinion', 'kind of'];
    const ignore = [...new Set([...hedges, ...fillers, ...weasels])].filter(
      (w) => !searched.includes(w),
    );
    const all = retextRunner(retextIntensify, { ignore }, 'test-intensify-all');
    const some = retextRunner(
      retextIntensify,
      { ignore },
      'test-intensify-some',
      sentencesWith(searched.map((phrase) => phrase.split(' ')[0] ?? '')),
    );
    for (const text of TEXTS) {
      const doc = createDocument({ kind: 'other', text });
      expect(some(doc)).toEqual(all(doc));
    }
    expect(all(createDocument({ kind: 'other', text: TEXTS[1] ?? '' })).length).toBe(4);
  });
});
