import { distance } from 'fastest-levenshtein';
import { foldName } from './tokens';

/**
 * Common given names with their familiar forms. Other spellings of a name (Catherine and
 * Katherine) are deliberately not grouped: writing the wrong one is a misspelling.
 */
const NICKNAME_GROUPS = [
  'robert rob bob bobby robbie bert',
  'william will bill billy liam willy',
  'elizabeth liz beth betty eliza lizzie libby bess',
  'james jim jimmy jamie',
  'michael mike mick mickey',
  'katherine kate katie kathy kat kit',
  'catherine cate cathy kate katie kat',
  'kathryn kate katie kathy',
  'margaret maggie meg peggy greta',
  'richard rick dick rich richie',
  'edward ed ted eddie ned',
  'john jack johnny jon',
  'henry harry hank hal',
  'charles charlie chuck chas',
  'susan sue susie',
  'joseph joe joey',
  'thomas tom tommy',
  'christopher chris kit',
  'nicholas nick nicky',
  'alexander alex sasha sandy alec',
  'alexandra alex sasha sandra lexi',
  'daniel dan danny',
  'matthew matt',
  'anthony tony',
  'andrew andy drew',
  'jennifer jen jenny',
  'jessica jess jessie',
  'patricia pat patty trish tricia',
  'rebecca becky becca',
  'deborah debbie deb',
  'victoria vicky tori',
  'samantha sam sammy',
  'samuel sam sammy',
  'benjamin ben benny',
  'jonathan jon jonny',
  'timothy tim timmy',
  'stephen steve stevie',
  'steven steve stevie',
  'gregory greg',
  'francis frank',
  'frances fran frankie',
  'theodore theo ted teddy',
  'isabel izzy bella',
  'isabella izzy bella',
  'eleanor ellie nell nora',
  'penelope penny',
  'abigail abby gail',
  'caroline carrie carol',
  'christina tina chris',
  'christine chris tina',
  'josephine jo josie',
  'lawrence larry',
  'leonard len lenny leo',
  'nathaniel nathan nate',
  'raymond ray',
  'ronald ron ronnie',
  'donald don donnie',
  'gerald gerry jerry',
  'jeffrey jeff',
  'geoffrey geoff jeff',
  'kenneth ken kenny',
  'peter pete',
  'philip phil',
  'douglas doug',
  'frederick fred freddie',
  'albert al bert',
  'alfred alf alfie',
  'teresa terri tess tessa',
  'valerie val',
  'zachary zach zack',
  'mohammed mo',
  'muhammad mo',
  'tomasz tomek',
  'wojciech wojtek',
  'malgorzata gosia',
  'ekaterina katya',
  'priyanka priya',
];

const NICKNAMES = new Map<string, Set<string>>();
for (const group of NICKNAME_GROUPS) {
  const names = group.split(' ');
  for (const name of names) {
    const known = NICKNAMES.get(name) ?? new Set<string>();
    for (const other of names) known.add(other);
    NICKNAMES.set(name, known);
  }
}

/**
 * Common given names that are also English words, so that a dictionary cannot tell them: "Mark,"
 * alone on the first line greets a Mark. Months and words that open sentences are left out.
 */
const WORD_NAMES = new Set(
  `mark grace hope faith rose jack frank drew dawn joy amber ruby holly ivy jade pearl ray dean
  glen lance miles crystal iris heather penny victor earl chase hunter reed wade cliff brooke
  carol eve gene olive violet robin wren hazel daisy lily poppy rowan autumn summer sandy
  christian norman grant howard wayne rich bob`.split(/\s+/),
);

/**
 * Whether a word is a given name people go by in English (one of the names and short forms the
 * table above knows, or a name that is also a word): "Bill," alone on the first line greets a
 * Bill, even though "bill" is a word.
 */
export function isGivenName(word: string): boolean {
  const folded = foldName(word);
  return NICKNAMES.has(folded) || WORD_NAMES.has(folded);
}

/** The parts of a person's name, folded: `Helen Cho` → first `helen`, last `cho`. */
export interface NameParts {
  first: string;
  last: string;
  all: string[];
}

export function nameParts(name: string): NameParts | null {
  const all = name
    .split(/[\s,]+/)
    .map((part) => foldName(part.replace(/\.$/, '')))
    .filter(
      (part) => part.length > 0 && !/^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)$/.test(part),
    );
  const first = all[0];
  const last = all[all.length - 1];
  return first && last ? { first, last, all } : null;
}

/**
 * Whether two written names are the same person's: equal once accents and case are set aside,
 * a familiar form (`Bob` for `Robert`), or a clear short form (`Alex` for `Alexandra`).
 */
export function sameName(written: string, actual: string): boolean {
  const a = foldName(written);
  const b = foldName(actual);
  if (a === b) return true;
  if (NICKNAMES.get(b)?.has(a) || NICKNAMES.get(a)?.has(b)) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length < 2) return false;
  // Short forms keep the start (Alex, Alexandra) or, as in many Yoruba names, the end (Seun,
  // Oluwaseun; Tunde, Babatunde).
  return (
    (shorter.length >= 3 && longer.startsWith(shorter)) ||
    (shorter.length >= 4 && longer.endsWith(shorter))
  );
}

/** Whether `written` looks like a slip for `actual` (`Ellen` for `Helen`, `Benn` for `Ben`). */
export function isMisspelling(written: string, actual: string): boolean {
  const a = foldName(written);
  const b = foldName(actual);
  if (sameName(a, b)) return false;
  const longest = Math.max(a.length, b.length);
  const allowed = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
  // Two swapped letters (`Jonh`) are one slip, though edit distance counts them as two.
  const swapped = a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
  return swapped || distance(a, b) <= allowed;
}
