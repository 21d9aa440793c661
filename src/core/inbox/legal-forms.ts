/*
 * Legal forms: the words a registered company carries after (or, in Japan, before) its name.
 * A name with one is an organisation's wherever it stands in a message: a footer full of
 * addresses, a sentence of a job board's form letter, a Japanese subject in brackets.
 */

/** Legal forms spelled with dots or in lower case, read whatever their case. */
const ANY_CASE =
  'g?gmbh|mbh|kgaa|ltd|limited|plc|llp|llc|l\\.l\\.c|inc|corp|pty|pvt|pte|sarl|s\\.a\\.r\\.l|s\\.a\\.s|s\\.a\\.u|s\\.l\\.u|s\\.p\\.a|s\\.r\\.l|s\\.a|s\\.l|s\\.c|b\\.v|n\\.v|oyj|a\\/s|aps|asa|k\\.k|e\\.v|ltda|lda|kft|zrt|bhd|sdn|s\\.r\\.o|a\\.s|d\\.o\\.o|e\\.k|sp\\.z\\.o\\.o';
/** Short legal forms read only in capitals ("AB", not "ab"), as they are written. */
const CAPITALS =
  'AG|AB|AS|SA|SE|NV|BV|KG|eG|Oy|SL|SAS|SpA|SPA|Srl|SRL|KK|OÜ|UAB|GmbH|LLC|LTD|PLC|INC';
const ANY_CASE_FORM = new RegExp(`^(?:${ANY_CASE})\\.?$`, 'iu');
const CAPITAL_FORM = new RegExp(`^(?:${CAPITALS})\\.?$`, 'u');
/** A quick look for anything a legal form could be, before a line is split into words. */
const MAY_HOLD_ANY_CASE = new RegExp(`\\s(?:${ANY_CASE}|sp\\.\\s?z)\\.?(?![\\p{L}\\p{N}])`, 'iu');
const MAY_HOLD_CAPITALS = new RegExp(`\\s(?:${CAPITALS})\\.?(?![\\p{L}\\p{N}])`, 'u');

