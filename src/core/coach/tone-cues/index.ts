import { compileCues, type CompiledCues, type Cue } from '../cues';
import { HIRE_CUES } from './hire';
import { JUDGEMENT_CUES } from './judgement';
import { IRONY_CUES } from './irony';
import { STANDING_CUES } from './standing';
import { EFFORT_CUES } from './effort';

/**
 * The cues tone rules combine. Each names one part of a sentence, never a verdict on its own:
 * "mentions the person hired" is fine in "I hope the new analyst settles in well"; it is a
 * comparison only beside "has only a year's experience". Patterns run over the canonical text
 * (lower case, contractions spelled out, `'s` split off), with the shared phrase vocabulary.
 */
export const TONE_CUES: readonly Cue[] = [
  ...HIRE_CUES,
  ...JUDGEMENT_CUES,
  ...IRONY_CUES,
  ...STANDING_CUES,
  ...EFFORT_CUES,
];

let compiled: CompiledCues | undefined;

/** The tone cues, compiled on first use and shared by every tone rule. */
export function toneCues(): CompiledCues {
  compiled ??= compileCues('tone', TONE_CUES);
  return compiled;
}
