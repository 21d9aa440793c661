/**
 * A résumé as the file readers extract it: the text as lines with their pages, and what the file
 * itself says about pages, fonts, margins and images. The checker reads only this, so it stays
 * pure and runs the same on a PDF, a Word file or plain text.
 */
export type ResumeFormat = 'pdf' | 'docx' | 'text' | 'converted' | 'image' | 'unknown';

/** How the page count was found. `estimate` is a layout without the real renderer. */
export type PageCountMethod = 'pdf' | 'libreoffice' | 'layout' | 'estimate';

export interface ResumeLine {
  /** 1-based, counting blank lines, in reading order. */
  number: number;
  text: string;
  /** 1-based page, or null when the format has no pages of its own (plain text). */
  page: number | null;
  /** The rest of the line above, wrapped because it reached the right margin (PDF). */
  continues?: boolean;
}

export interface ResumeFont {
  /** The family as the file names it, without subset prefixes or style suffixes. */
  family: string;
  /** Size in points. */
  size: number;
  /** How many characters are set in it: the body font is the one with the most. */
  characters: number;
}

/** Inches from each edge of the page to the nearest text or image (PDF) or the set margin (DOCX). */
export interface ResumeMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ResumeDocument {
  fileName: string;
  /** Size of the file in bytes. */
  bytes: number;
  format: ResumeFormat;
  lines: ResumeLine[];
  /** Rendered page count, null when it could not be measured. */
  pages: number | null;
  pagesMeasuredBy: PageCountMethod | null;
  fonts: ResumeFont[];
  margins: ResumeMargins | null;
  /** Pictures in the file (photos, logos); null when the format cannot tell. */
  images: number | null;
  /** Password-protected or encrypted. */
  encrypted: boolean;
  /** A PDF portfolio (a collection of files inside one PDF). */
  portfolio: boolean;
  /** Carries a digital signature. */
  signed: boolean;
}

/** Splits text into numbered lines, for formats without pages (and for tests). */
export function linesOf(text: string, page: number | null = null): ResumeLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => ({ number: index + 1, text: line.replace(/\s+$/, ''), page }));
}

/** A plain-text document, as tests and the text reader build it. */
export function textDocument(
  text: string,
  extra: Partial<Omit<ResumeDocument, 'lines'>> = {},
): ResumeDocument {
  return {
    fileName: 'resume.txt',
    bytes: new TextEncoder().encode(text).length,
    format: 'text',
    lines: linesOf(text),
    pages: 1,
    pagesMeasuredBy: 'layout',
    fonts: [],
    margins: null,
    images: null,
    encrypted: false,
    portfolio: false,
    signed: false,
    ...extra,
  };
}
