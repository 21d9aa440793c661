import { describe, expect, it } from 'vitest';
import { createDocument } from '../document';
import {
  contextWords,
  DENSE_FEATURES,
  featureId,
  featureOrigins,
  toneUnitFeatures,
  toneUnits,
  traitsOf,
  type ToneLexicon,
} from './features';
import { toneLexicon } from './lexicon';

const lexicon = toneLexicon();
const dense = (name: (typeof DENSE_FEATURES)[number], values: Float64Array) =>
  values[DENSE_FEATURES.indexOf(name)] ?? NaN;

function features(body: string, facts: string[] = []) {
  const doc = createDocument({
    kind: 'feedback_request',
    text: `Hi Jane,\n${body}\nBest,\nSam`,
    context: { company: 'Acme', contactName: 'Jane Doe', facts },
  });
  return { doc, sentences: toneUnitFeatures(doc, lexicon).filter((u) => !u.clause) };
}

describe('tone features', () => {
  it('reads body sentences only, each with words, word groups and character n-grams', () => {
    const { sentences } = features('Thanks for the call. The dashboard was impressive.');
    expect(sentences).toHaveLength(2);
    const [, second] = sentences;
    for (const name of [
      'w:dashboard',
      'b:the dashboard',
      't:the dashboard was',
      'g:<das',
      'g:ive>',
    ]) {
      expect(second?.sparse).toContain(featureId(name));
    }
    expect(second?.sparse).not.toContain(featureId('w:jane'));
  });

  it('masks the user’s own subject, but never a hostile word their notes hold', () => {
    const { sentences } = features('The mortgage arrears book was unfair to judge me on.', [
      'their mortgage arrears book',
      'how unfair the panel was',
    ]);
    const ids = sentences[0]?.sparse ?? [];
    expect(ids).not.toContain(featureId('w:mortgage'));
    expect(ids).not.toContain(featureId('w:arrears'));
    expect(ids).toContain(featureId('w:unfair'));
    expect(ids).toContain(featureId('b:_ was'));
    expect(ids).toContain(featureId('b:was unfair'));
  });

  it('turns a sentiment word round after a negator, as VADER does', () => {
    const plain = features('The process was fair.').sentences[0]?.dense;
    const negated = features('The process was not fair.').sentences[0]?.dense;
    expect(plain && dense('positive', plain)).toBeGreaterThan(0);
    expect(plain && dense('negative', plain)).toBe(0);
    expect(negated && dense('negative', negated)).toBeGreaterThan(0);
  });

  it('notices profanity, the reader addressed, runs of question marks, capitals and emoji', () => {
    const [sentence] = features('WHY WOULD you lot be so crap at replying?? 🙄').sentences;
    const values = sentence?.dense ?? new Float64Array();
    expect(dense('profanity', values)).toBeGreaterThan(0);
    expect(dense('you', values)).toBeGreaterThan(0);
    expect(dense('question-run', values)).toBe(1);
    expect(dense('shouting', values)).toBeGreaterThan(0);
    expect(sentence?.sparse).toContain(featureId('e:🙄'));
  });

  it('says where each feature was written, for explaining a score', () => {
    const { doc } = features('You lot are clowns.');
    const [unit] = toneUnits(doc);
    const origins = unit ? featureOrigins(doc, lexicon, unit) : [];
    const clowns = origins.find((o) => o.name === 'w:clowns');
    expect(clowns && doc.text.slice(clowns.start, clowns.end)).toBe('clowns');
  });

  it('scores the clauses of a long sentence as well as the whole', () => {
    const { doc } = features(
      'I enjoyed the day with the team, though I doubt the panel has run a project themselves.',
    );
    const units = toneUnits(doc);
    expect(units.filter((u) => !u.clause)).toHaveLength(1);
    expect(units.filter((u) => u.clause).map((u) => doc.text.slice(u.start, u.end))).toEqual([
      'I enjoyed the day with the team,',
      'though I doubt the panel has run a project themselves.',
    ]);
    expect(toneUnits(features('Thanks, Jane.').doc).every((u) => !u.clause)).toBe(true);
  });

  it('rates a plural by its singular when only that is rated', () => {
    const fake: ToneLexicon = {
      traits: (word) => (word === 'idiot' ? { valence: -2, profanity: 1 } : undefined),
    };
    expect(traitsOf(fake, 'idiots')).toEqual({ valence: -2, profanity: 1 });
    expect(traitsOf(fake, 'class')).toBeUndefined();
  });

  it('keeps context words that the lexicon calls neutral', () => {
    const doc = createDocument({
      kind: 'thank_you',
      text: 'Thanks',
      context: { facts: ['the debt recovery pilot'] },
    });
    expect(contextWords(doc, lexicon).has('pilot')).toBe(true);
  });
});
