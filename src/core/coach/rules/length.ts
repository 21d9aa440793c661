import type { CoachDocument } from '../document';
import { defineRule, type BaseRuleOptions } from '../rule';
import type { CoachKind, LinkedinPlan } from '../types';

/** LinkedIn connection-note limits by plan (third-party reports; PRODUCT.md). */
export const LINKEDIN_NOTE_LIMITS: Record<LinkedinPlan, number> = { free: 200, paid: 300 };

/** Characters as a person counts them: code points, so an emoji is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The UTF-16 offset of the code point at `index`. */
function offsetOfCodePoint(text: string, index: number): number {
  let seen = 0;
  let offset = 0;
  for (const ch of text) {
    if (seen === index) return offset;
    seen += 1;
    offset += ch.length;
  }
  return text.length;
}

export interface ChannelLimitOptions extends BaseRuleOptions {
  limits: Record<LinkedinPlan, number>;
  /** Share of the limit from which a note gets a heads-up. */
  nearShare: number;
}

/** `length/channel-limit`: a LinkedIn note over the plan's limit. */
export const channelLimitRule = defineRule<ChannelLimitOptions>({
  id: 'length/channel-limit',
  category: 'length',
  defaults: {
    severity: 'error',
    kinds: ['linkedin_note'],
    limits: LINKEDIN_NOTE_LIMITS,
    nearShare: 0.9,
  },
  create(options) {
    return (doc) => {
      const plan = doc.input.context.linkedinPlan;
      const limit = options.limits[plan];
      const count = characterCount(doc.text.trimEnd());
      if (count > limit) {
        return [
          {
            start: offsetOfCodePoint(doc.text, limit),
            end: doc.text.trimEnd().length,
            message: `This note has ${count} characters; LinkedIn allows ${limit} on a ${plan} plan, so the end would be cut off or the note refused. Keep one detail and one warm line.`,
            suggestion: `Trim ${count - limit} characters.`,
          },
        ];
      }
      if (count >= limit * options.nearShare) {
        return [
          {
            start: 0,
            end: 0,
            severity: 'info',
            message: `${count} of ${limit} characters: close to LinkedIn's limit on a ${plan} plan.`,
          },
        ];
      }
      return [];
    };
  },
});

export interface IdealLength {
  /** Below this many words the message may feel curt. */
  min: number;
  /** Above this, it starts to ask a lot of a busy reader. */
  ideal: number;
  /** Above this, most readers will skim or put it off. */
  max: number;
}

/** Word counts per kind: short enough to read on a phone between meetings. */
export const IDEAL_LENGTHS: Partial<Record<CoachKind, IdealLength>> = {
  feedback_request: { min: 25, ideal: 150, max: 200 },
  thank_you: { min: 20, ideal: 150, max: 200 },
  keep_in_touch: { min: 20, ideal: 150, max: 200 },
  follow_up: { min: 15, ideal: 120, max: 180 },
};

export interface IdealLengthOptions extends BaseRuleOptions {
  lengths: Partial<Record<CoachKind, IdealLength>>;
}

function wordCount(doc: CoachDocument): number {
  return doc.tokens.filter((t) => t.kind === 'word').length;
}

const KIND_NAMES: Record<CoachKind, string> = {
  feedback_request: 'a feedback request',
  thank_you: 'a thank-you note',
  keep_in_touch: 'a keep-in-touch note',
  linkedin_note: 'a LinkedIn note',
  follow_up: 'a follow-up',
  other: 'a message',
};

/** `length/ideal`: much longer (or shorter) than a message of its kind should be. */
export const idealLengthRule = defineRule<IdealLengthOptions>({
  id: 'length/ideal',
  category: 'length',
  defaults: { severity: 'warning', lengths: IDEAL_LENGTHS },
  create(options) {
    return (doc) => {
      const ideal = options.lengths[doc.input.kind];
      const words = wordCount(doc);
      if (!ideal || words === 0) return [];
      const what = KIND_NAMES[doc.input.kind];
      if (words > ideal.ideal) {
        const over = words > ideal.max;
        return [
          {
            start: 0,
            end: doc.text.length,
            severity: over ? options.severity : 'info',
            message: `At ${words} words this is long for ${what}; about ${ideal.ideal} or fewer reads comfortably on a phone. A hiring manager who opens a long message tends to put it off, and then forget it. Keep the detail that matters most and one clear question.`,
          },
        ];
      }
      if (words < ideal.min) {
        return [
          {
            start: 0,
            end: doc.text.length,
            severity: 'info',
            message: `At ${words} words this may read as curt for ${what}. A line of thanks and one specific detail usually fit in a few more words.`,
          },
        ];
      }
      return [];
    };
  },
});
