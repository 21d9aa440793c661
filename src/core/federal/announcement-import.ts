import { AppError } from '../app-error';
import { announcementSchema, emptyAnnouncement, type Announcement } from './announcement';
import { contactFrom, essaysFrom, formatRulesFrom, labelled, usDay } from './announcement-fields';
import { htmlBlocks, htmlToText } from './html-text';
import { specializedExperienceText } from './requirement-words';

/** The forms an announcement can be brought in: Search API JSON, a saved page, pasted text. */
export const ANNOUNCEMENT_FORMATS = ['json', 'html', 'text'] as const;
export type AnnouncementFormat = (typeof ANNOUNCEMENT_FORMATS)[number];

interface Section {
  title: string;
  text: string;
}

const SECTION_FIELDS: [RegExp, keyof Announcement][] = [
  [/^summary$/i, 'summary'],
  [/^(?:requirements|conditions of employment|key requirements)$/i, 'keyRequirements'],
  [/^qualifications$/i, 'qualifications'],
  [/^education$/i, 'education'],
  [/^required documents$/i, 'requiredDocuments'],
  [/^how to apply$/i, 'howToApply'],
  [/^(?:agency contact information|contact information|agency contact)$/i, 'contact'],
  [/^(?:who may apply|this job is open to)$/i, 'whoMayApply'],
];

