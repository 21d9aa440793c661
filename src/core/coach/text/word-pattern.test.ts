import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../check-message';
import { createDocument } from '../document';
import {
  allWordMatches,
  compileWordPattern,
  compiledWordPatterns,
  startTable,
  type WordPattern,
} from './word-pattern';
import { matchStarts } from './match-starts';

/** What a plain scan of the global pattern finds: the reference the start table must match. */
function plainScan(pattern: WordPattern, text: string): string[] {
  const out: string[] = [];
  pattern.regex.lastIndex = 0;
  for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0] === '') pattern.regex.lastIndex += 1;
  }
  return out;
}

const scan = (pattern: WordPattern, text: string) =>
  allWordMatches(pattern, startTable(text)).map((m) => `${m.index}:${m[0]}`);

const MESSAGES = [
  'Hi Marta,\nThank you for letting me know. I was told by the recruiter that I was the strongest candidate in the final round.\nBest,\nAna',
  "Honestly, I'm frustrated that nobody called me after 4 rounds of interviews!!! It's a joke.",
  'I believe I met every requirement in the advert, so I would like to understand how the decision was made.',
  'Please let me know if there is any way the decision could be reviewed — I need this job.',
  'I hope the person you hired turns out to be worth it. Great, another automated rejection, 2 minutes to 5 on a Friday.',
  'Café owners, co-ordinators and the déjà-vu panel: you didn’t even read my CV (three pages).',
  'I would be grateful for any pointers, even a single sentence, but I understand if you are too busy.',
  'The successful candidate has only a year of experience; I have led ten teams and 12 launches.',
  'With all due respect, I strongly disagree — the decision does not reflect my interview.',
  'i i i the the the a a 2 2 -- ... !!! ?? "quoted" (aside) x',
];

describe('word patterns', () => {
  it('works out the strings a match starts with', () => {
    expect(matchStarts('i (?:am|was) here')?.sort()).toEqual(['i am h', 'i was ']);
    expect(matchStarts('(?:the )?cat')?.sort()).toEqual(['cat', 'the ca']);
    // Too many to list at full depth, so cut shorter, but still pinned down.
    const minutes = matchStarts('\\d+ minutes') ?? [];
    expect(minutes.some((start) => '12 minutes'.startsWith(start))).toBe(true);
    expect(minutes.some((start) => 'minutes'.startsWith(start))).toBe(false);
    expect(matchStarts('(?=no)nobody|a(?:b|c)?')?.sort()).toEqual(['a', 'ab', 'ac', 'nobody']);
  });

  it('gives up where a match may start with any word, or the syntax is unfamiliar', () => {
    expect(matchStarts("[a-z0-9'][a-z0-9'-]* (?:said|told)")).toBeNull();
    expect(matchStarts('(?:very )*')).toBeNull();
    expect(matchStarts('(a)\\1')).toBeNull();
  });

  it('finds what a plain scan finds, for tricky patterns', () => {
    const patterns = [
      'i',
      'the|the panel',
      '\\d+ (?:minutes|rounds)',
      '(?:[.!?] )?great',
      '(?<!not )(?:read|even read) my (?:cv|resume)',
      'caf|d|vu',
      '!+|\\?+',
      '(?:co-ordinators?|panel) ,?',
    ].map(compileWordPattern);
    for (const text of MESSAGES.map((m) => createDocument({ kind: 'other', text: m }).canonical)) {
      for (const pattern of patterns) expect(scan(pattern, text)).toEqual(plainScan(pattern, text));
    }
  });

  it('finds what a plain scan finds, for every pattern of the default rules', () => {
    defaultRuleSet();
    const patterns = compiledWordPatterns();
    expect(patterns.length).toBeGreaterThan(50);
    for (const message of MESSAGES) {
      const text = createDocument({ kind: 'feedback_request', text: message }).canonical;
      for (const pattern of patterns) expect(scan(pattern, text)).toEqual(plainScan(pattern, text));
    }
  });
});
