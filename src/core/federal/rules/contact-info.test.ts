import { describe, expect, it } from 'vitest';
import { CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { contactInfoRule, looksLikeName } from './contact-info';

describe('contact-info', () => {
  it.each([
    ['Dana Whitlock', 'Columbus, OH | (614) 555-0142 | dana.whitlock@example.org', null],
    ['DANA WHITLOCK', 'Columbus, OH | 614.555.0142 | dana.whitlock@example.org', null],
    ['Dana J. Whitlock, PMP', '+1 614 555 0142 · dana.whitlock@example.org', null],
    ['Dana Whitlock', 'Columbus, OH | dana.whitlock@example.org', 'a phone number'],
    ['Dana Whitlock', 'Columbus, OH | (614) 555-0142', 'an email address'],
    ['Résumé', 'Columbus, OH | (614) 555-0142 | dana.whitlock@example.org', 'your name'],
    ['Résumé', 'Columbus, OH', 'your name at the top, a phone number and an email address'],
  ])('%s / %s', (name, contact, missing) => {
    const text = CLEAN_RESUME.replace('Dana Whitlock\n', `${name}\n`).replace(
      'Columbus, OH | (614) 555-0142 | dana.whitlock@example.org',
      contact,
    );
    const findings = runFederalRule(contactInfoRule(), text);
    if (missing === null) expect(findings).toEqual([]);
    else expect(findings[0]?.message).toContain(missing);
  });

  it.each([
    ['Dr. Priya Raman', true],
    ['Oluwaseun Adeyemi, RN', true],
    ['Marta Kowalczyk, Ph.D., P.E.', true],
    ['Ignatius "Iggy" Moreau', true],
    ['SAMUEL “SAM” OKONKWO', true],
    ['WHITLOCK, Dana J.', true],
    ['José Núñez Ortega', true],
    ['Ana de la Cruz', true],
    ['Jan van der Berg', true],
    ['Professional Summary and Key Skills', false],
    ['Résumé', false],
    ['FEDERAL RÉSUMÉ', false],
    ['CURRICULUM VITAE', false],
    ['JOHN DOE RÉSUMÉ', false],
    ['Columbus, OH', false],
    ['Work experience: 2019 to present', false],
    ['de la Cruz', false],
  ])('reads %j as a name: %s', (line, expected) => {
    expect(looksLikeName(line)).toBe(expected);
  });
});