export function detectFormat(text: string): AnnouncementFormat {
  const head = text.trimStart().slice(0, 500);
  if (/^[[{]/.test(head)) return 'json';
  if (
    /<(?:!doctype|html|body|div|section|h1|p)\b/i.test(head) ||
    /<\/(?:div|p|h\d)>/i.test(text.slice(0, 5000))
  )
    return 'html';
  return 'text';
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? htmlToText(v) : null);
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const list = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
const gradeOf = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' ? String(v).padStart(2, '0') : null;

/** The MatchedObjectDescriptor of a Search API answer, one result, or the descriptor itself. */
function descriptorOf(json: unknown): {
  descriptor: Record<string, unknown>;
  controlNumber: string | null;
} {
  const root = obj(json);
  const items = list(obj(root.SearchResult).SearchResultItems);
  const item = obj(items[0] ?? root);
  const descriptor = obj(item.MatchedObjectDescriptor ?? item);
  if (typeof descriptor.PositionTitle !== 'string') {
    throw AppError.validation(
      'announcement',
      'the JSON has no MatchedObjectDescriptor with a PositionTitle',
    );
  }
  const id = item.MatchedObjectId;
  return {
    descriptor,
    controlNumber: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
  };
}

function fromSearchJson(json: unknown): Announcement {
  const { descriptor: d, controlNumber } = descriptorOf(json);
  const details = obj(obj(d.UserArea).Details);
  const whoMayApply = obj(details.WhoMayApply);
  const requirements = [str(details.Requirements), str(details.KeyRequirements)]
    .filter(Boolean)
    .join('\n');
  const qualifications = [str(d.QualificationSummary), str(details.Requirements)]
    .filter(Boolean)
    .join('\n\n');
  const howToApply = [str(details.HowToApply), str(details.Evaluations)]
    .filter(Boolean)
    .join('\n\n');
  const announcement: Announcement = {
    ...emptyAnnouncement(String(d.PositionTitle)),
    controlNumber,
    announcementNumber: str(d.PositionID),
    agency: str(d.OrganizationName) ?? str(details.SubAgencyName),
    department: str(d.DepartmentName),
    payPlan: str(obj(list(d.JobGrade)[0]).Code),
    series: list(d.JobCategory)
      .map((c) => String(obj(c).Code ?? ''))
      .filter((c) => /^\d{3,4}$/.test(c))
      .map((c) => c.padStart(4, '0')),
    lowGrade: gradeOf(details.LowGrade),
    highGrade: gradeOf(details.HighGrade),
    openDate: usDay(str(d.PublicationStartDate) ?? str(d.PositionStartDate)),
    closeDate: usDay(str(d.ApplicationCloseDate) ?? str(d.PositionEndDate)),
    whoMayApply: str(whoMayApply.Name) ?? (list(details.HiringPath).map(String).join(', ') || null),
    location: str(d.PositionLocationDisplay),
    url: str(d.PositionURI),
    summary: str(details.JobSummary),
    qualifications: qualifications || null,
    keyRequirements: list(details.KeyRequirements).map(String).map(htmlToText).filter(Boolean),
    education: str(details.Education),
    requiredDocuments: str(details.RequiredDocuments),
    howToApply: howToApply || null,
    contact: contactFrom(
      [str(details.AgencyContactInfo), str(details.HowToApply)].filter(Boolean).join('\n'),
    ),
  };
  const rulesText = [requirements, howToApply, announcement.requiredDocuments]
    .filter(Boolean)
    .join('\n');
  return finish(
    announcement,
    rulesText,
    `${qualifications}\n${howToApply}\n${str(details.OtherInformation) ?? ''}`,
  );
}

/** Fills what the text sections imply: the specialized-experience statement, rules, essays. */
function finish(announcement: Announcement, rulesText: string, essayText: string): Announcement {
  const done = {
    ...announcement,
    specializedExperience: specializedExperienceText(announcement) || null,
    formatRules: formatRulesFrom(rulesText),
    essays: essaysFrom(essayText),
  };
  const parsed = announcementSchema.safeParse(done);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw AppError.validation(
      `announcement.${issue?.path.join('.') ?? ''}`,
      issue?.message ?? 'is not valid',
    );
  }
  return parsed.data;
}

/** Overview labels of a USAJOBS page or its pasted text, then the named sections. */
function fromSections(title: string, overview: string, sections: Section[]): Announcement {
  const announcement = emptyAnnouncement(title);
  const text = (key: keyof Announcement) =>
    sections
      .filter((s) => SECTION_FIELDS.some(([re, field]) => field === key && re.test(s.title)))
      .map((s) => s.text)
      .join('\n\n') || null;
  const grade =
    /pay scale (?:&|and) grade\s*:?\s*([A-Z]{2})\s*[-\s]?\s*(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?/i.exec(
      overview,
    );
  const dates = /open (?:&|and) closing dates\s*:?\s*([\d/-]+)\s*(?:to|-|–)\s*([\d/-]+)/i.exec(
    overview,
  );
  const series = [...overview.matchAll(/\bseries\s*:?\s*((?:\d{4}[\s,]*)+)/gi)].flatMap(
    (m) => m[1]!.match(/\d{4}/g) ?? [],
  );
  const requirements = text('keyRequirements');
  const all = [overview, ...sections.map((s) => `${s.title}\n${s.text}`)].join('\n');
  const filled: Announcement = {
    ...announcement,
    controlNumber: labelled(overview, 'control number', '(\\d{6,12})'),
    announcementNumber: labelled(overview, 'announcement number', '([A-Za-z0-9][\\w.-]+)'),
    department:
      /^department\s*:\s*(.+)$/im.exec(overview)?.[1]?.trim() ??
      /^(?:U\.S\.\s+)?Department of [^\n]+$/m.exec(overview)?.[0] ??
      null,
    agency: labelled(overview, 'agency'),
    payPlan: grade?.[1]?.toUpperCase() ?? null,
    lowGrade: grade?.[2]?.padStart(2, '0') ?? null,
    highGrade: (grade?.[3] ?? grade?.[2])?.padStart(2, '0') ?? null,
    series: [...new Set(series)],
    openDate: usDay(dates?.[1]),
    closeDate: usDay(dates?.[2]),
    whoMayApply: text('whoMayApply') ?? labelled(overview, 'who may apply'),
    location: labelled(overview, 'locations?'),
    summary: text('summary'),
    qualifications: text('qualifications'),
    keyRequirements: (requirements ?? '')
      .split('\n')
      .map((l) => l.replace(/^[•\-*]\s*/, '').trim())
      .filter(Boolean),
    education: text('education'),
    requiredDocuments: text('requiredDocuments'),
    howToApply: text('howToApply'),
    contact: contactFrom(text('contact')),
  };
  return finish(filled, all, all);
}

function fromHtml(html: string): Announcement {
  const blocks = htmlBlocks(html);
  const heading =
    blocks.find((b) => b.kind === 'heading' && b.level === 1) ??
    blocks.find((b) => b.kind === 'heading');
  if (!heading)
    throw AppError.validation(
      'announcement',
      'the page has no heading to take the position title from',
    );
  const overview: string[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  let pendingTerm: string | null = null;
  for (const block of blocks) {
    if (block === heading) continue;
    if (block.kind === 'heading' && block.level >= 2) {
      current = { title: block.text.replace(/:$/, ''), text: '' };
      sections.push(current);
      continue;
    }
    const line =
      block.kind === 'term'
        ? ((pendingTerm = block.text), null)
        : block.kind === 'definition' && pendingTerm
          ? `${pendingTerm}: ${block.text}`
          : block.kind === 'item'
            ? `• ${block.text}`
            : block.text;
    if (block.kind === 'definition') pendingTerm = null;
    if (line === null) continue;
    overview.push(line);
    if (current) current.text += `${current.text ? '\n' : ''}${line}`;
  }
  return fromSections(heading.text, overview.join('\n'), sections);
}

const TEXT_HEADINGS =
  /^(?:summary|duties|requirements|conditions of employment|key requirements|qualifications|education|required documents|how to apply|how you will be evaluated|agency contact information|contact information|who may apply|this job is open to|benefits|additional information|next steps|overview)\s*:?$/i;

function fromText(text: string): Announcement {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = lines.map((l) => l.trim()).find((l) => l !== '' && !TEXT_HEADINGS.test(l));
  if (!title) throw AppError.validation('announcement', 'the text is empty');
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (TEXT_HEADINGS.test(line)) {
      current = { title: line.replace(/:$/, ''), text: '' };
      sections.push(current);
    } else if (current && line !== '') {
      current.text += `${current.text ? '\n' : ''}${line}`;
    }
  }
  return fromSections(title, text, sections);
}

/**
 * Reads an announcement from the USAJOBS Search API's JSON (a whole answer, one result or its
 * MatchedObjectDescriptor), a saved announcement page, or text pasted from one. The format is
 * worked out from the text unless given. A problem is a validation error naming what is missing.
 */
export function parseAnnouncement(
  text: string,
  format: AnnouncementFormat = detectFormat(text),
): Announcement {
  if (text.trim() === '') throw AppError.validation('announcement', 'is empty');
  if (format === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw AppError.validation('announcement', 'is not valid JSON');
    }
    return fromSearchJson(json);
  }
  return format === 'html' ? fromHtml(text) : fromText(text);
}
