import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

/** Résumé files made in tests, in every format the checker reads, from plain text. */
export interface PdfOptions {
  font?: 'Helvetica' | 'Times-Roman' | 'Courier';
  size?: number;
  marginInches?: number;
  /** A small picture at the top, like a photo. */
  picture?: boolean;
  password?: string;
}

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Lays text out with PDFKit, one paragraph per line, and returns the PDF. */
export async function pdfOf(text: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const margin = (options.marginInches ?? 0.5) * 72;
  const doc = new PDFDocument({
    size: 'LETTER',
    margin,
    ...(options.password !== undefined && { userPassword: options.password }),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  if (options.picture) doc.image(TINY_PNG, { width: 72, height: 90 }).moveDown();
  doc.font(options.font ?? 'Helvetica').fontSize(options.size ?? 10);
  for (const line of text.split('\n')) doc.text(line === '' ? ' ' : line);
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

export interface DocxOptions {
  font?: string;
  size?: number;
  marginInches?: number;
  picture?: boolean;
}

/** A Word file with one paragraph per line, bullets kept as typed. */
export async function docxOf(text: string, options: DocxOptions = {}): Promise<Uint8Array> {
  const margin = Math.round((options.marginInches ?? 0.5) * 1440);
  const size = Math.round((options.size ?? 10) * 2);
  const paragraphs = text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [new TextRun({ text: line, font: options.font ?? 'Arial', size })],
      }),
  );
  if (options.picture) {
    paragraphs.unshift(
      new Paragraph({
        children: [
          new ImageRun({ type: 'png', data: TINY_PNG, transformation: { width: 72, height: 90 } }),
        ],
      }),
    );
  }
  const doc = new Document({
    sections: [
      {
        properties: {
          page: { margin: { top: margin, right: margin, bottom: margin, left: margin } },
        },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A long duty line that wraps to about two printed lines at 10 pt. */
export const LONG_DUTY =
  '• Coordinated quarterly program reviews with regional offices, compiled performance measures from four case systems, reconciled discrepancies with budget staff and drafted the findings memo for the deputy director.';
