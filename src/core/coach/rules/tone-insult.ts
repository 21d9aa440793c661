import { bodySentences, type CoachDocument } from '../document';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { contextWords, traitsOf } from '../tone/features';
import { toneLexicon } from '../tone/lexicon';

export interface InsultOptions extends BaseRuleOptions {
  /** A word at or below this valence, said of the reader's people, is an insult. */
  maxValence: number;
  /** Words of contempt the sentiment lexicons rate mildly or not at all ("amateurs", "clowns"). */
  contempt: readonly string[];
  /**
   * Negative words that describe a hard day rather than judge someone ("your team were
   * stretched", "the panel seemed tired"): said of the reader, they are sympathy, not insult.
   */
  sympathy: readonly string[];
}

/** Who a judgement can be aimed at: the reader and their people. */
const TARGETS: readonly (readonly string[])[] = [
  ['you', 'lot'],
  ['you', 'guys'],
  ['you', 'people'],
  ['you', 'all'],
  ["y'all"],
  ['you'],
  ['they'],
  ...[
    'panel',
    'panellists',
    'panelists',
    'team',
    'company',
    'firm',
    'organisation',
    'organization',
    'outfit',
    'lot',
    'recruiter',
    'recruiters',
    'interviewer',
    'interviewers',
    'managers',
    'management',
    'hr',
    'people',
    'staff',
    'leadership',
  ].flatMap((who) => [
    ['your', who],
    ['the', who],
    ['your', 'hiring', who],
    ['the', 'hiring', who],
  ]),
];

const LINKS = new Set([
  'are',
  'were',
  'is',
  'was',
  'seem',
  'seemed',
  'seems',
  'sound',
  'sounded',
  'look',
  'looked',
  'remain',
]);

/** Words between the link and the judgement that leave it a judgement. */
const FILLERS = new Set([
  'a',
  'an',
  'such',
  'so',
  'really',
  'truly',
  'totally',
  'completely',
  'utterly',
  'absolutely',
  'bunch',
  'load',
  'pack',
  'shower',
  'band',
  'of',
  'complete',
  'total',
  'utter',
  'right',
  'proper',
  'just',
  'clearly',
  'obviously',
  'frankly',
  'honestly',
  'quite',
  'pretty',
  'rather',
  'incredibly',
  'extremely',
  'very',
  'bit',
  'little',
  'kind',
  'sort',
  'like',
  'all',
  'still',
  'simply',
  'basically',
  'genuinely',
  'bloody',
  'fucking',
  'damn',
  'frigging',
]);

const NEGATIONS = new Set(['not', 'never', 'hardly', 'no', 'nothing', 'none']);

export const CONTEMPT =
  'amateur amateurs amateurish clown clowns clownish cowboys muppets jokers joke circus shambles ' +
  'shambolic dinosaurs idiots morons fools imbeciles incompetent incompetents hacks bozos numpties ' +
  'tossers plonkers chancers charlatans frauds losers clueless useless hopeless spineless gutless ' +
  'arrogant rude lazy dishonest petty unqualified delusional unprofessional cowards cowardly ' +
  'small-minded narrow-minded backward dim dense thick brainless gormless inept snakes liars ' +
  'hypocrites hypocritical robots sheep rubbish trash garbage laughable pathetic a-holes ' +
  'out-of-touch clique cliquey toxic';

export const SYMPATHY =
  'sick ill unwell sorry sad tired busy late worried stressed upset disappointed nervous ' +
  'swamped overwhelmed stretched exhausted struggling hurting hurt grieving short-staffed ' +
  'understaffed pressured rushed apologetic difficult tough hard serious cautious strict ' +
  'demanding critical honest blunt direct concerned sorrowful afraid anxious lost alone';

/** The defaults of the rules that judge names called: `tone/insult` and `tone/name-calling`. */
export const INSULT_DEFAULTS: InsultOptions = {
  severity: 'error',
  maxValence: -1.5,
  contempt: CONTEMPT.split(' '),
  sympathy: SYMPATHY.split(' '),
};

/** `tone/insult`: the reader or their people called names ("you lot are clowns"). */
export const insultRule = defineRule<InsultOptions>({
  id: 'tone/insult',
  category: 'tone',
  defaults: INSULT_DEFAULTS,
  create(options) {
    const judges = judgeOf(options);
    return (doc) => insults(doc, judges);
  },
});

/** Whether a word, in this message, judges someone: contempt, a swear word or a harsh word. */
export type Judge = (doc: CoachDocument, word: string) => boolean;

