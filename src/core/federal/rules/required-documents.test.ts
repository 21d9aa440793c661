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
    [CLEAN_RESUME, [], ['SF-50', 'transcripts']],
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

  it('asks only for what the announcement requires', () => {
    const announcement = announcementWith({ requiredDocuments: 'Résumé only.' });
    expect(runFederalRule(requiredDocumentsRule(), veteran, { announcement })).toEqual([]);
  });
});
