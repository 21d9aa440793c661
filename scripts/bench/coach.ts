import { text as alex } from 'alex';
import type { BenchSection } from '../bench';
import { checkMessage } from '../../src/core/coach/index';
import type { CoachContext, CoachInput } from '../../src/core/coach/types';
import { summarize } from './_stats';

/** Sentences mixed into ~150-word messages: mostly ordinary, some with problems to find. */
const SENTENCES = [
  'Thank you for letting me know, and for the time you and the team gave me over the last few weeks.',
  'I really enjoyed our conversation about the warehouse robotics pilot and the way you plan night shifts.',
  'Hearing how the team rerouted deliveries around the bridge closure was the highlight of the process for me.',
  'I understand the decision, and I respect the care the panel clearly took with every candidate.',
  'If you have a spare moment, I would value one or two thoughts on where my case study could have been stronger.',
  'I have been practising forecasting questions since our interview and I already feel more confident.',
  'I believe I met every requirement in the advert, so I would like to understand how the decision was made.',
  'I was told by the recruiter that I was the strongest candidate in the final round.',
  'Please let me know if there is any way the decision could be reviewed.',
  'Honestly, I am frustrated that nobody called me after four rounds of interviews.',
  'I hope the person you hired turns out to be worth it.',
  'Best wishes to everyone at Quill Analytics, and thanks again for a thoughtful process.',
  'I read an article about demand forecasting for regional carriers and thought you might find it useful.',
  'It would be great to stay in touch, and I will keep an eye on the team’s news.',
  'Whatever happens next, I came away with ideas I will use in my current role.',
  'I would be grateful for any pointers, even a single sentence, but I understand if you are too busy.',
];

/** A small deterministic generator, so every run measures the same messages. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function messages(count: number, targetWords: number): string[] {
  const next = random(7);
  return Array.from({ length: count }, (_, i) => {
    const parts = [`Hi Marta,`];
    let words = 2;
    while (words < targetWords) {
      const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)] ?? '';
      parts.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    return `${parts.join(' ')}\nBest wishes,\nAna ${i}`;
  });
}

function context(): CoachContext {
  return {
    company: 'Halcyon Freight',
    role: 'Operations Planner',
    contactName: 'Marta Jensen',
    facts: [
      'the warehouse robotics pilot',
      'rerouting around the bridge closure',
      'their night-shift rota',
      'the Aarhus depot',
      'forecasting with seasonal models',
    ],
    otherCompanies: [
      'Bellweather Foods',
      'Quill Analytics',
      'Target',
      'Northwind Health',
      'Kestrel Energy',
      'Apex Freight',
      'Marlow Travel',
      'Ledgerly',
      'Pinecrest Hotels',
      'Vantage Aerospace',
    ],
    previousMessages: messages(20, 120).map((text, i) => ({
      text,
      to: `Person ${i}`,
      company: 'Bellweather Foods',
      kind: 'thank_you' as const,
    })),
    rejectedAt: '2026-03-02T09:00:00Z',
    sentAt: '2026-03-03T15:00:00Z',
  };
}

/** A 10,000-character message (a cover letter pasted in), built from the same sentences. */
function longMessage(): string {
  const next = random(11);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < 10_000) {
    const sentences = Array.from(
      { length: 5 },
      () => SENTENCES[Math.floor(next() * SENTENCES.length)] ?? '',
    );
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return `Hi Marta,\n\n${paragraphs.join('\n\n')}\n\nBest wishes,\nAna`;
}

/**
 * Typing in a 10,000-character message: each check follows one keystroke in the middle, as the
 * composer checks on each pause; what the coach lists there (advice is capped) is reported too.
 */
function typingInLongMessage(shared: CoachContext) {
  const base = longMessage();
  const middle = Math.floor(base.length / 2);
  const at = (i: number) => `${base.slice(0, middle)}${'x'.repeat(i % 7)}${base.slice(middle)}`;
  const samples: number[] = [];
  for (let i = 0; i < WARMUP_ROUNDS + ROUNDS; i += 1) {
    const text = at(i);
    const ms = time(() => checkMessage({ kind: 'thank_you', text, context: shared }));
    if (i >= WARMUP_ROUNDS) samples.push(ms);
  }
  const { findings } = checkMessage({ kind: 'thank_you', text: base, context: shared });
  return {
    characters: base.length,
    perKeystroke: summarize(samples),
    findingsListed: findings.length,
    adviceListed: findings.filter((f) => f.severity === 'info').length,
  };
}

const MESSAGES = 20;
const ROUNDS = 60;
const WARMUP_ROUNDS = 15;

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * The coach on ~150-word messages, beside alex (the prose linter built on retext) on the same
 * messages in the same run, interleaved so both see the same machine state. The composer keeps
 * one context object while the user types, which lets the coach reuse work derived from it;
 * `coachFreshContext` builds a new context for every call, the cost without that reuse.
 */
const section: BenchSection = {
  name: 'coach',
  async run() {
    const texts = messages(MESSAGES, 150);
    const shared = context();
    const input = (text: string, ctx: CoachContext): CoachInput => ({
      kind: 'feedback_request',
      text,
      context: ctx,
    });
    const coach: number[] = [];
    const fresh: number[] = [];
    const alexSamples: number[] = [];
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1) {
      for (const text of texts) {
        const c = time(() => checkMessage(input(text, shared)));
        const f = time(() => checkMessage(input(text, context())));
        const a = time(() => alex(text));
        if (round >= WARMUP_ROUNDS) {
          coach.push(c);
          fresh.push(f);
          alexSamples.push(a);
        }
      }
    }
    const coachStats = summarize(coach);
    const alexStats = summarize(alexSamples);
    const words = texts.reduce((sum, t) => sum + t.split(/\s+/).length, 0) / texts.length;
    const findings = checkMessage(input(texts[0] ?? '', shared)).findings.length;
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      messages: texts.length,
      averageWords: Math.round(words),
      findingsInFirstMessage: findings,
      coach: coachStats,
      coachFreshContext: summarize(fresh),
      alex: alexStats,
      coachOverAlex: {
        p50: round(coachStats.p50 / alexStats.p50),
        p99: round(coachStats.p99 / alexStats.p99),
      },
      goal: { medianMs: 5, met: coachStats.p50 <= 5 && coachStats.p50 <= alexStats.p50 },
      longMessage: typingInLongMessage(shared),
    };
  },
};

export default section;
