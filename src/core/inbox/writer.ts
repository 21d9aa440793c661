import { isTeamOnly, looksLikePersonName, splitVia } from './display-name';
import { isTitle } from './employer-candidates';
import type { Mailbox } from './mail';
import { domainOf, isPersonalDomain } from './senders';

/*
 * Who wrote a message, when a person did: their name is never the employer. A person's name
 * over a shared or no-reply mailbox ("Noor Haddad <talent@…>", "Aroha Walker via SEEK") is
 * told from an organisation's name ("Helix Commerce <no-reply@…>") by how the body signs.
 */

/** How a writer introduces themself by first name: "Noor here from…", "I'm Noor", "je suis Noor". */
const INTRODUCTION =
  /(?:^|[\s,.!])(?:i'?m|i am|this is|my name is|je suis|je m'appelle|ich bin|hier ist|mein name ist|soy|me llamo|mi nombre es|sono|mi chiamo|ik ben|mijn naam is|jag heter|jag är|jeg heter|jeg hedder|jeg er|eu sou|meu nome é|nazywam się|jestem)\s+$/iu;
const HERE = /^\s+(?:here|hier|ici|aquí|aqui|qui|här|her|tutaj)\b/iu;
const CJK_SIGN_OFF = /\s*(?:드림|올림|배상|拝|より|敬上)$/u;
/**
 * Whether a line gives `name` as the writer's own: "我是星河科技的招聘经理李明。" (the name ends the
 * clause that "I am" opens), "김민수입니다", "佐藤と申します". "我是华为的…" names a company.
 */
function introducesCjk(line: string, name: string): boolean {
  const at = line.indexOf(name);
  if (
    at < 0 ||
    !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)
  )
    return false;
  const after = line.slice(at + name.length);
  if (/^(?:입니다|이라고 합니다|と申します|でございます|です)/u.test(after)) return true;
  return (
    /(?:我是|这里是|這裡是)[^，。,.!！]*$/u.test(line.slice(0, at)) &&
    /^(?:$|[，。,.!！\s])/u.test(after)
  );
}

const TITLES = /^(?:(?:dr|prof|mr|mrs|ms|mx|herr|frau|mme|m)\.?\s+)+/i;

/** A line as a sign-off: dashes before, punctuation after, gone. */
const signOff = (line: string) => line.replace(/^[-–—~\s]+|[\s,.!]+$/gu, '');

/**
 * Whether the body signs as a person: with the first name alone ("Noor"), with the full name
 * over a job title ("Nina Alvarez" / "Recruiting Coordinator"), or by introducing the writer
 * ("Noor here from…", "I'm Noor"). An organisation signs with its whole name and no title.
 */
function signsAsPerson(name: string, lines: readonly string[]): boolean {
  const bare = name.replace(TITLES, '').trim();
  const first = bare.split(/\s+/)[0] ?? '';
  if (first.length < 2) return false;
  // "华为", "카카오": a name of one word is as likely a company's; its line alone says nothing.
  const oneWord = first === bare;
  return lines.some((line, i) => {
    const text = signOff(line);
    if (!oneWord && (text === first || text.endsWith(`, ${first}`))) return true;
    // "김민수 드림", "佐藤より": a name with the word that signs a letter in its language.
    if (CJK_SIGN_OFF.test(text) && text.replace(CJK_SIGN_OFF, '') === bare) return true;
    if (introducesCjk(line, first)) return true;
    // "Nina Alvarez" over "Recruiting Coordinator" is a person; over "Recruiting Team" an office.
    const next = lines[i + 1] ?? '';
    if (text === bare && isTitle(next) && !isTeamOnly(next)) return true;
    for (let at = line.indexOf(first); at >= 0; at = line.indexOf(first, at + 1)) {
      if (/^\p{L}/u.test(line.slice(at + first.length))) continue;
      if (INTRODUCTION.test(line.slice(0, at)) || HERE.test(line.slice(at + first.length)))
        return true;
    }
    return false;
  });
}

/** What is said just before a business's name by the one who runs it or works there. */
const OWNED =
  /(?:i own|we own|i run|we run|owner of|founder of|here at|we at|welcome to)\s+(?:the\s+)?$/iu;

/**
 * Whether the body speaks of the display name as a business ("Lucía here, I own Blue Door",
 * "the team here at Kiln House"): a shop's mailbox under its own name, which only looks like a
 * person's. The display name's own first word signing the mail says a person wrote after all.
 */
function ownedBusiness(name: string, lines: readonly string[]): boolean {
  const bare = name.trim();
  const owned = lines.some((line) => {
    for (let at = line.indexOf(bare); at >= 0; at = line.indexOf(bare, at + 1)) {
      if (/^\p{L}/u.test(line.slice(at + bare.length))) continue;
      if (OWNED.test(line.slice(0, at))) return true;
    }
    return false;
  });
  return owned && !signsAsPerson(name, lines);
}

/**
 * The person who wrote, when the display name is theirs: "Jane Doe", "Aroha Walker via SEEK",
 * or a person's name over a shared or no-reply mailbox when the body signs as that person.
 * Null when a team or an organisation wrote.
 */
export function writerOf(sender: Mailbox | null, lines: readonly string[]): string | null {
  if (!sender?.name) return null;
  if (looksLikePersonName(sender.name, sender.address))
    return ownedBusiness(sender.name, lines) ? null : sender.name;
  const { before } = splitVia(sender.name);
  // "Dayle <dayle.freshfare@outlook.co.nz>" signing "Dayle": one first name over a personal
  // address, where a business would write its whole name.
  const single = before.trim();
  if (
    /^\p{Lu}\p{Ll}+$/u.test(single) &&
    isPersonalDomain(domainOf(sender.address)) &&
    lines.some((line) => signOff(line) === single)
  )
    return single;
  return looksLikePersonName(before, sender.address, true) && signsAsPerson(before, lines)
    ? before
    : null;
}
