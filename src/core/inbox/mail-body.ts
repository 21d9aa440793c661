import type { Mailbox } from './mail';

/** The part of a message its sender wrote for it, and the message it forwards, if any. */
export interface MailBody {
  /** Non-empty lines, quoted earlier mail removed; for a forward, the forwarded message's lines. */
  lines: string[];
  /** Who wrote the forwarded message and what it was about, when the message forwards one. */
  forwarded: {
    from: Mailbox | null;
    to: Mailbox | null;
    subject: string | null;
    /** What the forwarder wrote above the forwarded message. */
    note: string[];
  } | null;
}

/** "---------- Forwarded message ---------" and its kin in the languages mail apps use. */
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|doorgestuurd bericht|messaggio inoltrato|mensagem encaminhada|mensagem reencaminhada|wiadomo[śs][ćc] przekazana dalej|przekazana wiadomo[śs][ćc]|vidarebefordrat meddelande|videresendt meddelelse|videresendt melding|videresendt besked)\s*-{2,}|begin forwarded message:|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|anfang der weitergeleiteten nachricht:|inizio messaggio inoltrato:)\s*$/i;
const ORIGINAL_MARKER =
  /^\s*(?:-{2,}\s*(?:original message|urspr[üu]ngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|messaggio originale|mensagem original|wiadomo[śs][ćc] oryginalna|oryginalna wiadomo[śs][ćc]|ursprungligt meddelande|oprindelig meddelelse|opprinnelig melding)\s*-{2,})\s*$/i;
/** Outlook's rule above a quoted or forwarded message. */
const RULE = /^\s*_{20,}\s*$/;
/**
 * "On Tue, 3 Dec 2026 at 10:00, Jane <jane@acme.example> wrote:" in the languages mail apps
 * use: a line with a date or an address that ends in the verb for "wrote" and a colon.
 */
const REPLY_INTRO =
  /^(?=.*[\d@]).{0,250}\b(?:wrote|schrieb|a [ée]crit|escribi[óo]|schreef|ha scritto|escreveu|napisa[łl](?:\(a\)|a)?|skrev)\b.{0,120}:\s*$/i;
const HEADER_FIELD =
  /^\s*\*?(from|von|de|van|da|od|från|fra|sent|gesendet|envoy[ée]|enviado|verzonden|inviato|wysłano|skickat|sendt|date|datum|fecha|data|dato|to|an|à|a|para|aan|do|till|til|cc|subject|betreff|objet|asunto|onderwerp|oggetto|assunto|temat|ämne|emne)\*?\s*:\s*(.*)$/i;
const FROM_FIELDS = new Set(['from', 'von', 'de', 'van', 'da', 'od', 'från', 'fra']);
const TO_FIELDS = new Set(['to', 'an', 'à', 'a', 'para', 'aan', 'do', 'till', 'til']);
const SUBJECT_FIELDS = new Set([
  'subject',
  'betreff',
  'objet',
  'asunto',
  'onderwerp',
  'oggetto',
  'assunto',
  'temat',
  'ämne',
  'emne',
]);

function parseMailboxText(text: string): Mailbox | null {
  const angled = /^\s*"?([^"<]*?)"?\s*[<[]\s*(?:mailto:)?([^\s<>\]]+@[^\s<>\]]+)\s*[>\]]/.exec(
    text,
  );
  if (angled) {
    const name = (angled[1] ?? '').trim();
    return { name: name === '' ? null : name, address: (angled[2] as string).toLowerCase() };
  }
  const bare = /([^\s<>]+@[^\s<>]+\.[a-z]{2,})/i.exec(text);
  if (bare) return { name: null, address: (bare[1] as string).toLowerCase() };
  const name = text.trim();
  return name === '' ? null : { name, address: '' };
}

/** Reads the From/Subject block under a forward marker; returns where the forwarded body starts. */
function readForwardHeaders(lines: readonly string[], start: number) {
  let from: Mailbox | null = null;
  let to: Mailbox | null = null;
  let subject: string | null = null;
  let index = start;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index += 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const field = HEADER_FIELD.exec(line);
    if (!field) break;
    const key = (field[1] as string).toLowerCase();
    if (FROM_FIELDS.has(key)) from = parseMailboxText(field[2] as string);
    if (TO_FIELDS.has(key) && to === null) to = parseMailboxText(field[2] as string);
    if (SUBJECT_FIELDS.has(key)) subject = (field[2] as string).trim();
  }
  return { from, to, subject, bodyStart: index };
}

/** Whether an Outlook-style quoted header block (From:, then Sent:/Date: and Subject:) starts here. */
function startsQuotedHeaders(lines: readonly string[], index: number): boolean {
  const first = HEADER_FIELD.exec(lines[index] ?? '');
  if (!first || !FROM_FIELDS.has((first[1] as string).toLowerCase())) return false;
  let fields = 0;
  for (let i = index + 1; i < Math.min(lines.length, index + 6); i += 1) {
    if (HEADER_FIELD.test(lines[i] ?? '')) fields += 1;
  }
  return fields >= 2;
}

function nextFilled(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i += 1;
  return i;
}

/** Where a reply's quotation of earlier mail begins (its intro line), or the end. */
function quoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    const joined = `${line} ${(lines[i + 1] ?? '').trim()}`;
    const colon = line.endsWith(':');
    if (ORIGINAL_MARKER.test(line) || (colon && REPLY_INTRO.test(line))) return i;
    if (!colon && line.length > 6 && /:\s*$/.test(lines[i + 1] ?? '') && REPLY_INTRO.test(joined))
      return i;
    if (startsQuotedHeaders(lines, i)) return i;
    if (RULE.test(line) && startsQuotedHeaders(lines, nextFilled(lines, i + 1))) return i;
  }
  return lines.length;
}

const keep = (lines: readonly string[]) =>
  lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('>'));

/**
 * The lines that say what this message means: a reply's quotation of earlier mail is dropped
 * (it may be the user's own application, or an older "no"), and a forwarded message is read as
 * the message itself, with its original sender and the forwarder's note beside it. A mail app's
 * "Original message" line starts a forward when the subject says it is one (`forward`).
 */
export function readMailBody(text: string, forward = false): MailBody {
  const lines = text.split('\n');
  const replyAt = quoteStart(lines);
  let forwardAt = lines.findIndex((line) => FORWARD_MARKER.test(line));
  if (forwardAt < 0 || forwardAt > replyAt) {
    const at = lines[replyAt] ?? '';
    forwardAt = forward && (ORIGINAL_MARKER.test(at) || HEADER_FIELD.test(at)) ? replyAt : -1;
  }
  // A forward without a marker line, under Outlook's rule only.
  if (forwardAt < 0 && forward) forwardAt = lines.findIndex((line) => RULE.test(line));
  if (forwardAt < 0) return { lines: keep(lines.slice(0, replyAt)), forwarded: null };
  const headersAt = HEADER_FIELD.test(lines[forwardAt] ?? '') ? forwardAt : forwardAt + 1;
  const { from, to, subject, bodyStart } = readForwardHeaders(lines, headersAt);
  const rest = lines.slice(bodyStart);
  return {
    lines: keep(rest.slice(0, quoteStart(rest))),
    forwarded: { from, to, subject, note: keep(lines.slice(0, forwardAt)) },
  };
}
