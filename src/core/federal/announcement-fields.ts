import type { AnnouncementContact, EssayQuestion, EssayTopic, FormatRules } from './announcement';

/**
 * Reading announcement facts out of free text: the overview labels USAJOBS pages show, the
 * agency's contact, its own résumé rules and the essay questions.
 */
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "11/03/2026" or "2026-11-03" → "2026-11-03". */
export function usDay(text: string | null | undefined): string | null {
  if (!text) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (!us) return null;
  return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
}

export function labelled(text: string, label: string, value = '([^\\n]+)'): string | null {
  const match = new RegExp(`${label}\\s*:?\\s*${value}`, 'i').exec(text);
  return match?.[1]?.trim() ?? null;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/;

/** The person to ask, from an "Agency contact information" section. */
export function contactFrom(text: string | null): AnnouncementContact | null {
  if (!text) return null;
  const email = EMAIL.exec(text)?.[0] ?? null;
  const phone = PHONE.exec(text)?.[0] ?? null;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const named = labelled(text, 'name');
  const name =
    named ??
    lines.find((l) => /^[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-zA-Z'-]+)+$/.test(l)) ??
    null;
  return email || phone || name ? { name, email, phone } : null;
}

/** Résumé rules an agency adds: a page limit, minimum margins and font size, PDF only. */
export function formatRulesFrom(text: string): FormatRules {
  const pages =
    /(?:not exceed|no more than|limited to|maximum of|up to|at most)\s+(\w+)\s*(?:\((\d)\))?\s*pages?/i.exec(
      text,
    );
  const pageCount = pages
    ? Number(pages[2]) || NUMBER_WORDS[pages[1]!.toLowerCase()] || Number(pages[1]) || null
    : null;
  const margin =
    /(\d(?:\.\d+)?)\s*(?:"|”|-?inch(?:es)?|in\.)\s*margins?/i.exec(text) ??
    /margins?\s+(?:of\s+)?(?:no (?:smaller|less) than|at least)\s+(?:an?\s+)?(\d(?:\.\d+)?)/i.exec(
      text,
    );
  const font =
    /(\d{1,2})[- ]?(?:point|pt\.?)\s+font/i.exec(text) ??
    /font(?: size)?\s+(?:of\s+)?(?:no (?:smaller|less) than|at least)\s+(?:an?\s+)?(\d{1,2})/i.exec(
      text,
    );
  return {
    maxPages: pageCount !== null && pageCount > 0 && pageCount <= 10 ? pageCount : null,
    minMarginInches: margin ? Number(margin[1]) : null,
    minFontPoints: font ? Number(font[1]) : null,
    pdfOnly:
      /\b(?:must|only)\s+(?:be\s+)?(?:submitted\s+|uploaded\s+)?(?:in|as)\s+(?:a\s+)?PDF\b|\bPDF format only\b/i.test(
        text,
      ),
  };
}

const ESSAYS: [EssayTopic, RegExp][] = [
  ['constitution', /constitution/i],
  ['efficiency', /efficien/i],
  ['executive_orders', /executive orders?/i],
  ['work_ethic', /work ethic/i],
];

/** The essay questions an announcement lists, with the word limit it gives (or 200). */
export function essaysFrom(text: string): EssayQuestion[] {
  const questions: EssayQuestion[] = [];
  const sentences = text.split(/\n|(?<=[.?!])\s+(?=[A-Z0-9])/);
  const general = /(\d{2,4})\s*words?/i.exec(text.slice(Math.max(0, text.search(/essay/i))))?.[1];
  for (const [topic, pattern] of ESSAYS) {
    const question = sentences.find(
      (s) => pattern.test(s) && /\?|describe|how (?:would|have)|explain/i.test(s),
    );
    if (!question || !/essay|short answer|question/i.test(text)) continue;
    const own = /(\d{2,4})\s*words?/i.exec(question)?.[1];
    questions.push({ topic, question: question.trim(), wordLimit: Number(own ?? general ?? 200) });
  }
  return questions;
}