/**
 * The judge of {@link InsultOptions}: a word of contempt, a swear word or a word rated harsh
 * enough, unless it is a word of sympathy or one of the user's own context words.
 */
export function judgeOf(options: Omit<InsultOptions, 'severity'>): Judge {
  const contempt = new Set(options.contempt);
  const sympathy = new Set(options.sympathy);
  const lexicon = toneLexicon();
  return (doc, word) => {
    if (sympathy.has(word) || contextWords(doc, lexicon).has(word)) return false;
    if (contempt.has(word)) return true;
    const traits = traitsOf(lexicon, word);
    return traits !== undefined && (traits.profanity > 0 || traits.valence <= options.maxValence);
  };
}

/** What a finding about calling someone names says; `{match}` is the words quoted. */
export const INSULT_MESSAGE =
  '{match} calls them names. However it felt, an insult in writing ends the conversation and is the line they will remember. If something went wrong, say plainly what and ask your question; otherwise leave it out.';

/** Each "target, link, fillers, judgement" in the body, skipping negated ones. */
function insults(doc: CoachDocument, judges: Judge): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const tokens = doc.canon;
  for (const sentence of bodySentences(doc)) {
    for (let i = sentence.first; i < sentence.last; i += 1) {
      const bare = bareJudgement(doc, i, sentence, judges);
      if (bare) {
        findings.push(bare);
        continue;
      }
      const target = longestTarget(doc, i, sentence.last);
      if (target === 0) continue;
      let j = i + target;
      if (!LINKS.has(tokens[j]?.text ?? '')) continue;
      j += 1;
      let negated = false;
      while (j < sentence.last && FILLERS.has(tokens[j]?.text ?? '')) j += 1;
      for (let k = i + target; k < j; k += 1)
        if (NEGATIONS.has(tokens[k]?.text ?? '')) negated = true;
      const word = tokens[j]?.text ?? '';
      if (negated || NEGATIONS.has(word) || !judges(doc, word)) continue;
      const start = tokens[i]?.start ?? sentence.start;
      const end = tokens[j]?.end ?? sentence.end;
      const match = doc.text.slice(start, end);
      findings.push({ start, end, message: INSULT_MESSAGE.replace('{match}', `“${match}”`) });
      i = j;
    }
  }
  return findings;
}

export const COLLECTIVES = new Set(['bunch', 'pack', 'shower', 'band', 'gang', 'load', 'bag']);
const VERDICT_NOUNS = new Set([
  'shambles',
  'farce',
  'circus',
  'omnishambles',
  'shitshow',
  'clownshow',
  'joke',
]);
export const VERDICT_INTENSIFIERS = new Set([
  'absolute',
  'total',
  'complete',
  'utter',
  'right',
  'proper',
]);
export const FIRST_PERSON = new Set(['i', 'my', 'me', 'myself', 'mine']);

/**
 * A judgement with no one named, at `at`: "a bunch of amateurs", "an absolute shambles". Not
 * when the writer is in the sentence before it ("my answer was a total joke" is self-mockery).
 */
function bareJudgement(
  doc: CoachDocument,
  at: number,
  sentence: { first: number; last: number },
  judges: Judge,
): RuleFinding | null {
  const word = doc.canon[at]?.text ?? '';
  const next = doc.canon[at + 1]?.text ?? '';
  let end = -1;
  if (COLLECTIVES.has(word) && next === 'of' && judges(doc, doc.canon[at + 2]?.text ?? '')) {
    end = at + 2;
  } else if (VERDICT_INTENSIFIERS.has(word) && VERDICT_NOUNS.has(next)) end = at + 1;
  if (end < 0 || end >= sentence.last) return null;
  for (let k = sentence.first; k < at; k += 1) {
    if (FIRST_PERSON.has(doc.canon[k]?.text ?? '')) return null;
  }
  const start = doc.canon[at]?.start ?? 0;
  const stop = doc.canon[end]?.end ?? start;
  return {
    start,
    end: stop,
    message: INSULT_MESSAGE.replace('{match}', `“${doc.text.slice(start, stop)}”`),
  };
}

/** How many tokens from `at` name the reader or their people; 0 when none do. */
function longestTarget(doc: CoachDocument, at: number, last: number): number {
  let best = 0;
  for (const target of TARGETS) {
    if (target.length <= best || at + target.length > last) continue;
    if (target.every((word, k) => doc.canon[at + k]?.text === word)) best = target.length;
  }
  return best;
}
