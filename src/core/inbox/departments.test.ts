import { describe, expect, it } from 'vitest';
import { isAddress, isDepartment } from './departments';

describe('departments and addresses', () => {
  it('knows a desk or a sector in several languages from an organisation', () => {
    for (const desk of [
      'Tax & Treasury',
      'Supply Chain and Procurement',
      'Achats & Logistique',
      'Finanzen und Controlling',
      'Ventas y Marketing',
      'Inkoop & Logistiek',
      'Ekonomi och Redovisning',
      'R&D',
    ])
      expect(isDepartment(desk), desk).toBe(true);
    for (const name of [
      'Brightwater Foods',
      'Tax Partners Ltd',
      'Kauri Café Collective',
      'Logistik Nord',
    ])
      expect(isDepartment(name), name).toBe(false);
  });

  it('knows a street or a number in a signature line', () => {
    for (const street of [
      'Harbour Road',
      'Rheinallee',
      'rue des Tanneurs',
      'Calle Mayor',
      'Storgatan',
      '14 Quay Street',
    ])
      expect(isAddress(street), street).toBe(true);
    for (const name of ['Brightwater Foods', 'Kunstforeningen Nordjylland', 'Fromagerie Vaudaine'])
      expect(isAddress(name), name).toBe(false);
  });
});

describe('faculties', () => {
  it('reads a faculty as part of a university, not an employer', () => {
    expect(isDepartment('Faculty of Health Sciences')).toBe(true);
    expect(isDepartment('Fakultät für Maschinenbau')).toBe(true);
    expect(isDepartment('Faculté des Sciences')).toBe(true);
    expect(isDepartment('Department for Rural Connectivity')).toBe(false);
  });
});

describe('practice areas', () => {
  it('reads a recruiter’s practice area as a line of work, and a dental practice as a business', () => {
    expect(isDepartment('Finance & Operations Practice')).toBe(true);
    expect(isDepartment('Aviation & Travel Practice')).toBe(true);
    expect(isDepartment('Ashgrove Dental Practice')).toBe(false);
  });
});
