import { afterEach, describe, expect, it } from 'vitest';
import { CLEAN_RESUME } from '../../../test/federal';
import { docxOf, LONG_DUTY, pdfOf } from '../../../test/federal-files';
import { checkFederalResume } from '../../core/federal/check-resume';
import { resumeReader } from './resume-reader';

const read = (name: string, bytes: Uint8Array | string) =>
  resumeReader.read({
    name,
    bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
  });

/** A résumé of about 95 lines: two pages if you count 60 lines a page, three once they wrap. */
const WRAPPING = `${CLEAN_RESUME}\n${Array.from({ length: 80 }, () => LONG_DUTY).join('\n')}\n`;

describe('reading résumé files', () => {
  const soffice = process.env.REBOUND_SOFFICE;
  afterEach(() => {
    if (soffice === undefined) delete process.env.REBOUND_SOFFICE;
    else process.env.REBOUND_SOFFICE = soffice;
  });

  it('reads a PDF: lines with pages, the page count, fonts and margins', async () => {
    const doc = await read(
      'resume.pdf',
      await pdfOf(CLEAN_RESUME, { size: 10, marginInches: 0.75 }),
    );
    expect(doc.pages).toBe(1);
    expect(doc.pagesMeasuredBy).toBe('pdf');
    expect(doc.lines.map((l) => l.text)).toContain('05/2019 – Present | 40 hours per week');
    expect(doc.lines.every((l) => l.page === 1)).toBe(true);
    expect(doc.fonts[0]).toMatchObject({ family: 'Helvetica', size: 10 });
    expect(doc.margins?.left).toBeCloseTo(0.75, 1);
    expect(doc.margins?.top).toBeGreaterThan(0.7);
    expect(doc.images).toBe(0);
    expect(checkFederalResume({ document: doc }).findings).toEqual([]);
  });

  it('keeps blank lines between paragraphs so entries stay apart', async () => {
    const doc = await read('resume.pdf', await pdfOf(CLEAN_RESUME));
    const texts = doc.lines.map((l) => l.text);
    expect(texts[texts.indexOf('Operations Coordinator') - 1]).toBe('');
  });

  it('finds a picture, small fonts and narrow margins in a PDF', async () => {
    const doc = await read(
      'resume.pdf',
      await pdfOf(CLEAN_RESUME, {
        picture: true,
        size: 8,
        marginInches: 0.25,
        font: 'Times-Roman',
      }),
    );
    const rules = checkFederalResume({ document: doc }).findings.map((f) => [f.rule, f.severity]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['personal-data', 'warning'],
        ['fonts', 'warning'],
        ['fonts', 'advice'],
        ['margins', 'warning'],
      ]),
    );
  });

  it('reports a password-protected PDF instead of failing', async () => {
    const doc = await read('resume.pdf', await pdfOf(CLEAN_RESUME, { password: 'secret' }));
    expect(doc.encrypted).toBe(true);
    expect(checkFederalResume({ document: doc }).findings.map((f) => f.rule)).toContain(
      'file-protected',
    );
  });

  it('counts a text file’s pages by laying it out, not by counting lines', async () => {
    const lines = WRAPPING.split('\n').length;
    expect(lines).toBeLessThan(120);
    const doc = await read('resume.txt', WRAPPING);
    expect(doc.pages).toBe(3);
    expect(doc.lines.at(-2)?.page).toBe(3);
    const [finding] = checkFederalResume({ document: doc }).findings;
    expect(finding).toMatchObject({ rule: 'page-limit', severity: 'error' });
    expect(finding?.page).toBe(3);
  });

  it('renders the same text to a three-page PDF', async () => {
    const doc = await read('resume.pdf', await pdfOf(WRAPPING));
    expect(doc.pages).toBe(3);
  });

  it('reads a Word file: text, bullets, fonts, margins and the page count from LibreOffice', async () => {
    const bytes = await docxOf(CLEAN_RESUME, { font: 'Calibri', size: 10.5, marginInches: 0.6 });
    const doc = await read('resume.docx', bytes);
    expect(doc.format).toBe('docx');
    expect(doc.lines.map((l) => l.text)).toContain(
      '• Conducted program evaluations of three payment processing lines and briefed managers.',
    );
    expect(doc.fonts[0]).toMatchObject({ family: 'Calibri', size: 10.5 });
    expect(doc.margins).toEqual({ top: 0.6, right: 0.6, bottom: 0.6, left: 0.6 });
    expect(doc.pagesMeasuredBy).toBe('libreoffice');
    expect(doc.pages).toBe(1);
    expect(checkFederalResume({ document: doc }).findings).toEqual([]);
  }, 120_000);

  it('measures a long Word file at three pages with LibreOffice', async () => {
    const doc = await read('resume.docx', await docxOf(WRAPPING));
    expect(doc.pages).toBe(3);
    expect(doc.pagesMeasuredBy).toBe('libreoffice');
    // Each paragraph carries the page LibreOffice printed it on.
    expect(doc.lines[0]?.page).toBe(1);
    expect(doc.lines.at(-2)?.page).toBe(3);
    const pages = doc.lines.map((l) => l.page ?? 0);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    const [finding] = checkFederalResume({ document: doc }).findings;
    expect(finding).toMatchObject({ rule: 'page-limit', page: 3 });
  }, 120_000);

  it('estimates the pages of a Word file without LibreOffice, and says so', async () => {
    process.env.REBOUND_SOFFICE = 'none';
    const doc = await read('resume.docx', await docxOf(CLEAN_RESUME, { picture: true }));
    expect(doc.pagesMeasuredBy).toBe('estimate');
    expect(doc.pages).toBe(1);
    expect(doc.images).toBe(1);
    const findings = checkFederalResume({ document: doc }).findings;
    expect(findings.find((f) => f.rule === 'page-limit')?.message).toContain(
      'estimated without LibreOffice',
    );
  });

  it('refuses a file that claims to be a PDF but is not one, naming the file', async () => {
    await expect(read('resume.pdf', '%PDF-1.7 garbage')).rejects.toMatchObject({
      code: 'validation',
      field: 'file',
    });
  });
});
