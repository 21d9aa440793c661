import { fillers } from 'fillers';
import { hedges } from 'hedges';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
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

  it('finds in a message read chunk by chunk what it finds reading the message whole', () => {
    const whole = (text: string) => {
      const file = new VFile(text);
      const processor = unified().use(retextEnglish).use(retextPassive);
      processor.runSync(processor.parse(file), file);
      return file.messages.map((m) => [m.place && 'start' in m.place ? m.place.start.offset : -1]);
    };
    const chunked = retextRunner(retextPassive, {}, 'test-passive-chunks');
    const text = [
      'Hi Marta,',
      '',
      'The decision was made quickly. I was told by the recruiter on Monday',
      'that it was final. The notes were lost:',
      'they were found later.',
      '',
      'It could be reviewed. Mistakes were made!',
      'Best,',
      'Ana',
    ].join('\n');
    const doc = createDocument({ kind: 'other', text });
    expect(chunked(doc).map((n) => [n.start])).toEqual(whole(text));
    expect(chunked(doc).map((n) => text.slice(n.start, n.end))).toEqual([
      'made',
      'told',
      'lost',
      'found',
      'made',
    ]);
    // Typed again with one paragraph changed, the others come from the cache, at their new places.
    const edited = `Hi Marta,\n\nA new line was written here.\n${text.slice(11)}`;
    const again = chunked(createDocument({ kind: 'other', text: edited }));
    expect(again.map((n) => edited.slice(n.start, n.end))).toEqual([
      'written',
      'made',
      'told',
      'lost',
      'found',
      'made',
    ]);
  });
});
