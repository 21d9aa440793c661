import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../check-message';
import { isHonorific } from '../document';
import { characterCount, LINKEDIN_NOTE_LIMITS } from '../rules/length';
import type { CoachKind } from '../types';
import { buildDraft, phraseForDraft, type Draft, type DraftInput } from './build-draft';

const KINDS: CoachKind[] = [
  'feedback_request',
  'thank_you',
  'keep_in_touch',
  'linkedin_note',
  'follow_up',
  'other',
];

const given = fc.oneof(
  // A title (Sir, Capt, Don…) is not a given name: a draft greets such a person by surname.
  fc.stringMatching(/^[A-Z][a-z]{1,11}$/).filter((n) => !isHonorific(n)),
  fc.constantFrom(
    'Zoë',
    'Siobhan',
    'Tomasz',
    'Adaeze',
    'José',
    'Mary-Kate',
    'Nguyễn',
    'Ólafur',
    'Li',
  ),
);
const family = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z]{1,13}$/),
  fc.constantFrom("O'Neill", 'Wójcik', 'van Dijk', 'Okafor', 'Smith-Jones'),
);
const companyWord = fc.stringMatching(/^[A-Z][a-z]{2,10}$/);
const company = fc
  .tuple(
    fc.array(companyWord, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', ' Ltd', ' Labs', ' & Co', ' Inc.'),
  )
  .map(([words, suffix]) => `${words.join(' ')}${suffix}`);
const topicNoun = fc.constantFrom(
  'pricing model',
  'billing migration',
  'depot',
  'tasting menu',
  'audit',
  'roadmap',
  'design system',
  'onboarding flow',
  'night-shift rota',
  'literacy pilot',
  'data pipeline',
  'brand refresh',
  'warehouse',
);
const topicLead = fc.constantFrom('the', 'their', 'your', 'her', 'his', 'the new', 'their Q3');
const place = fc.stringMatching(/^[A-Z][a-z]{3,9}$/);
/** Things a person notes about an interview: realistic, varied, and sometimes long. */
const realisticFact = fc.oneof(
  fc.tuple(topicLead, topicNoun).map(([lead, noun]) => `${lead} ${noun}`),
  fc.tuple(topicLead, topicNoun, place).map(([lead, noun, where]) => `${lead} ${noun} in ${where}`),
  fc.tuple(topicNoun, topicNoun).map(([a, b]) => `moving the ${a} to a new ${b}`),
);
/** Anything at all a user might type into their notes. */
const anyFact = fc.oneof(
  realisticFact,
  fc.string({ maxLength: 120 }),
  fc.constantFrom('', 'This was RIDICULOUS!!!', '[Company]'),
);

const draftInput = (facts: fc.Arbitrary<string[]>) =>
  fc.record({
    kind: fc.constantFrom(...KINDS),
    company,
    role: fc.constantFrom('Data Analyst', 'Sous Chef', 'Policy Officer', 'Backend Engineer', ''),
    contactName: fc.tuple(given, family).map(([g, f]) => `${g} ${f}`),
    facts,
    learned: fc.array(fc.string({ maxLength: 200 }), { maxLength: 2 }),
    wentWell: fc.array(fc.string({ maxLength: 200 }), { maxLength: 2 }),
    userName: fc.option(
      fc.tuple(given, family).map(([g, f]) => `${g} ${f}`),
      { nil: undefined },
    ),
    linkedinPlan: fc.constantFrom('free' as const, 'paid' as const),
    otherCompanies: fc.array(company, { maxLength: 4 }),
  });

function check(input: DraftInput, draft: Draft) {
  return checkMessage({
    kind: input.kind,
    text: draft.text,
    context: {
      company: input.company,
      role: input.role,
      contactName: input.contactName,
      facts: input.facts,
      otherCompanies: (input.otherCompanies ?? []).filter((c) => c !== input.company),
      linkedinPlan: input.linkedinPlan,
    },
  });
}

describe('buildDraft', () => {
  it('offers drafts that pass the coach except for the room left for the user, for every kind', () => {
    fc.assert(
      fc.property(draftInput(fc.array(anyFact, { maxLength: 4 })), (raw) => {
        const input = {
          ...raw,
          otherCompanies: raw.otherCompanies.filter((c) => c !== raw.company),
        };
        const draft = buildDraft(input);
        expect(draft.rooms.length).toBeGreaterThan(0);
        for (const room of draft.rooms)
          expect(draft.text.slice(room.start, room.end)).toMatch(/^\[\[Your words.*\]\]$/);
        const outside = check(input, draft).findings.filter(
          (f) =>
            f.severity !== 'info' && !draft.rooms.some((r) => r.start <= f.start && f.end <= r.end),
        );
        expect(outside).toEqual([]);
        if (input.kind === 'linkedin_note') {
          expect(characterCount(draft.text)).toBeLessThanOrEqual(
            LINKEDIN_NOTE_LIMITS[input.linkedinPlan],
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offers drafts without a single finding outside the room, advice included, for every kind and step', () => {
    fc.assert(
      fc.property(
        draftInput(fc.array(realisticFact, { maxLength: 3 })),
        fc.constantFrom(undefined, 'silver_medalist' as const),
        (raw, step) => {
          const input = {
            ...raw,
            ...(step !== undefined && { kind: 'follow_up' as const, step }),
            otherCompanies: raw.otherCompanies.filter((c) => c !== raw.company),
          };
          const draft = buildDraft(input);
          const outside = check(input, draft).findings.filter(
            (f) => !draft.rooms.some((r) => r.start <= f.start && f.end <= r.end),
          );
          expect(outside).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a silver-medalist check-in as its own note, signed with the user’s name', () => {
    const draft = buildDraft({
      kind: 'follow_up',
      step: 'silver_medalist',
      company: 'Acme',
      role: 'Analyst',
      contactName: 'Helen Cho',
      facts: ['quarterly planning process'],
      userName: 'Ravi Kumar',
    });
    expect(draft.text).toMatch(
      /^Hi Helen,\n\nIt has been a few weeks since the final round at Acme\./,
    );
    expect(draft.text).toContain('our talk about the quarterly planning process.');
    expect(draft.fact).toBe('the quarterly planning process');
    expect(draft.text).toMatch(/\nRavi Kumar$/);
  });

  it('opens a feedback request differently from the thank-you the same person may have had', () => {
    for (const contactName of ['Ana Silva', 'Ben Ode', 'Chloe Park', 'Dev Rao', 'Eve Long']) {
      const base = { company: 'Acme', role: 'Analyst', contactName, facts: ['the audit'] };
      const opening = (text: string) => text.split('\n')[2]?.split(' ').slice(0, 4).join(' ');
      const thanks = buildDraft({ ...base, kind: 'thank_you' });
      const request = buildDraft({ ...base, kind: 'feedback_request' });
      expect(opening(request.text)).not.toBe(opening(thanks.text));
      expect(opening(request.text)).not.toMatch(/^Thank/);
      // Sent after the thank-you, the request is not read as the same note again.
      const findings = checkMessage({
        kind: 'feedback_request',
        text: request.text,
        context: { ...base, previousMessages: [{ text: thanks.text, to: contactName }] },
      }).findings;
      expect(findings.filter((f) => f.rule === 'template/near-duplicate')).toEqual([]);
    }
  });

  it('names the person and recalls one of their facts when the notes allow it', () => {
    fc.assert(
      fc.property(draftInput(fc.array(realisticFact, { minLength: 1, maxLength: 3 })), (raw) => {
        const input = { ...raw, otherCompanies: [] };
        const draft = buildDraft(input);
        const first = input.contactName.split(' ')[0]!;
        expect(draft.text).toContain(first);
        expect(draft.fact).not.toBeNull();
        expect(draft.text).toContain(draft.fact!);
        expect(
          check(input, draft).findings.filter((f) => f.category === 'personalization'),
        ).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['Sir Ian Brook', 'Hi Ian,'],
    ['Dr. Helen Cho', 'Helen,'],
    ['Smh Okafor', 'Smh,'],
    ['Hr Dxndk', 'Hr,'],
  ])('greets %s by name, and the draft still passes', (contactName, greeting) => {
    const input = {
      kind: 'thank_you' as const,
      company: 'Halcyon Freight Ltd',
      role: 'Data Analyst',
      contactName,
      facts: ['[Company]', 'the depot audit'],
      otherCompanies: ['Ltd'],
    };
    const draft = buildDraft(input);
    expect(draft.text.split('\n')[0]).toContain(greeting);
    expect(draft.fact).toBe('the depot audit');
    const outside = check(input, draft).findings.filter(
      (f) =>
        f.severity !== 'info' && !draft.rooms.some((r) => r.start <= f.start && f.end <= r.end),
    );
    expect(outside).toEqual([]);
  });

  it('gives different people differently worded drafts', () => {
    const base = {
      kind: 'feedback_request' as const,
      company: 'Acme',
      role: 'Analyst',
      facts: ['the audit'],
    };
    const texts = new Set(
      ['Ana Silva', 'Ben Ode', 'Chloe Park', 'Dev Rao', 'Eve Long', 'Finn Ash'].map((contactName) =>
        buildDraft({ ...base, contactName }).text.replace(/^Hi \S+/, ''),
      ),
    );
    expect(texts.size).toBeGreaterThan(1);
  });

  it('skips a note that would trip the coach, and uses the next one', () => {
    const draft = buildDraft({
      kind: 'thank_you',
      company: 'Acme',
      role: 'Analyst',
      contactName: 'Helen Cho',
      facts: ['how unfair the panel was', 'the Shenzhen factory trip'],
    });
    expect(draft.fact).toBe('the Shenzhen factory trip');
  });

  it('uses the reflection as the prompt in the room', () => {
    const draft = buildDraft({
      kind: 'feedback_request',
      company: 'Acme',
      role: 'Analyst',
      contactName: 'Helen Cho',
      facts: ['the audit'],
      learned: ['practise SQL window functions'],
    });
    expect(draft.rooms[0]?.prompt).toContain('practise SQL window functions');
  });

  it.each([
    ['their Go monorepo', 'your Go monorepo'],
    ['The Shenzhen trip.', 'the Shenzhen trip'],
    ['  her team’s   Friday lunch ', 'your team’s Friday lunch'],
    ['quarterly planning process', 'the quarterly planning process'],
    ['How would you size a watchdog timeout?', ''],
  ])('turns the note %j into %j', (fact, phrase) => {
    expect(phraseForDraft(fact)).toBe(phrase);
  });
});
