import path from 'node:path';
import { AppError } from '../../core/app-error';
import { linesOf, type ResumeDocument } from '../../core/federal/resume-document';
import type { ResumeFile, ResumeReader } from '../../use-cases/federal/federal-ports';
import { convertToPdf } from './libreoffice';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';
import { layOutText } from './text-layout';

const IMAGE = new Set(['.gif', '.jpg', '.jpeg', '.png']);
const CONVERTIBLE = new Set(['.doc', '.rtf', '.odt']);
const startsWith = (bytes: Uint8Array, text: string) =>
  [...text].every((ch, i) => bytes[i] === ch.charCodeAt(0));

function empty(file: ResumeFile, format: ResumeDocument['format']): ResumeDocument {
  return {
    fileName: file.name,
    bytes: file.bytes.length,
    format,
    lines: [],
    pages: format === 'image' ? 1 : null,
    pagesMeasuredBy: format === 'image' ? 'layout' : null,
    fonts: [],
    margins: null,
    images: format === 'image' ? 1 : null,
    encrypted: false,
    portfolio: false,
    signed: false,
  };
}

/** A text file: its own lines, paged by laying it out as USAJOBS would print it. */
async function readText(file: ResumeFile): Promise<ResumeDocument> {
  const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
  const lines = linesOf(text);
  const laid = await layOutText(lines.map((l) => l.text));
  return {
    ...empty(file, 'text'),
    lines: lines.map((line, i) => ({ ...line, page: laid.pageOfParagraph[i] ?? null })),
    pages: laid.pages,
    pagesMeasuredBy: 'layout',
  };
}

const looksLikeText = (bytes: Uint8Array) => !bytes.subarray(0, 4096).includes(0);

async function readByType(file: ResumeFile): Promise<ResumeDocument> {
  const extension = path.extname(file.name).toLowerCase();
  if (startsWith(file.bytes, '%PDF') || extension === '.pdf') return readPdf(file.name, file.bytes);
  if (extension === '.docx') return readDocx(file.name, file.bytes);
  if (IMAGE.has(extension)) return empty(file, 'image');
  if (CONVERTIBLE.has(extension)) {
    const pdf = await convertToPdf(file.name, file.bytes);
    if (!pdf) return empty(file, 'converted');
    const read = await readPdf(file.name, pdf);
    return {
      ...read,
      fileName: file.name,
      bytes: file.bytes.length,
      format: 'converted',
      pagesMeasuredBy: 'libreoffice',
    };
  }
  if (extension === '.txt' || looksLikeText(file.bytes)) return readText(file);
  return empty(file, 'unknown');
}

/** Reads PDF, Word, text and (with LibreOffice) RTF and OpenDocument résumés. */
export const resumeReader: ResumeReader = {
  async read(file) {
    try {
      return await readByType(file);
    } catch (error) {
      if (error instanceof AppError) throw error;
      const why = error instanceof Error ? error.message : String(error);
      throw new AppError('validation', `file: ${file.name} could not be read (${why})`, {
        field: 'file',
        cause: error,
      });
    }
  },
};
