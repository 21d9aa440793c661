import { describe, expect, it } from 'vitest';
import { findEmployer } from './employer';
import { looksLikeJobTitle } from './job-titles';
import { isAtsDomain, NO_REPLY_LOCAL } from './senders';

describe('findEmployer', () => {
  it('reads a recruiting system by its name in a sending domain it was not listed with', () => {
    expect(isAtsDomain('taleo-notify.net')).toBe(true);
    expect(isAtsDomain('summitaero.jobvite-notify.com')).toBe(true);
    expect(isAtsDomain('acme-notify.com')).toBe(false);
    expect(
      findEmployer({
        sender: { name: 'Great Lakes Freightways', address: 'glf-noreply@taleo-notify.net' },
        subject: 'Your application',
        lines: ['Thank you for your interest.', 'The position has been filled.'],
      }),
    ).toBe('Great Lakes Freightways');
  });

  it('takes a mailbox with a no-reply part after a prefix for a program, not a person', () => {
    expect(NO_REPLY_LOCAL.test('glf-noreply')).toBe(true);
    expect(NO_REPLY_LOCAL.test('jana.weiss')).toBe(false);
  });

  it('knows short job acronyms only as whole words', () => {
    expect(looksLikeJobTitle('Summit Aerospace')).toBe(false);
    expect(looksLikeJobTitle('Enterprise AE')).toBe(true);
    expect(
      findEmployer({
        sender: {
          name: 'Summit Aerospace Talent Acquisition',
          address: 'talent@summitaero.example',
        },
        subject: 'Cost Accountant',
        lines: ['Thank you for your interest in Summit Aerospace.'],
      }),
    ).toBe('Summit Aerospace');
  });

  it('spells a name only the domain gave as the mail writes it', () => {
    const sender = { name: 'Corinne Baptiste', address: 'cbaptiste@mapleridgecu.example' };
    expect(findEmployer({ sender, subject: 'Welcome!', lines: ['See you soon.'] })).toBe(
      'Mapleridgecu',
    );
    expect(
      findEmployer({
        sender,
        subject: 'Welcome!',
        lines: ['Parking: use the Maple Ridge Credit Union lot on 4th Street.', 'Corinne'],
      }),
    ).toBe('Maple Ridge Credit Union');
  });

  it('never names a word the mail also writes in lower case, or a sector, as the employer', () => {
    const sender = { name: 'Dana Whitfield', address: 'dana.whitfield@gmail.com' };
    const employer = (...lines: string[]) => findEmployer({ sender, subject: 'Hello', lines });
    expect(employer('We met at the Retail fair.', 'Best,', 'Dana Whitfield', 'Retail')).toBeNull();
    expect(employer('Best,', 'Dana Whitfield', 'Senior Recruiter | Tech')).toBeNull();
    expect(
      employer('Thank you for your interest in Technical.', 'The technical round is next.'),
    ).toBeNull();
    expect(employer('Thank you for your interest in Ledgerline.', 'Dana')).toBe('Ledgerline');
  });

  it('names the employer a recruiter reports back from, not the agency', () => {
    expect(
      findEmployer({
        sender: { name: 'Flor Ibarra', address: 'flor.ibarra@puenterrhh.example' },
        subject: 'Novedades de tu búsqueda',
        lines: [
          'Hola Martina,',
          'Te escribo para contarte que ayer tuvimos la devolución de Laboratorios Delta Sur.',
          'Flor Ibarra',
          'Puente RRHH – Búsqueda y Selección',
        ],
      }),
    ).toBe('Laboratorios Delta Sur');
  });
});
