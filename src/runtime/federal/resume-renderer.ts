import type { ResumeContent, ResumeStyle } from '../../core/federal/builder/resume-content';
import type { RenderedResume, ResumeRenderer } from '../../use-cases/federal/federal-ports';
import { loadPdfKit, toWinAnsi } from './text-layout';

/** Helvetica in the PDF and Arial in Word: the same metrics, both on USAJOBS's recommended list. */
const PDF_FONT = 'Helvetica';
const PDF_BOLD = 'Helvetica-Bold';
const WORD_FONT = 'Arial';

async function renderPdf(content: ResumeContent, style: ResumeStyle): Promise<RenderedResume> {
  const PDFDocument = await loadPdfKit();
  const margin = style.marginInches * 72;
  const doc = new PDFDocument({
    size: 'LETTER',
    margin,
    info: { Title: `${content.name} — résumé`, Author: content.name, Creator: 'Rebound' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  let pages = 1;
  doc.on('pageAdded', () => {
    pages += 1;
  });
  const width = doc.page.width - 2 * margin;
  const text = (
    value: string,
    font: string,
    size: number,
    options: PDFKit.Mixins.TextOptions = {},
  ) =>
    doc
      .font(font)
      .fontSize(size)
      .text(toWinAnsi(value), { width, ...options });
  text(content.name, PDF_BOLD, style.titleSize);
  text(content.contactLine, PDF_FONT, style.bodySize);
  for (const line of content.headerLines) text(line, PDF_FONT, style.bodySize);
  for (const section of content.sections) {
    doc.moveDown(0.6);
    text(section.title.toUpperCase(), PDF_BOLD, style.headingSize);
    for (const block of section.blocks) {
      block.heading.forEach((line, i) => text(line, i === 0 ? PDF_BOLD : PDF_FONT, style.bodySize));
      for (const line of block.lines) text(line, PDF_FONT, style.bodySize);
      for (const bullet of block.bullets) {
        text(`•  ${bullet}`, PDF_FONT, style.bodySize, { indent: 0 });
      }
      doc.moveDown(0.4);
    }
  }
  doc.end();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages };
}

async function renderDocx(content: ResumeContent, style: ResumeStyle): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const size = (points: number) => Math.round(points * 2);
  const para = (value: string, points: number, bold = false, after = 0) =>
    new Paragraph({
      spacing: { after: Math.round(after * 20) },
      children: [new TextRun({ text: value, font: WORD_FONT, size: size(points), bold })],
    });
  const children = [
    para(content.name, style.titleSize, true),
    para(content.contactLine, style.bodySize),
    ...content.headerLines.map((l) => para(l, style.bodySize)),
  ];
  for (const section of content.sections) {
    children.push(
      para('', style.bodySize),
      para(section.title.toUpperCase(), style.headingSize, true),
    );
    for (const block of section.blocks) {
      block.heading.forEach((line, i) => children.push(para(line, style.bodySize, i === 0)));
      for (const line of block.lines) children.push(para(line, style.bodySize));
      for (const bullet of block.bullets) children.push(para(`•  ${bullet}`, style.bodySize));
      children.push(para('', style.bodySize * 0.4));
    }
  }
  const margin = Math.round(style.marginInches * 1440);
  const doc = new Document({
    creator: 'Rebound',
    title: `${content.name} — résumé`,
    sections: [
      {
        properties: {
          page: {
            size: { width: 12240, height: 15840 },
            margin: { top: margin, right: margin, bottom: margin, left: margin },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** PDF with PDFKit, Word with docx: the same content, fonts, sizes and margins. */
export const resumeRenderer: ResumeRenderer = { pdf: renderPdf, docx: renderDocx };
