import type {
  ResumeDocument,
  ResumeFont,
  ResumeLine,
  ResumeMargins,
} from '../../core/federal/resume-document';
import { loadPdfJs, standardFontDataUrl } from './pdfjs';

interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof openPdf>>['getPage']>>;

async function openPdf(data: Uint8Array) {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  return getDocument({
    data: new Uint8Array(data),
    standardFontDataUrl: standardFontDataUrl(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

/** "ABCDEF+Calibri-Bold" → "Calibri"; "ArialMT" → "Arial". */
export function fontFamily(name: string): string {
  return name
    .replace(/^[A-Z]{6}\+/, '')
    .replace(
      /[-,](?:Bold|Italic|Oblique|Regular|Light|Medium|Semibold|SemiBold|Black|Book|Roman)\w*$/i,
      '',
    )
    .replace(/(?:PSMT|MT|PS)$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim();
}

function piecesOf(items: readonly unknown[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item)) continue;
    const { str, transform, width, fontName } = item as {
      str: string;
      transform: number[];
      width: number;
      fontName: string;
    };
    if (str.trim() === '') continue;
    const size = Math.hypot(transform[2] ?? 0, transform[3] ?? 0) || Math.abs(transform[0] ?? 0);
    pieces.push({ str, x: transform[4] ?? 0, y: transform[5] ?? 0, width, size, font: fontName });
  }
  return pieces;
}

/** Groups text pieces into visual lines, top to bottom, with a blank line at paragraph gaps. */
function linesOf(pieces: TextPiece[]): { text: string; size: number; continues: boolean }[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - piece.y) <= Math.max(2, anchor.size * 0.3))
      row.push(piece);
    else rows.push([piece]);
  }
  const lines: { text: string; size: number; y: number; end: number; continues: boolean }[] = [];
  const right = Math.max(...pieces.map((p) => p.x + p.width));
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const piece of row) {
      const gap = piece.x - end;
      if (text !== '' && gap > piece.size * 0.15 && !/\s$/.test(text))
        text += gap > piece.size * 2 ? '  ' : ' ';
      text += piece.str;
      end = piece.x + piece.width;
    }
    const size = Math.max(...row.map((p) => p.size));
    const previous = lines.at(-1);
    const gap = previous ? previous.y - row[0]!.y : 0;
    if (previous && gap > Math.max(previous.size, size) * 1.75) {
      lines.push({ text: '', size, y: row[0]!.y, end, continues: false });
    }
    // A line that ran to the right margin and is followed at once by more text wrapped there.
    const continues =
      previous !== undefined &&
      previous.text !== '' &&
      gap <= Math.max(previous.size, size) * 1.75 &&
      previous.end >= right - previous.size * 4 &&
      !/^\s*[•●▪◦‣∙·*–—-]/.test(text);
    lines.push({ text: text.replace(/\s+$/, ''), size, y: row[0]!.y, end, continues });
  }
  return lines;
}

/** How far the page's text reaches toward each edge, in inches. */
function pageMargins(pieces: TextPiece[], view: number[]): ResumeMargins | null {
  if (pieces.length === 0) return null;
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = view;
  const left = Math.min(...pieces.map((p) => p.x)) - x0;
  const right = x1 - Math.max(...pieces.map((p) => p.x + p.width));
  const top = y1 - Math.max(...pieces.map((p) => p.y + p.size * 0.75));
  const bottom = Math.min(...pieces.map((p) => p.y - p.size * 0.2)) - y0;
  return { top: top / 72, right: right / 72, bottom: bottom / 72, left: left / 72 };
}

async function readPage(page: PdfPage, imageOps: ReadonlySet<number>) {
  const ops = await page.getOperatorList();
  const images = ops.fnArray.filter((fn) => imageOps.has(fn)).length;
  const content = await page.getTextContent();
  const pieces = piecesOf(content.items);
  const names = new Map<string, string>();
  for (const piece of pieces) {
    if (names.has(piece.font)) continue;
    const font: unknown = page.commonObjs.has(piece.font) ? page.commonObjs.get(piece.font) : null;
    const name =
      typeof font === 'object' && font !== null && 'name' in font ? String(font.name) : piece.font;
    names.set(piece.font, fontFamily(name));
  }
  return { pieces, names, images, margins: pageMargins(pieces, page.view) };
}

function tallyFonts(
  tally: Map<string, ResumeFont>,
  pieces: TextPiece[],
  names: Map<string, string>,
) {
  for (const piece of pieces) {
    const family = names.get(piece.font) ?? piece.font;
    const size = Math.round(piece.size * 2) / 2;
    const key = `${family}|${size}`;
    const font = tally.get(key) ?? { family, size, characters: 0 };
    font.characters += piece.str.replace(/\s/g, '').length;
    tally.set(key, font);
  }
}

function minMargins(all: (ResumeMargins | null)[]): ResumeMargins | null {
  const found = all.filter((m): m is ResumeMargins => m !== null);
  if (found.length === 0) return null;
  const min = (side: keyof ResumeMargins) => Math.max(0, Math.min(...found.map((m) => m[side])));
  return { top: min('top'), right: min('right'), bottom: min('bottom'), left: min('left') };
}

/**
 * Reads a PDF with pdf.js: its text as lines with page numbers, the page count, the fonts and
 * sizes the text is set in, how close the text comes to each edge, pictures, and whether it is
 * encrypted, signed or a portfolio. A PDF that needs a password comes back with no text.
 */
export async function readPdf(fileName: string, bytes: Uint8Array): Promise<ResumeDocument> {
  const base = {
    fileName,
    bytes: bytes.length,
    format: 'pdf' as const,
    fonts: [],
    margins: null,
    images: null,
    portfolio: false,
    signed: false,
  };
  const { OPS } = await loadPdfJs();
  let pdf;
  try {
    pdf = await openPdf(bytes);
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      return { ...base, lines: [], pages: null, pagesMeasuredBy: null, encrypted: true };
    }
    throw error;
  }
  try {
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const imageOps = new Set([
      OPS.paintImageXObject,
      OPS.paintInlineImageXObject,
      OPS.paintImageXObjectRepeat,
    ]);
    const lines: ResumeLine[] = [];
    const tally = new Map<string, ResumeFont>();
    const margins: (ResumeMargins | null)[] = [];
    let images = 0;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const read = await readPage(page, imageOps);
      images += read.images;
      margins.push(read.margins);
      tallyFonts(tally, read.pieces, read.names);
      for (const line of linesOf(read.pieces)) {
        lines.push({
          number: lines.length + 1,
          text: line.text,
          page: number,
          ...(line.continues && { continues: true }),
        });
      }
      page.cleanup();
    }
    return {
      ...base,
      lines,
      pages: pdf.numPages,
      pagesMeasuredBy: 'pdf',
      fonts: [...tally.values()].sort((a, b) => b.characters - a.characters),
      margins: minMargins(margins),
      images,
      encrypted: info.EncryptFilterName != null,
      portfolio: info.IsCollectionPresent === true,
      signed: info.IsSignaturesPresent === true,
    };
  } finally {
    await pdf.destroy();
  }
}

/** Just the page count of a PDF (a LibreOffice rendering of a Word file). */
export async function countPdfPages(bytes: Uint8Array): Promise<number> {
  const pdf = await openPdf(bytes);
  try {
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}
