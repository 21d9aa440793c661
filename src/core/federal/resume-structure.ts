import { findDateRanges, findDates, type DateRange, type ResumeDate } from './dates';
import { employerKind, type EmployerKind } from './employers';
import type { ResumeDocument, ResumeLine } from './resume-document';

/**
 * The parts of a résumé the rules read: the contact block at the top, the sections by their
 * headings, and each work entry with its dates, hours, pay plan and kind of employer.
 */
export type SectionKind = 'work' | 'education' | 'other';

export interface ResumeSection {
  kind: SectionKind;
  heading: ResumeLine | null;
  lines: ResumeLine[];
}

export interface PayPlanMention {
  payPlan: string | null;
  series: string | null;
  grade: string | null;
}

export interface WorkEntry {
  /** The entry's lines, header first. */
  lines: ResumeLine[];
  /** The lines before its first duty: title, employer, dates, hours. */
  header: ResumeLine[];
  /** The date range that dates the job, if one is written. */
  range: DateRange | null;
  /** Dates written without a range (a lone year, "Start: 05/2019"). */
  looseDates: ResumeDate[];
  hoursPerWeek: number | null;
  /** "Full-time" or "part-time" with no number of hours. */
  scheduleWord: string | null;
  payPlan: PayPlanMention | null;
  employer: EmployerKind;
}

export interface ResumeStructure {
  contact: ResumeLine[];
  sections: ResumeSection[];
  entries: WorkEntry[];
}

const WORK_HEADINGS =
  /^(?:(?:relevant|professional|federal|related|additional|other|paid|volunteer|military|work|employment|career)\s+)*(?:experience|employment(?: history)?|work history|career history|professional history|military service|volunteer(?: work| service)?)$/;
const EDUCATION_HEADINGS = /^(?:education(?: and training)?|academic background|degrees?)$/;
const OTHER_HEADINGS =
  /^(?:(?:professional |career |executive )?summary|profile|objective|(?:technical |key |core )?skills|core competencies|competencies|certifications?(?: and licenses)?|licenses?(?: and certifications)?|certificates|training|job[- ]related training|awards?(?: and honors)?|honors|references|additional information|other information|languages?|language skills|publications|affiliations|professional affiliations|security clearance|clearance|qualifications summary|summary of qualifications|specialized experience(?: summary)?|highlights|contact|contact information)$/;

function headingText(line: string): string {
  return line
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The kind of section a line heads, or null when it is not a heading. */
export function headingKind(line: string): SectionKind | null {
  const raw = line.trim();
  if (raw.length === 0 || raw.length > 60 || /[.,;]$/.test(raw) || /\d/.test(raw)) return null;
  const text = headingText(raw);
  if (WORK_HEADINGS.test(text)) return 'work';
  if (EDUCATION_HEADINGS.test(text)) return 'education';
  if (OTHER_HEADINGS.test(text)) return 'other';
  return null;
}

const BULLET = /^\s*(?:[•●▪◦‣∙·*–—-]|o\s|\d{1,2}[.)])\s*/;
const DETAIL_LABEL =
  /^\s*(?:supervisor|duties|responsibilities|accomplishments|key accomplishments|achievements|salary|hours|may contact|contact supervisor|series|grade|pay plan|reference|location|schedule|work schedule)\b/i;
const COMPANY_END = /\b(?:inc|corp|co|ltd|llc|jr|sr|d\.c|u\.s|l\.p|p\.c)\.$/i;

export const isBullet = (text: string) => BULLET.test(text);

/** A sentence of duties, rather than a title, employer or date line. */
function isProse(text: string): boolean {
  const trimmed = text.trim();
  // Dates and hours belong to a job's header, however long the line.
  if (findDateRanges(trimmed).length > 0 || findHoursPerWeek(trimmed) !== null) return false;
  const words = trimmed.split(/\s+/).filter((w) => /\w/.test(w)).length;
  if (/^[a-z]/.test(trimmed)) return true;
  if (/[.;:,!?]$/.test(trimmed) && !COMPANY_END.test(trimmed) && !/:\s*$/.test(trimmed)) {
    return words >= 3 || /[,;]$/.test(trimmed);
  }
  return words >= 16;
}

