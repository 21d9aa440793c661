import type { Stage } from '../../core/stages';

/** A color per stage: cool while moving forward, green for an offer, quiet grey once closed. */
export const STAGE_COLORS: Record<Stage, string> = {
  saved: 'gray',
  applied: 'blue',
  screen: 'cyan',
  interview: 'indigo',
  final: 'violet',
  offer: 'green',
  rejected: 'gray',
  withdrawn: 'gray',
  ghosted: 'gray',
};
