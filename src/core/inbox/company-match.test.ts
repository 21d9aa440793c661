import { describe, expect, it } from 'vitest';
import { compareCompanies, companyWords, sameCompany } from './company-match';
import { matchApplication, type MatchCandidate } from './proposal';

describe('compareCompanies', () => {
  it('takes legal forms of many countries, articles, case and accents as one name', () => {
    expect(compareCompanies('The Acme Group plc', 'ACME Ltd')).toBe('same');
    expect(compareCompanies('Kessler Maschinenbau GmbH & Co. KG', 'Kessler Maschinenbau')).toBe(
      'same',
    );
    expect(compareCompanies('Harbor Pty Ltd', 'harbor')).toBe('same');
    expect(compareCompanies('Lumière S.A.', 'Lumiere SA')).toBe('same');
    expect(compareCompanies('Nordvik Properties REIT', 'Nordvik Properties')).toBe('same');
    expect(companyWords('The Garden Company')).toEqual(['garden']);
  });

  it('finds a short form inside the long one: initials, words run together, a word left out', () => {
    expect(
      compareCompanies('Ashford Hospitals NHS Foundation Trust', 'Ashford Hospitals NHS FT'),
    ).toBe('alike');
    expect(compareCompanies('HM Revenue & Customs', 'HMRC')).toBe('alike');
    expect(compareCompanies('Boston Consulting Group', 'BCG')).toBe('alike');
    expect(compareCompanies('Prairie Line Packaging', 'Plp')).toBe('alike');
    expect(compareCompanies('Maple Ridge Credit Union', 'Mapleridgecu')).toBe('alike');
    expect(compareCompanies('Cooperativa Agro Sertão', 'Agrosertao')).toBe('alike');
    expect(compareCompanies('Halcyon Travel', 'Halcyon')).toBe('alike');
    expect(compareCompanies('Gemeente Oostermeer', 'Oostermeer')).toBe('alike');
    expect(compareCompanies('Piekarnia Mazowiecka', 'Piekarni Mazowieckiej')).toBe('alike');
  });

  it('keeps two companies apart when only a sector word or a first word is shared', () => {
    expect(compareCompanies('Canopy Health', 'Harbor Health')).toBe('different');
    expect(compareCompanies('Meridian Labs', 'Meridian Health')).toBe('different');
    expect(sameCompany('Health', 'Canopy Health')).toBe(false);
    expect(sameCompany('Bank', 'Trellis Bank')).toBe(false);
    expect(sameCompany('Ledgerline', 'Lumen Ledger')).toBe(false);
  });
});

describe('matchApplication', () => {
  const app = (id: string, company: string, role = 'Analyst'): MatchCandidate => ({
    id,
    company,
    role,
    stage: 'applied',
    emails: [],
    updatedAt: '2026-11-01T10:00:00.000Z' as MatchCandidate['updatedAt'],
  });

  it('matches a short or legal spelling of the company on file', () => {
    const apps = [app('a', 'Ashford Hospitals NHS Foundation Trust'), app('b', 'Quarry Labs')];
    const mail = { role: null, senderAddress: 'jobs@trac.example' };
    expect(matchApplication({ ...mail, company: 'Ashford Hospitals NHS FT' }, apps)).toEqual({
      applicationId: 'a',
      confident: true,
    });
    expect(matchApplication({ ...mail, company: 'Quarry Labs Inc.' }, apps).applicationId).toBe(
      'b',
    );
    expect(matchApplication({ ...mail, company: 'Canopy Labs' }, apps).applicationId).toBeNull();
  });

  it('prefers the same name to a name inside another', () => {
    const apps = [app('long', 'Halcyon Travel Group'), app('short', 'Halcyon')];
    const got = matchApplication({ company: 'Halcyon', role: null, senderAddress: null }, apps);
    expect(got.applicationId).toBe('short');
  });
});
