import { LINKEDIN_NOTE_LIMITS } from '../../../core/coach';
import type { LinkedinPlan, MessageKind } from '../../../core/enums';

export interface MessageCounts {
  words: number;
  /** Characters as a person (and LinkedIn) counts them: one per emoji or accented letter. */
  characters: number;
}

export function countMessage(text: string): MessageCounts {
  const trimmed = text.trim();
  return {
    words: trimmed === '' ? 0 : trimmed.split(/\s+/u).length,
    characters: [...text].length,
  };
}

/** The character limit the channel puts on this message, if any: LinkedIn's for a note. */
export function characterLimit(
  kind: MessageKind,
  channel: 'email' | 'linkedin' | 'other',
  plan: LinkedinPlan,
): number | null {
  return channel === 'linkedin' && kind === 'linkedin_note' ? LINKEDIN_NOTE_LIMITS[plan] : null;
}
