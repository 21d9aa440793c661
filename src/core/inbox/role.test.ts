import { describe, expect, it } from 'vitest';
import { findRole } from './role';

describe('findRole', () => {
  const role = (subject: string, ...lines: string[]) => findRole(subject, lines);

  it('reads a title after the word for the post, with the words that follow its head noun', () => {
    expect(
      role('Retorno', 'Agradecemos o seu interesse na vaga de Analista de Dados e o tempo.'),
    ).toBe('Analista de Dados');
    expect(
      role('Hej', 'Tack för din ansökan till tjänsten som Redaktör och för ditt intresse.'),
    ).toBe('Redaktör');
    expect(
      role(
        'Gracias',
        'Nos gustaría conocerte para el puesto de Técnico de Mantenimiento en Lorca.',
      ),
    ).toBe('Técnico de Mantenimiento');
    expect(
      role(
        'Merci',
        'Nous vous remercions de votre candidature au poste de Technicien de laboratoire.',
      ),
    ).toBe('Technicien de laboratoire');
  });

  it('leaves requisition numbers and a trailing word for the post out of the title', () => {
    expect(role('Caldera Systems: Application Received - R-20931 Site Reliability Engineer')).toBe(
      'Site Reliability Engineer',
    );
    expect(role('We have your application – Machine Learning Engineer (Req #4471)')).toBe(
      'Machine Learning Engineer',
    );
    expect(
      role(
        'Your application',
        'Thank you for your application for the Nursery Practitioner vacancy.',
      ),
    ).toBe('Nursery Practitioner');
  });

  it('drops the subject words in front of a title', () => {
    expect(role('Colloquio Marketing Specialist')).toBe('Marketing Specialist');
    expect(role('Application status: Not selected - Business Analyst')).toBe('Business Analyst');
  });

  it('keeps a head-first title whole, up to the end of its sentence', () => {
    expect(
      role('Hola', 'Gracias por tu interés en el puesto de Analista de Riesgos. Saludos'),
    ).toBe('Analista de Riesgos');
    expect(
      role('Re: Head of Platform', 'We would like to meet you for the Head of Platform.'),
    ).toBe('Head of Platform');
  });

  it('knows a job noun at the end of a compound word and a title written in lower case', () => {
    expect(role('Ihre Bewerbung', 'vielen Dank für Ihre Bewerbung als Vermessungstechniker.')).toBe(
      'Vermessungstechniker',
    );
    expect(role('Søknad', 'Takk for søknaden på stillingen som webutvikler hos oss.')).toBe(
      'Webutvikler',
    );
  });

  it('reads the title after a subject’s status words and stops where the sentence goes on', () => {
    expect(role('Application status: Not selected - Claims Analyst at Ovel Bank')).toBe(
      'Claims Analyst',
    );
    expect(
      role('Submitted', 'Your application for Stores Coordinator has been received by the team.'),
    ).toBe('Stores Coordinator');
  });

  it('reads the role from a subject’s shape in any language, and only when nothing else names one', () => {
    expect(role('Răspuns la aplicarea ta – Contabil Senior')).toBe('Contabil Senior');
    expect(role('Re: Aansoek - plaasbestuurder')).toBe('Plaasbestuurder');
    expect(role('Jemputan Temuduga - Juruteknik Penyelenggaraan')).toBe(
      'Juruteknik Penyelenggaraan',
    );
    expect(role('Werkswinkelbestuurder - terugvoer')).toBe('Werkswinkelbestuurder');
    // A question, a sentence to the reader or a booking is no title.
    expect(role('Data Lead interview - earlier start?')).toBe('Data Lead');
    expect(role('Reminder: complete your profile')).toBeNull();
    expect(role('Confirmed: Mock interview with coach Brenda')).toBeNull();
    expect(role('Your application - update')).toBeNull();
  });
});
