import { describe, expect, it } from 'vitest';
import { announcementWith, CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { NO_FORMAT_RULES } from '../announcement';
import { fileProtectedRule, fileSizeRule, fileTypeRule, readableTextRule } from './file-checks';

describe('file checks', () => {
  it.each([
    [{ bytes: 5 * 1024 * 1024 }, 0],
    [{ bytes: 5 * 1024 * 1024 + 1 }, 1],
  ])('file-size %#', (document, count) => {
    expect(runFederalRule(fileSizeRule(), CLEAN_RESUME, { document })).toHaveLength(count);
  });

  it.each([
    ['resume.pdf', false, 0],
    ['resume.DOCX', false, 0],
    ['resume.pages', false, 1],
    ['resume', false, 1],
    ['resume.docx', true, 1],
    ['resume.pdf', true, 0],
  ])('file-type %s (pdf only: %s)', (fileName, pdfOnly, count) => {
    const announcement = announcementWith({ formatRules: { ...NO_FORMAT_RULES, pdfOnly } });
    expect(
      runFederalRule(fileTypeRule(), CLEAN_RESUME, { announcement, document: { fileName } }),
    ).toHaveLength(count);
  });

  it.each([
    [{}, null],
    [{ encrypted: true }, 'encrypted'],
    [{ portfolio: true }, 'portfolio'],
    [{ signed: true }, 'signed'],
  ])('file-protected %#', (document, word) => {
    const findings = runFederalRule(fileProtectedRule(), CLEAN_RESUME, { document });
    expect(findings.map((f) => f.message.includes(word ?? ''))).toEqual(
      word === null ? [] : [true],
    );
  });

  it('readable-text flags a file with next to no text', () => {
    expect(runFederalRule(readableTextRule(), 'Dana Whitlock')).toHaveLength(1);
    expect(runFederalRule(readableTextRule(), CLEAN_RESUME)).toEqual([]);
  });
});
