import { describe, expect, it } from 'vitest';
import { announcementWith } from '../../../test/federal';
import { planDeadline, type DeadlineContext } from './deadline-plan';

const base: DeadlineContext = {
  closeDate: '2027-03-16',
  positionTitle: 'IT Specialist',
  announcement: announcementWith({
    requiredDocuments: 'Transcripts if you qualify on education. Veterans: DD-214.',
    essays: [{ topic: 'work_ethic', question: 'Describe your work ethic.', wordLimit: 200 }],
  }),
  attachedDocuments: [],
  open: true,
  today: '2027-03-02',
  timeZone: 'America/Denver',
  reminderTime: '09:00',
};

describe('steps before the closing date', () => {
  it.each([
    [
      'two weeks out',
      {},
      [
        'tailor_resume 2027-03-09',
        'gather_documents 2027-03-11',
        'answer_essays 2027-03-13',
        'submit_application 2027-03-15',
      ],
    ],
    [
      'documents attached, no essays',
      {
        attachedDocuments: ['dd214', 'transcript'],
        announcement: announcementWith({ requiredDocuments: 'DD-214, transcripts' }),
      },
      ['tailor_resume 2027-03-09', 'submit_application 2027-03-15'],
    ],
    [
      'four days out: passed steps fall today',
      { today: '2027-03-12' },
      [
        'tailor_resume 2027-03-12',
        'gather_documents 2027-03-12',
        'answer_essays 2027-03-13',
        'submit_application 2027-03-15',
      ],
    ],
    ['already applied', { open: false }, []],
    ['closed', { today: '2027-03-17' }, []],
    ['no closing date', { closeDate: null }, []],
  ] as const)('%s', (_name, patch, expected) => {
    const steps = planDeadline({ ...base, ...patch } as DeadlineContext);
    expect(steps.map((s) => `${s.kind} ${s.dueOn}`)).toEqual(expected);
  });

  it('gives each step its reason and source, in the user’s time zone', () => {
    const [tailor, gather] = planDeadline(base);
    expect(tailor?.dueAt).toBe('2027-03-09T16:00:00.000Z');
    expect(gather?.reason).toContain('DD-214');
    expect(gather?.reason).toContain('https://');
  });
});
