import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { htmlBlocks } from '../../core/federal/html-text';
import type {
  ResumeDocument,
  ResumeFont,
  ResumeLine,
  ResumeMargins,
} from '../../core/federal/resume-document';
import { convertToPdf } from './libreoffice';
import { readPdf } from './read-pdf';
import { layOutText, TEXT_LAYOUT } from './text-layout';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
/** An encrypted Office file is not a zip at all but an OLE compound file wrapping the package. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const attr = (el: Element | null | undefined, name: string) => el?.getAttributeNS(W, name) || null;
const first = (el: Element | Document | null | undefined, name: string) =>
  (el?.getElementsByTagNameNS(W, name)[0] as Element | undefined) ?? null;

async function xml(zip: JSZip, file: string) {
  const text = await zip.file(file)?.async('string');
  return text ? new DOMParser().parseFromString(text, 'text/xml') : null;
}

/** The theme's body and heading fonts, for runs that name them by role. */
async function themeFonts(zip: JSZip): Promise<{ minor: string | null; major: string | null }> {
  const theme = await xml(zip, 'word/theme/theme1.xml');
  const face = (role: string) =>
    (theme?.getElementsByTagNameNS(A, role)[0] as Element | undefined)
      ?.getElementsByTagNameNS(A, 'latin')[0]
      ?.getAttribute('typeface') ?? null;
  return { minor: face('minorFont'), major: face('majorFont') };
}

/** The font family a run-properties element names, resolving theme references. */
function fontOf(rPr: Element | null, theme: { minor: string | null; major: string | null }) {
  const fonts = first(rPr, 'rFonts');
  const direct = attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi');
  if (direct) return direct;
  const role = attr(fonts, 'asciiTheme');
  if (role) return role.startsWith('major') ? theme.major : theme.minor;
  return null;
}
const sizeOf = (rPr: Element | null) => {
  const half = Number(attr(first(rPr, 'sz'), 'val'));
  return Number.isFinite(half) && half > 0 ? half / 2 : null;
};

/** Fonts and sizes the text is set in: direct formatting, then the Normal style, then defaults. */
async function docxFonts(zip: JSZip, document: Document): Promise<ResumeFont[]> {
  const theme = await themeFonts(zip);
  const styles = await xml(zip, 'word/styles.xml');
  const defaults = first(first(first(styles, 'docDefaults'), 'rPrDefault'), 'rPr');
  const normal = [...(styles?.getElementsByTagNameNS(W, 'style') ?? [])].find(
    (s) => attr(s as Element, 'styleId') === 'Normal',
  ) as Element | undefined;
  const normalRPr = first(normal, 'rPr');
  const baseFont = fontOf(normalRPr, theme) ?? fontOf(defaults, theme) ?? theme.minor ?? 'Calibri';
  const baseSize = sizeOf(normalRPr) ?? sizeOf(defaults) ?? 10;
  const tally = new Map<string, ResumeFont>();
  for (const run of [...document.getElementsByTagNameNS(W, 'r')]) {
    const rPr = first(run, 'rPr');
    const text = [...run.getElementsByTagNameNS(W, 't')].map((t) => t.textContent ?? '').join('');
    const characters = text.replace(/\s/g, '').length;
    if (characters === 0) continue;
    const family = fontOf(rPr, theme) ?? baseFont;
    const size = sizeOf(rPr) ?? baseSize;
    const key = `${family}|${size}`;
    const font = tally.get(key) ?? { family, size, characters: 0 };
    font.characters += characters;
    tally.set(key, font);
  }
  return [...tally.values()].sort((a, b) => b.characters - a.characters);
}

/** The page margins of the document's last section, in inches. */
function docxMargins(document: Document): ResumeMargins | null {
  const sections = document.getElementsByTagNameNS(W, 'sectPr');
  const margin = first(sections[sections.length - 1] as Element | undefined, 'pgMar');
  if (!margin) return null;
  const inches = (side: string) => Math.abs(Number(attr(margin, side) ?? 1440)) / 1440;
  return {
    top: inches('top'),
    right: inches('right'),
    bottom: inches('bottom'),
    left: inches('left'),
  };
}

