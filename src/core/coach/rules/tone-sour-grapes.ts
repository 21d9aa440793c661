import type { Combination } from '../cues';
import { definePhraseRule } from '../phrase-rule';

/**
 * Sour grapes and digs: the job was not worth having ("probably better off elsewhere"), a jab
 * measured against their process ("goes more smoothly than the interviews did"), and news of a
 * better offer delivered as a gloat.
 */
export const SOUR_GRAPES_COMBINATIONS: readonly Combination[] = [
  {
    id: 'dig',
    all: ['dig'],
    message:
      '{match} is a dig at how they do things. It may feel like a light touch, but the reader will take it as a parting shot, and it undoes the thanks around it. Wish them well plainly, or leave it out.',
    suggestion: 'I hope the project goes really well.',
  },
  {
    id: 'not-worth-having',
    all: ['sour'],
    message:
      '{match} sounds like sour grapes: the job was not worth having after all. It tells the reader the rejection stung, and it becomes the last impression they have of you. If you are moving on, say so warmly.',
    suggestion: 'Thank you again for your time; I hope our paths cross again.',
  },
  {
    id: 'gloats',
    all: ['bigger-better', ['sour', 'dig', 'superior', 'grudging', 'slight', 'owed']],
    message:
      '{match} delivers good news as a point scored against them. Sharing a new role is lovely; setting it against their decision reads as a gloat. Tell them plainly and thank them.',
    suggestion: 'I have started a new role, and I would love to stay in touch.',
  },
];

/** `tone/sour-grapes`: digs, sour grapes and gloating. */
export const sourGrapesRule = definePhraseRule({
  id: 'tone/sour-grapes',
  category: 'tone',
  groups: [],
  combinations: SOUR_GRAPES_COMBINATIONS,
});