/** Groups the lines of the document by their section headings. */
function splitSections(lines: readonly ResumeLine[]): {
  contact: ResumeLine[];
  sections: ResumeSection[];
} {
  const contact: ResumeLine[] = [];
  const sections: ResumeSection[] = [];
  let current: ResumeSection | null = null;
  for (const line of lines) {
    const kind = headingKind(line.text);
    if (kind) {
      current = { kind, heading: line, lines: [] };
      sections.push(current);
    } else if (current) {
      current.lines.push(line);
    } else {
      contact.push(line);
    }
  }
  if (sections.length === 0) {
    // No headings: the first few lines are the contact block and the rest is treated as work.
    const top = contact.splice(0, Math.min(contact.length, 5));
    return { contact: top, sections: [{ kind: 'work', heading: null, lines: contact }] };
  }
  return { contact, sections };
}

// Spaces only (no line breaks) between the parts, and no digit just before the number, so a
// phone number on the line above never reads as hours.
const HOURS =
  /(?<![\d.-])(\d{1,2}(?:\.\d)?)[ \t]*\+?[ \t]*(?:hours?|hrs?\.?|h)[ \t]*(?:per|\/|a|each|every)[ \t]*(?:week|wk)\b|(?:hours?|hrs?)[ \t]*(?:per|\/|a)[ \t]*(?:week|wk)\.?[ \t]*[:=-]?[ \t]*(\d{1,2}(?:\.\d)?)\b|(?<![\d.-])(\d{1,2})[ \t]*(?:hours?|hrs?)[ \t]*weekly\b|\bhours[ \t]*:[ \t]*(\d{1,2})\b|\b(?:full|part)[- ]time[ \t]*[(,–-][ \t]*(\d{1,2})[ \t]*(?:hours?|hrs?)\b/i;
const SCHEDULE_WORD = /\b(full[- ]time|part[- ]time)\b/i;

/**
 * Hours per week written in a line ("40 hours per week", "40 hrs/wk", "Hours per week: 32",
 * "Full time (40 hours)": a schedule word with a number of hours is a week's hours).
 */
export function findHoursPerWeek(text: string): number | null {
  for (const line of text.split('\n')) {
    const match = HOURS.exec(line);
    const value = match ? Number(match.slice(1).find((g) => g !== undefined)) : 0;
    if (value > 0 && value <= 99) return value;
  }
  return null;
}

const FULL_PPSG = /\b([A-Z]{2})[-\s–]?(\d{4})[-\s–](\d{1,2})\b/;
const PLAN_GRADE =
  /\b(GS|GM|GG|GL|WG|WL|WS|NH|NT|ND|NO|NR|NF|NJ|NK|FV|FP|FS|AD|VN|SV|SK|ZA|ZP|ZS|ZT|DB|DE|DJ|DK|ES|SL|ST)[-\s–]?(\d{1,2})(?!\d)/;
const SERIES = /\bseries\s*:?\s*(\d{3,4})\b|\b(\d{4})\s+series\b/i;
const GRADE = /\bgrade\s*:?\s*(?:[A-Z]{2}[-\s]?)?(\d{1,2})\b/i;
const PAY_PLAN_LABEL = /\bpay plan\s*:?\s*([A-Z]{2})\b/i;

/** Pay plan, series and grade written in an entry, whole or in part. */
export function findPayPlan(text: string): PayPlanMention | null {
  const full = FULL_PPSG.exec(text);
  if (full) return { payPlan: full[1] ?? null, series: full[2] ?? null, grade: full[3] ?? null };
  const planGrade = PLAN_GRADE.exec(text);
  const series = SERIES.exec(text);
  const grade = GRADE.exec(text);
  const plan = PAY_PLAN_LABEL.exec(text);
  if (!planGrade && !series && !grade && !plan) return null;
  return {
    payPlan: planGrade?.[1] ?? plan?.[1] ?? null,
    series: series ? (series[1] ?? series[2] ?? null) : null,
    grade: planGrade?.[2] ?? grade?.[1] ?? null,
  };
}

function startsEntry(line: ResumeLine, previous: ResumeLine | null, entry: ResumeLine[]): boolean {
  if (entry.length === 0) return true;
  if (line.continues) return false;
  const text = line.text;
  if (isBullet(text) || isProse(text) || DETAIL_LABEL.test(text)) return false;
  if (previous === null) return true;
  if (previous.text.trim() === '') return true;
  if (isBullet(previous.text) || isProse(previous.text)) return true;
  // Entries written one per line: a second date range starts the next one.
  const dated = (l: ResumeLine) => findDateRanges(l.text).length > 0;
  return dated(line) && entry.some(dated);
}

/** Splits one work section into entries: a header of short lines, then duties. */
function splitEntries(lines: readonly ResumeLine[]): ResumeLine[][] {
  const entries: ResumeLine[][] = [];
  let entry: ResumeLine[] = [];
  // The last line that began something: a wrapped continuation line is judged with its start.
  let previous: ResumeLine | null = null;
  for (const line of lines) {
    if (line.text.trim() === '') {
      previous = line;
      continue;
    }
    if (entry.length > 0 && startsEntry(line, previous, entry)) {
      entries.push(entry);
      entry = [];
    }
    entry.push(line);
    if (!line.continues) previous = line;
  }
  if (entry.length > 0) entries.push(entry);
  return entries;
}

function describeEntry(lines: ResumeLine[]): WorkEntry | null {
  const firstDuty = lines.findIndex((l, i) => i > 0 && (isBullet(l.text) || isProse(l.text)));
  const header = firstDuty === -1 ? lines : lines.slice(0, firstDuty);
  const labelled = lines.filter((l) => /\b(?:date|from|start|end|to)\b/i.test(l.text));
  const dateLines = [...new Set([...header, ...labelled])];
  const range = dateLines.flatMap((l) => findDateRanges(l.text))[0] ?? null;
  const looseDates = dateLines.flatMap((l) => findDates(l.text));
  // An entry is a job when its header has a date or its duties follow a short title line.
  const hasDuties = firstDuty !== -1 || lines.length > 1;
  if (looseDates.length === 0 && !hasDuties) return null;
  const all = lines.map((l) => l.text).join('\n');
  const headerText = header.map((l) => l.text).join('\n');
  const hoursPerWeek = findHoursPerWeek(all);
  const payPlan = findPayPlan(headerText) ?? findPayPlan(all);
  const scheduleWord = hoursPerWeek === null ? (SCHEDULE_WORD.exec(all)?.[1] ?? null) : null;
  return {
    lines,
    header,
    range,
    looseDates,
    hoursPerWeek,
    scheduleWord,
    payPlan,
    employer: employerKind(headerText, payPlan?.series != null || payPlan?.payPlan != null),
  };
}

/** Reads the structure the rules need from a document's lines. */
export function analyseResume(doc: Pick<ResumeDocument, 'lines'>): ResumeStructure {
  const { contact, sections } = splitSections(doc.lines);
  const entries = sections
    .filter((s) => s.kind === 'work')
    .flatMap((s) => splitEntries(s.lines))
    .map(describeEntry)
    .filter((e): e is WorkEntry => e !== null);
  return { contact, sections, entries };
}

/** The words of an entry's first header line, to name it in a finding. */
export function entryLabel(entry: WorkEntry): string {
  const first = entry.header[0]?.text.trim() ?? entry.lines[0]?.text.trim() ?? 'A job';
  return first.length > 70 ? `${first.slice(0, 67)}…` : first;
}