/** The text as mammoth reads it: one line per paragraph, list items with a bullet. */
async function docxLines(bytes: Uint8Array): Promise<string[]> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { ignoreEmptyParagraphs: false },
  );
  return htmlBlocks(value.replace(/<p><\/p>/g, '<p>&#8203;</p>')).map((b) =>
    b.text === '\u200b' ? '' : b.kind === 'item' ? `• ${b.text}` : b.text,
  );
}

/** Text compared without case, spacing or a leading bullet, which renderers draw differently. */
const squash = (text: string) =>
  text
    .replace(/^\s*[•●▪◦‣∙·*–-]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Whether a printed line is where a paragraph begins (the line may be the paragraph's start). */
function beginsWith(printed: string, paragraph: string): boolean {
  if (printed === '' || paragraph === '') return false;
  const head = paragraph.slice(0, 24);
  return printed.startsWith(head) || head.startsWith(printed.slice(0, 24));
}

/**
 * Gives each paragraph the page LibreOffice printed it on, by walking the rendering's lines in
 * order and finding where each paragraph begins; a paragraph not found keeps the page before.
 */
function placeOnPages(paragraphs: ResumeLine[], printed: readonly ResumeLine[]) {
  const texts = printed.map((line) => squash(line.text));
  let at = 0;
  let page = 1;
  for (const paragraph of paragraphs) {
    const text = squash(paragraph.text);
    for (let i = at; i < Math.min(texts.length, at + 60); i += 1) {
      if (beginsWith(texts[i] ?? '', text)) {
        at = i + 1;
        page = printed[i]?.page ?? page;
        break;
      }
    }
    paragraph.page = page;
  }
}

/**
 * Reads a Word (.docx) file: text and structure with mammoth, fonts, margins and pictures from
 * the package's XML, and the page count from a LibreOffice rendering to PDF. Without
 * LibreOffice the pages are estimated by laying the text out in the file's own margins and body
 * size, and marked as an estimate.
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<ResumeDocument> {
  const base = { fileName, bytes: bytes.length, format: 'docx' as const, portfolio: false };
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return {
      ...base,
      lines: [],
      pages: null,
      pagesMeasuredBy: null,
      fonts: [],
      margins: null,
      images: null,
      encrypted: true,
      signed: false,
    };
  }
  const zip = await JSZip.loadAsync(bytes);
  const document = await xml(zip, 'word/document.xml');
  if (!document) throw new Error('not a Word document: word/document.xml is missing');
  const texts = await docxLines(bytes);
  const lines: ResumeLine[] = texts.map((text, i) => ({ number: i + 1, text, page: null }));
  const fonts = await docxFonts(zip, document);
  const margins = docxMargins(document);
  const images =
    document.getElementsByTagNameNS(W, 'drawing').length +
    document.getElementsByTagNameNS(W, 'pict').length;
  const signed = Object.keys(zip.files).some((name) => name.startsWith('_xmlsignatures/'));
  const rendered = await convertToPdf(fileName, bytes);
  let pages: number;
  let method: 'libreoffice' | 'estimate';
  if (rendered) {
    const printed = await readPdf(fileName, rendered);
    pages = printed.pages ?? 1;
    method = 'libreoffice';
    placeOnPages(lines, printed.lines);
  } else {
    const body = fonts[0]?.size ?? TEXT_LAYOUT.fontSize;
    const side = margins
      ? Math.min(margins.left, margins.right, margins.top)
      : TEXT_LAYOUT.marginInches;
    pages = (await layOutText(texts, { ...TEXT_LAYOUT, fontSize: body, marginInches: side })).pages;
    method = 'estimate';
  }
  return {
    ...base,
    lines,
    pages,
    pagesMeasuredBy: method,
    fonts,
    margins,
    images,
    encrypted: false,
    signed,
  };
}
