import { describe, expect, it } from 'vitest';
import { findEmployer, looksLikePersonName } from './employer';
import { looksLikeJobTitle } from './job-titles';
import { isAtsDomain, NO_REPLY_LOCAL, ownerLabel } from './senders';

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

describe('findEmployer on shapes of recruiting mail', () => {
  const ack = ['Thank you for applying.', 'We will be in touch.'];

  it('reads the employer out of a recruiting system display name', () => {
    const from = (name: string, address: string) =>
      findEmployer({ sender: { name, address }, subject: 'Your application', lines: ack });
    expect(from('Orchard Lane Talent Team via Greenhouse', 'no-reply@us.greenhouse-mail.io')).toBe(
      'Orchard Lane',
    );
    expect(from('Careers at Tessellate Labs', 'careers@tessellatelabs.example')).toBe(
      'Tessellate Labs',
    );
    expect(from('Ufficio Selezione - Cantieri Navali Ligustri', 'selezione@cnl.example')).toBe(
      'Cantieri Navali Ligustri',
    );
    // A team word inside a name is the name's.
    expect(from('Public Jobs Service', 'noreply@pjs.example')).toBe('Public Jobs Service');
  });

  it('splits domains by the public suffix list, not by a guess at second-level labels', () => {
    expect(ownerLabel('recruitment.steyrbrueck.gv.at')).toBe('steyrbrueck');
    expect(ownerLabel('jobs.wyvern.nhs.uk')).toBe('wyvern');
    expect(ownerLabel('empleo.valdeosma.gob.es')).toBe('valdeosma');
    expect(ownerLabel('mail.kilnworks.co.uk')).toBe('kilnworks');
    expect(ownerLabel('hanbitsemi.co.kr')).toBe('hanbitsemi');
  });

  it('does not take an organisation sending from its own domain for a person', () => {
    expect(looksLikePersonName('Fjordlys Arkitekter', 'job@fjordlys.dk')).toBe(false);
    expect(looksLikePersonName('Skogsglantan Forlag', 'skogsglantan-forlag@teamtailor.com')).toBe(
      false,
    );
    expect(looksLikePersonName('Sigrid Hansen', 'sigrid.hansen@havbruknord.no')).toBe(true);
    expect(
      findEmployer({
        sender: { name: 'Fjordlys Arkitekter', address: 'job@fjordlys.dk' },
        subject: 'Vedrørende din ansøgning',
        lines: ['Tak for din ansøgning.'],
      }),
    ).toBe('Fjordlys Arkitekter');
  });

  it('spells a shortened or elided domain name the way the mail writes it', () => {
    const spelled = (address: string, line: string) =>
      findEmployer({ sender: { name: 'Ana Reyes', address }, subject: 'Hello', lines: [line] });
    expect(spelled('ana@hanbitsemi.co.kr', 'Welcome to the Hanbit Semiconductor fab tour.')).toBe(
      'Hanbit Semiconductor',
    );
    expect(spelled('ana@unimonteverde.it', "Saluti dall'Università di Monteverde")).toBe(
      'Università di Monteverde',
    );
    expect(spelled('ana@atelier-orme.fr', "Chargée de recrutement — Atelier de l'Orme")).toBe(
      "Atelier de l'Orme",
    );
  });

  it('prefers the company a service writes on behalf of, and the sender of a passed-on message', () => {
    expect(
      findEmployer({
        sender: { name: 'PeopleLedger HR Services', address: 'noreply@peopleledger.example' },
        subject: 'Your application',
        lines: ['We manage recruitment on behalf of Sunnybank Nurseries.', 'Sadly it was a no.'],
      }),
    ).toBe('Sunnybank Nurseries');
    expect(
      findEmployer({
        sender: { name: 'Dev Sharma', address: 'dev.sharma@summitsearch.com.au' },
        original: { name: 'Grace Liu', address: 'grace.liu@ironbarkcivil.com.au' },
        subject: 'Fwd: Site Engineer - outcome',
        lines: [
          'See below, sorry mate.',
          'We will not progress Robin.',
          'Project Director',
          'Ironbark Civil',
        ],
      }),
    ).toBe('Ironbark Civil');
  });

  it('names the company that hires, not the group that owns it', () => {
    expect(
      findEmployer({
        sender: { name: 'Kestrel Group', address: 'kestrel@myworkday.com' },
        subject: 'Your application for Warehouse Shift Lead at Voltaris Mobility',
        lines: [
          'Thank you for applying for the Warehouse Shift Lead position at Voltaris Mobility, a Kestrel Group company.',
          'Voltaris Mobility Recruitment',
        ],
      }),
    ).toBe('Voltaris Mobility');
  });

  it('takes a labelled employer field over a shortened display name', () => {
    expect(
      findEmployer({
        sender: { name: 'Northgate NHS FT Recruitment', address: 'noreply@nhs-notify.example' },
        subject: 'Application outcome',
        lines: ['Job title: Staff Nurse', 'Employer: Northgate Hospitals NHS Foundation Trust'],
      }),
    ).toBe('Northgate Hospitals NHS Foundation Trust');
  });

  it('reads past a job board or careers service to the organisation it writes about', () => {
    expect(
      findEmployer({
        sender: { name: 'StateJobsNet', address: 'donotreply@statejobsnet.example' },
        subject: 'Application update - Planning Officer, Riverbend Water Authority',
        lines: [
          'Thank you for applying for the position of Planning Officer with Riverbend Water Authority.',
          'We regret to inform you that your application was not successful.',
          'People Services',
          'Riverbend Water Authority',
        ],
      }),
    ).toBe('Riverbend Water Authority');
    // A jobs service hiring for itself names nobody else and stays the employer.
    expect(
      findEmployer({
        sender: { name: 'Civic Jobs Office', address: 'noreply@civicjobsoffice.example' },
        subject: 'Your application: Clerical Officer',
        lines: ['Thank you for applying to work with us.', 'Civic Jobs Office'],
      }),
    ).toBe('Civic Jobs Office');
  });

  it('takes the company an agency says did something to the candidate', () => {
    expect(
      findEmployer({
        sender: { name: 'Dana Holt', address: 'dana.holt@fernleyrecruitment.example' },
        subject: 'Great news',
        lines: [
          'Hi Sam,',
          'Brilliant news - Quillon Logistics have offered you the Planner role!',
          'Sara Kowalczyk would like to call you tomorrow.',
          'Dana',
        ],
      }),
    ).toBe('Quillon Logistics');
    expect(
      findEmployer({
        sender: { name: 'Dana Holt', address: 'dana.holt@fernleyrecruitment.example' },
        subject: 'Marrow reviewed your CV',
        lines: ['Hi Sam,', 'Marrow reviewed your CV and would like to meet on Monday.', 'Dana'],
      }),
    ).toBe('Marrow');
  });

  it('spells a domain that runs a name together or shortens it as the signature writes it', () => {
    expect(
      findEmployer({
        sender: { name: 'Lucia Bassi', address: 'l.bassi@sitep.example' },
        subject: 'Colloquio',
        lines: [
          'Buongiorno Marco,',
          'la invitiamo a un colloquio giovedì alle 10.',
          'Lucia Bassi',
          'Servizi Informatici Tecnici Piemontesi S.r.l.',
        ],
      }),
    ).toBe('Servizi Informatici Tecnici Piemontesi');
  });

  it('hears an agency in how it speaks of its client, and a report in words that begin with å', () => {
    expect(
      findEmployer({
        sender: { name: 'Per Lind', address: 'per.lind@nordkompetens.example' },
        subject: 'Återkoppling',
        lines: [
          'Hej Oskar!',
          'Jag har fått återkoppling från Sandvreten Energi. Tyvärr har kunden valt en annan kandidat.',
          'Per Lind',
          'Nordkompetens',
        ],
      }),
    ).toBe('Sandvreten Energi');
    // The same words from the employer's own recruiter name the employer.
    expect(
      findEmployer({
        sender: { name: 'Per Lind', address: 'per.lind@sandvreten.example' },
        subject: 'Återkoppling',
        lines: ['Hej Oskar!', 'Tyvärr har vi valt en annan kandidat.', 'Per Lind', 'Sandvreten'],
      }),
    ).toBe('Sandvreten');
  });
});
