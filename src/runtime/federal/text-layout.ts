import type PDFKit from 'pdfkit';

/** The layout a plain-text résumé is measured in: USAJOBS's recommendations on US Letter. */
export interface TextLayout {
  fontSize: number;
  /** Inches on every side. */
  marginInches: number;
  /** A standard PDF font, so no font file is needed. */
  font: 'Helvetica';
}

export const TEXT_LAYOUT: TextLayout = { fontSize: 10, marginInches: 0.5, font: 'Helvetica' };

let pdfkit: Promise<typeof PDFKit> | null = null;

/** PDFKit, loaded on first use. */
export function loadPdfKit(): Promise<typeof PDFKit> {
  pdfkit ??= import('pdfkit').then((m) => m.default);
  return pdfkit;
}

export interface LaidOutText {
  pages: number;
  /** The page each paragraph starts on, 1-based. */
  pageOfParagraph: number[];
  pdf: Uint8Array;
}

/**
 * Lays paragraphs out with PDFKit's text engine (word wrap, line height, page breaks) on US
 * Letter and counts the pages. A line of a text file is a paragraph: long ones wrap, so a file
 * of 110 lines can still take three pages.
 */
export async function layOutText(
  paragraphs: readonly string[],
  layout: TextLayout = TEXT_LAYOUT,
): Promise<LaidOutText> {
  const PDFDocument = await loadPdfKit();
  const margin = layout.marginInches * 72;
  const doc = new PDFDocument({ size: 'LETTER', margin, autoFirstPage: true, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  let pages = 1;
  doc.on('pageAdded', () => {
    pages += 1;
  });
  doc.font(layout.font).fontSize(layout.fontSize);
  const pageOfParagraph: number[] = [];
  for (const paragraph of paragraphs) {
    // PDFKit breaks the page before a line that would not fit, so a paragraph starts where its
    // first line lands; an empty paragraph still takes a line, as in any editor.
    if (doc.y + doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
    }
    pageOfParagraph.push(pages);
    doc.text(toWinAnsi(paragraph) || ' ', { width: doc.page.width - 2 * margin });
  }
  doc.end();
  await ended;
  return { pages, pageOfParagraph, pdf: new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * The standard PDF fonts cover Windows-1252 only; other characters are replaced by a close
 * ASCII stand-in (or "?") so they still take up space as they would in print.
 */
export function toWinAnsi(text: string): string {
  return text
    .replace(/\t/g, '    ')
    .replace(/[\u2010-\u2012]/g, '-')
    .replace(/[\u2022\u25CF\u25AA\u25E6\u2023\u2219]/g, '•')
    .replace(
      /[^\t\n\r\u0020-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022\u20AC\u2122]/g,
      '?',
    );
}
