import { z } from 'zod';
import { calendarDay, storableString } from '../schema-helpers';

/**
 * A USAJOBS job announcement, reduced to what Rebound uses: who is hiring for what, when it
 * closes, what the résumé must show, which documents to attach, the essays, and whom to ask.
 * It comes from the Search API's JSON, a saved announcement page or pasted text.
 */
export const ESSAY_TOPICS = [
  'constitution',
  'efficiency',
  'executive_orders',
  'work_ethic',
] as const;
export type EssayTopic = (typeof ESSAY_TOPICS)[number];

/** Documents an announcement can require for what the résumé claims. */
export const FEDERAL_DOCUMENTS = ['dd214', 'sf50', 'transcript', 'sf15', 'va_letter'] as const;
export type FederalDocument = (typeof FEDERAL_DOCUMENTS)[number];

export const FEDERAL_DOCUMENT_LABELS: Record<FederalDocument, string> = {
  dd214: 'DD-214 (Member 4 copy)',
  sf50: 'SF-50 (Notification of Personnel Action)',
  transcript: 'College transcripts',
  sf15: 'SF-15 (Application for 10-Point Veteran Preference)',
  va_letter: 'VA disability letter',
};

const text = (max: number) => storableString().max(max).nullable();

export const essayQuestionSchema = z.object({
  topic: z.enum(ESSAY_TOPICS),
  question: storableString().max(2000),
  wordLimit: z.number().int().positive().max(5000),
});
export type EssayQuestion = z.output<typeof essayQuestionSchema>;

export const announcementContactSchema = z.object({
  name: text(200),
  email: text(320),
  phone: text(60),
});
export type AnnouncementContact = z.output<typeof announcementContactSchema>;

/** Formatting rules an agency adds in its announcement, tighter than USAJOBS's own. */
export const formatRulesSchema = z.object({
  maxPages: z.number().int().positive().nullable(),
  minMarginInches: z.number().positive().nullable(),
  minFontPoints: z.number().positive().nullable(),
  pdfOnly: z.boolean(),
});
export type FormatRules = z.output<typeof formatRulesSchema>;

export const announcementSchema = z.object({
  controlNumber: text(40),
  announcementNumber: text(100),
  positionTitle: storableString().min(1).max(300),
  agency: text(300),
  department: text(300),
  payPlan: text(4),
  series: z.array(storableString().max(8)).max(20),
  lowGrade: text(4),
  highGrade: text(4),
  openDate: calendarDay.nullable(),
  closeDate: calendarDay.nullable(),
  whoMayApply: text(2000),
  location: text(1000),
  url: text(2000),
  summary: text(20_000),
  qualifications: text(50_000),
  /** The specialized-experience statement, when the qualifications text has one. */
  specializedExperience: text(20_000),
  keyRequirements: z.array(storableString().max(2000)).max(50),
  education: text(20_000),
  requiredDocuments: text(20_000),
  howToApply: text(20_000),
  contact: announcementContactSchema.nullable(),
  essays: z.array(essayQuestionSchema).max(10),
  formatRules: formatRulesSchema,
});
export type Announcement = z.output<typeof announcementSchema>;

export const NO_FORMAT_RULES: FormatRules = {
  maxPages: null,
  minMarginInches: null,
  minFontPoints: null,
  pdfOnly: false,
};

/** An announcement with nothing but a title, for building one up field by field. */
export function emptyAnnouncement(positionTitle: string): Announcement {
  return {
    controlNumber: null,
    announcementNumber: null,
    positionTitle,
    agency: null,
    department: null,
    payPlan: null,
    series: [],
    lowGrade: null,
    highGrade: null,
    openDate: null,
    closeDate: null,
    whoMayApply: null,
    location: null,
    url: null,
    summary: null,
    qualifications: null,
    specializedExperience: null,
    keyRequirements: [],
    education: null,
    requiredDocuments: null,
    howToApply: null,
    contact: null,
    essays: [],
    formatRules: { ...NO_FORMAT_RULES },
  };
}
