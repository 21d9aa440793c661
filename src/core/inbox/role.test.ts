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
});
