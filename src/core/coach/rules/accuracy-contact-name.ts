import type { CoachDocument, Span } from '../document';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { isGivenName, isMisspelling, nameParts, sameName, type NameParts } from '../text/names';
import { foldName } from '../text/tokens';

/** A name used to address someone: in the greeting, or as in "Thanks again, Owen!". */
interface Addressed extends Span {
  text: string;
  honorific: string | null;
  /** Surely a name (after `Hi`, `Dear`), not just a capitalized opening word. */
  explicit: boolean;
}

const VOCATIVE = /[,—–][ \t]*(\p{Lu}[\p{L}'’-]+)[ \t]*[.!?]/gu;

function addressedNames(doc: CoachDocument): Addressed[] {
  const names: Addressed[] = [];
  const greeting = doc.greeting?.name;
  if (greeting) names.push({ ...greeting });
  for (const match of doc.masked.slice(0, doc.closingStart).matchAll(VOCATIVE)) {
    const word = match[1] ?? '';
    const start = match.index + match[0].indexOf(word);
    if (greeting && start < greeting.end) continue;
    names.push({ text: word, start, end: start + word.length, honorific: null, explicit: false });
  }
  return names;
}

function recipients(doc: CoachDocument): NameParts[] {
  return doc.memo('accuracy.recipients', () =>
    doc.input.context.previousMessages
      .map((m) => (typeof m === 'string' ? null : m.to ? nameParts(m.to) : null))
      .filter((p): p is NameParts => p !== null),
  );
}

function matchesContact(words: readonly string[], contact: NameParts, honorific: boolean): boolean {
  return words.some(
    (w) =>
      contact.all.some((part) => sameName(w, part)) || (honorific && sameName(w, contact.last)),
  );
}

function check(
  doc: CoachDocument,
  name: Addressed,
  contact: NameParts,
  contactName: string,
): RuleFinding | null {
  const words = name.text.split(/\s+/).map(foldName);
  if (matchesContact(words, contact, name.honorific !== null)) {
    return partSlip(name, words, contact, contactName);
  }
  const first = contactName.split(/\s+/)[0] ?? contactName;
  const targets = name.honorific ? [contact.last, contact.first] : [contact.first, ...contact.all];
  const slip = words.find((w) => targets.some((t) => isMisspelling(w, t)));
  if (slip !== undefined) {
    const correct = name.honorific ? (contactName.split(/\s+/).slice(-1)[0] ?? contactName) : first;
    return {
      start: name.start,
      end: name.end,
      message: `“${name.text}” looks like a slip for ${correct}. People notice their own name misspelled before anything else in a message, and it undoes the care in the rest.`,
      suggestion: correct,
    };
  }
  const other = recipients(doc).find((r) => words.some((w) => sameName(w, r.first)));
  // A capitalised word alone ("Kate," "Thanks again, Jim!") greets someone when it is a given name.
  if (!name.explicit && !other && !(words.length === 1 && isGivenName(words[0] ?? ''))) return null;
  const from = other
    ? ` It is the name from your message to ${other.all.map((p) => p[0]?.toUpperCase() + p.slice(1)).join(' ')}.`
    : '';
  return {
    start: name.start,
    end: name.end,
    message: `This greets ${name.text}, but the message is for ${contactName}.${from} Writing to someone by another person's name tells them the message was copied.`,
    suggestion: first,
  };
}

/**
 * A greeting with two of the person's names, one of them right and the other a slip ("Dear Wei
 * Lin" to Wei Ling): the right one must not hide the wrong one.
 */
function partSlip(
  name: Addressed,
  words: readonly string[],
  contact: NameParts,
  contactName: string,
): RuleFinding | null {
  const written = name.text.split(/\s+/);
  const parts = contactName.split(/\s+/);
  // A name already greeted rightly is not what another word misspells ("Caro Marco" is Marco).
  const greeted = parts.filter((part) => words.some((w) => sameName(w, foldName(part))));
  for (const [i, word] of words.entries()) {
    if (contact.all.some((part) => sameName(word, part))) continue;
    const meant = parts.find(
      (part) => !greeted.includes(part) && isMisspelling(word, foldName(part)),
    );
    if (meant === undefined) continue;
    const corrected = written.map((w, k) => (k === i ? meant : w)).join(' ');
    return {
      start: name.start,
      end: name.end,
      message: `“${name.text}” looks like a slip for ${corrected}. People notice their own name misspelled before anything else in a message, and it undoes the care in the rest.`,
      suggestion: corrected,
    };
  }
  return null;
}

/** `accuracy/contact-name`: the person's name misspelled, or someone else's name used. */
export const contactNameRule = defineRule<BaseRuleOptions>({
  id: 'accuracy/contact-name',
  category: 'accuracy',
  defaults: { severity: 'error' },
  create() {
    return (doc) => {
      const contactName = doc.input.context.contactName.trim();
      const contact = nameParts(contactName);
      if (!contact) return [];
      return addressedNames(doc)
        .map((name) => check(doc, name, contact, contactName))
        .filter((f): f is RuleFinding => f !== null);
    };
  },
});