/** Whether one word is a legal form: "GmbH", "S.L.", "Ltd.", "AB", "eG". */
export function isLegalForm(word: string): boolean {
  const bare = word.replace(/^[("'“]+|[)"'”,;:]+$/gu, '');
  return bare !== '' && (ANY_CASE_FORM.test(bare) || CAPITAL_FORM.test(bare));
}

/** Japanese, Chinese and Korean legal forms, written before or after the name without a space. */
const CJK_FORM_BEFORE = '株式会社|有限会社|合同会社|合資会社|合名会社|주식회사';
/** Chinese forms only ever follow the name. */
const CJK_FORM = `${CJK_FORM_BEFORE}|股份有限公司|有限责任公司|有限責任公司|有限公司|集团|集團`;
const CJK_BEFORE = new RegExp(`^(?:${CJK_FORM_BEFORE})\\s*`, 'u');
const CJK_AFTER = new RegExp(`\\s*(?:${CJK_FORM})$`, 'u');
const CJK_FORM_ONLY = new RegExp(`^(?:${CJK_FORM})$`, 'u');
/** "(株)" and "㈱" are the short way of writing 株式会社; "(有)" of 有限会社. */
const CJK_SHORT: [RegExp, string][] = [
  [/[(（]株[)）]|㈱/gu, '株式会社'],
  [/[(（]有[)）]|㈲/gu, '有限会社'],
  [/[(（]주[)）]|㈜/gu, '주식회사'],
];
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A name without a CJK legal form: "株式会社みなと精機" is みなと精機, "星河科技有限公司" 星河科技. */
export function withoutCjkLegalForm(name: string): string {
  if (!CJK.test(name)) return name;
  return name.replace(CJK_BEFORE, '').replace(CJK_AFTER, '');
}

/**
 * Legal forms in other scripts: Russian and Ukrainian before the name ("ООО «Ромашка»"), Thai
 * around it ("บริษัท สยามเทค จำกัด"), Greek and Hebrew after it ("Α.Ε.", "בע״מ").
 */
const SCRIPT_FORM_BEFORE = /^(?:ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПрАТ|ПАТ|บริษัท)\s+/u;
/**
 * Latin-script forms written before the name: Indonesian "PT" ("PT Sinar Kelapa Nusantara",
 * with "Tbk" after a listed one) and Vietnamese "Công ty TNHH" / "Công ty Cổ phần".
 */
const LATIN_FORM_BEFORE = /^(?:PT\.?|C[ôo]ng ty (?:TNHH|C[ổo] ph[ầa]n)(?: \p{Lu}+)?)\s+(?=\p{Lu})/u;
const LATIN_FORM_AFTER = /\s+Tbk\.?$/u;
const SCRIPT_FORM_AFTER =
  /\s+(?:จำกัด(?:\s*\(มหาชน\))?|Α\.?Ε\.?|Ε\.?Π\.?Ε\.?|Ι\.?Κ\.?Ε\.?|Ο\.?Ε\.?|בע["״]מ)$/u;

/**
 * A name without a legal form written before it or in another script: "ООО «Ромашка»" is
 * Ромашка, "PT Sinar Kelapa Nusantara Tbk" Sinar Kelapa Nusantara.
 */
export function withoutScriptLegalForm(name: string): string {
  if (/^[\p{Script=Latin}\P{L}]*$/u.test(name)) {
    const bare = name.replace(LATIN_FORM_BEFORE, '').replace(LATIN_FORM_AFTER, '');
    return bare.length >= 2 ? bare : name;
  }
  return name
    .replace(SCRIPT_FORM_BEFORE, '')
    .replace(SCRIPT_FORM_AFTER, '')
    .replace(/^["«„“]\s*|\s*["»“”]$/gu, '');
}

/** Whether a name carries a legal form: "Velder Aerospace GmbH", "Pvt. Ltd.", "株式会社X". */
export function hasLegalForm(name: string): boolean {
  const text = name.trim();
  if (withoutScriptLegalForm(text) !== text) return true;
  if (CJK.test(text) && withoutCjkLegalForm(expandCjkShort(text)) !== expandCjkShort(text))
    return true;
  const words = text.split(/\s+/);
  return words.length > 1 && isLegalForm(words.at(-1) as string);
}

const expandCjkShort = (text: string) =>
  CJK_SHORT.reduce((value, [short, long]) => value.replace(short, long), text);

/**
 * Pieces of text that stand alone (between spaces, brackets and CJK punctuation): a company
 * name in Japanese or Chinese mail is written so in a subject, a display name or a signature.
 */
const CJK_PIECES = /[\s【】「」『』〔〕［］[\]（）()、。，,：:；;！!？?|｜/／〈〉《》<>]+/u;

/**
 * Japanese, Chinese and Korean company names written with a legal form, from pieces of text
 * that stand alone: "株式会社みなと精機 採用事務局" gives みなと精機, "【ひかり食品株式会社】"
 * ひかり食品. A legal form inside a sentence ("株式会社みなと精機の中途採用") is not cut out:
 * without spaces, where the name ends cannot be told.
 */
export function cjkCompanyNames(text: string): string[] {
  if (!CJK.test(text)) return [];
  const found: string[] = [];
  const pieces = expandCjkShort(text).split(CJK_PIECES);
  pieces.forEach((piece, i) => {
    const rest = withoutCjkLegalForm(piece);
    if (rest === piece) return;
    // "株式会社 さくら電機", "さくら電機 株式会社": a form standing alone names its neighbour.
    const neighbour = CJK_BEFORE.test(piece) ? pieces[i + 1] : pieces[i - 1];
    const name = rest === '' ? (neighbour ?? '') : rest;
    if (name.length >= 2 && name.length <= 20 && CJK.test(name) && !CJK_FORM_ONLY.test(name))
      found.push(name);
  });
  return found;
}

/** A word that may stand in a company's name before its legal form. */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.+/-]*$/u;
/** "L'azienda", "D'une": an elided article before a common noun ends a name. */
const ELIDED_NOUN = /^\p{Lu}['’]\p{Ll}/u;
const JOINER = /^(?:&|and|of|de|des|du|der|di|del|della|van|von|y|e|i|und|et|en|og|och|la|le)$/i;
/** Words that end a sentence or a segment: a name does not run across them. */
const ENDS_SEGMENT = /[.,;:!?·•|)]$/u;

/**
 * Latin-script names that carry a legal form, wherever they stand in a line: "La empresa GRUPO
 * ALMAZARA S.L. ha actualizado…" gives GRUPO ALMAZARA S.L., "Velder Aerospace GmbH · Flughafen-
 * allee 20" Velder Aerospace GmbH. The name is the run of capitalised words before the form.
 */
export function legalNames(line: string): string[] {
  // Most lines have no legal form: they are not split into words. A line in capitals shouts
  // ("REPLY AS SOON AS…"): its "AS" is no legal form.
  if (!(MAY_HOLD_ANY_CASE.test(line) || MAY_HOLD_CAPITALS.test(line))) return [];
  if (!/\p{Ll}/u.test(line)) return [];
  const words = line
    .replace(/\bsp\.\s?z\s?o\.\s?o\.?/giu, 'Sp.z.o.o.')
    .split(/\s+/)
    .filter((w) => w !== '');
  const found: string[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i] as string;
    // "Pvt. Ltd.", "GmbH & Co. KG": the name ends at the last form.
    if (!isLegalForm(word) || isLegalForm(words[i + 1] ?? '')) continue;
    if (/^(?:&|und|and)$/.test(words[i + 1] ?? '') && /^co\.?$/i.test(words[i + 2] ?? '')) continue;
    let start = i;
    while (start > 0 && isLegalForm(words[start - 1] as string)) start -= 1;
    const formStart = start;
    for (let j = formStart - 1; j >= 0 && formStart - j <= 6; j -= 1) {
      const previous = words[j] as string;
      if ((!NAME_WORD.test(previous) || ELIDED_NOUN.test(previous)) && !JOINER.test(previous))
        break;
      if (j < formStart - 1 && ENDS_SEGMENT.test(previous)) break;
      start = j;
    }
    // "2026 Workday, Inc.": a year or a number before a name is not part of it.
    while (
      start < formStart &&
      (JOINER.test(words[start] as string) || /^\d+$/.test(words[start] as string))
    )
      start += 1;
    if (start === formStart) continue;
    found.push(
      words
        .slice(start, i + 1)
        .join(' ')
        .replace(/[,;:)·•|]+$/u, ''),
    );
  }
  return found;
}

/**
 * How a Japanese, Chinese or Korean writer introduces themself with their company: "青空物流の
 * 佐藤です" (Sato of Aozora Butsuryu), "我是星河科技的招聘经理" (I am Xinghe Tech's recruiting
 * manager), "한빛소프트 채용 담당 김민수입니다" (Kim Minsu, recruiting at Hanbit Soft).
 */
const CJK_INTRODUCTIONS = [
  /(?:^|[\s、。，,「『（(【！!？?：:])([^\s、。，,「」『』（）()【】！!？?：:の]{2,20})の\p{Script=Han}{1,3}(?:です|と申します|でございます)/gu,
  /(?:我是|这里是|這裡是)([^\s，。、,！!？?：:的]{2,20})的/gu,
  /(?:^|\s)([^\s,.!?]{2,20})\s*(?:채용\s*담당|인사\s*담당|인사팀|채용팀)(?:자)?\s*\S{1,4}(?:입니다|이라고 합니다)/gu,
];
/** "弊社" (our company), "贵公司" (your company): words for a company, not a name. */
const CJK_COMPANY_WORD = /^(?:弊社|当社|私ども|本公司|贵公司|貴公司|公司|저희|당사|회사)$/u;

/** The companies Japanese, Chinese and Korean writers introduce themselves with. */
export function cjkIntroducedNames(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    if (!CJK.test(line)) continue;
    for (const pattern of CJK_INTRODUCTIONS)
      for (const match of line.matchAll(pattern)) {
        const name = withoutCjkLegalForm(expandCjkShort(match[1] as string));
        if (name.length >= 2 && CJK.test(name) && !CJK_COMPANY_WORD.test(name)) found.push(name);
      }
  }
  return found;
}
