import type { ResumeDocument } from '../../core/federal/resume-document';
import type { ResumeContent, ResumeStyle } from '../../core/federal/builder/resume-content';

/** A résumé file as the user gave it. */
export interface ResumeFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads a résumé file into the document the checker works on: text with pages, fonts, margins,
 * pictures and protection. The runtime provides it (pdf.js, mammoth, LibreOffice).
 */
export interface ResumeReader {
  read(file: ResumeFile): Promise<ResumeDocument>;
}

/** A rendered résumé and how many pages it took. */
export interface RenderedResume {
  bytes: Uint8Array;
  pages: number;
}

/** Lays a built résumé out as PDF and Word files; the runtime provides it (PDFKit, docx). */
export interface ResumeRenderer {
  pdf(content: ResumeContent, style: ResumeStyle): Promise<RenderedResume>;
  docx(content: ResumeContent, style: ResumeStyle): Promise<Uint8Array>;
}
