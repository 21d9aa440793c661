import { describe, expect, it } from 'vitest';
import { announcementWith, CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import type { FederalDocument } from '../announcement';
import { requiredDocumentsRule } from './required-documents';

const asking = announcementWith({
  requiredDocuments:
    'Submit your résumé. Veterans: DD-214 showing character of service. Current and former federal employees: your most recent SF-50. Transcripts if qualifying on education.',
});
const veteran = CLEAN_RESUME.replace(
  'EDUCATION',
  'MILITARY SERVICE\nMotor Transport Operator (Sergeant, E-5), U.S. Army, 06/2011 – 06/2015, 40 hours per week\n• Led a team of six drivers.\n\nEDUCATION',
);

describe('required-documents', () => {
  it.each([
    [CLEAN_RESUME, [], ['SF-50']],
    [CLEAN_RESUME, ['sf50', 'transcript'], []],
    [veteran, ['sf50', 'transcript'], ['DD-214']],
    [veteran, ['sf50', 'transcript', 'dd214'], []],
  ] as const)('case %#', (text, attached, missing) => {
    const findings = runFederalRule(requiredDocumentsRule(), text, {
      announcement: asking,
      attachedDocuments: attached as readonly FederalDocument[],
    });
    expect(findings).toHaveLength(missing.length);
    missing.forEach((doc, i) => expect(findings[i]?.message).toContain(doc));
  });

  it('asks for transcripts only where the degree is likely what qualifies you', () => {
    const run = (text: string, announcement = asking) =>
      runFederalRule(requiredDocumentsRule(), text, {
        announcement,
        attachedDocuments: ['sf50'],
      }).map((f) => f.message);
    // Asked "if qualifying on education": work to qualify on, and no claim, needs none.
    expect(run(CLEAN_RESUME)).toEqual([]);
    const claimed = CLEAN_RESUME.replace(
      'EDUCATION',
      'Basis of qualification: education and experience combined.\n\nEDUCATION',
    );
    expect(run(claimed)).toEqual([expect.stringContaining('transcripts')]);
    const onEducation = CLEAN_RESUME.replace(
      'EDUCATION',
      'I am qualifying on education.\n\nEDUCATION',
    );
    expect(run(onEducation)).toEqual([expect.stringContaining('transcripts')]);
    // Asked of everyone: a listed degree is enough.
    const everyone = announcementWith({ requiredDocuments: 'Résumé and college transcripts.' });
    expect(run(CLEAN_RESUME, everyone)).toEqual([expect.stringContaining('transcripts')]);
  });

  it('asks only for what the announcement requires', () => {
    const announcement = announcementWith({ requiredDocuments: 'Résumé only.' });
    expect(runFederalRule(requiredDocumentsRule(), veteran, { announcement })).toEqual([]);
  });
});
