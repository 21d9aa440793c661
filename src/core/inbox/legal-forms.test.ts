import { describe, expect, it } from 'vitest';
import { companyKey, withoutLegalSuffix } from './company-name';
import { cjkCompanyNames, hasLegalForm, isLegalForm, legalNames } from './legal-forms';

describe('legal forms', () => {
  it('knows the forms of many countries, short ones only in capitals', () => {
    for (const form of [
      'GmbH',
      'Ltd.',
      'plc',
      'eG',
      'S.L.',
      'Pvt.',
      'AB',
      'Oy',
      'K.K.',
      'S.A.',
      'B.V.',
      'Pty',
      'LLC',
      'Inc.',
      'A/S',
      'S.r.l.',
      'Sp.z.o.o.',
    ])
      expect(isLegalForm(form), form).toBe(true);
    for (const word of ['ab', 'as', 'se', 'Group', 'Street', 'Oslo'])
      expect(isLegalForm(word), word).toBe(false);
    expect(hasLegalForm('Fjellvind Energi AS')).toBe(true);
    expect(hasLegalForm('Hanseatische Wohnbau eG')).toBe(true);
    expect(hasLegalForm('GmbH')).toBe(false);
  });

  it('finds a name with a legal form inside a sentence or a line of addresses', () => {
    expect(legalNames('Empresa: la sociedad TALLERES URIBE S.A. ha revisado tu perfil')).toEqual([
      'TALLERES URIBE S.A.',
    ]);
    expect(legalNames('Brightwater Foods Ltd · Unit 7 Harbour Road · Cork')).toEqual([
      'Brightwater Foods Ltd',
    ]);
    expect(legalNames('Thanks, Kestrel Biologics Pvt. Ltd. will be in touch.')).toEqual([
      'Kestrel Biologics Pvt. Ltd.',
    ]);
    expect(legalNames('Weinhaus Adler GmbH & Co. KG, Rheinallee 3')).toEqual([
      'Weinhaus Adler GmbH & Co. KG',
    ]);
    expect(legalNames('Mleczarnia Podlaska Sp. z o.o., ul. Lipowa 5')).toEqual([
      'Mleczarnia Podlaska Sp.z.o.o.',
    ]);
    // A sentence ends a name: "Kontakt." is not part of it.
    expect(legalNames('Schreiben Sie uns. Nordlicht Solartechnik GmbH')).toEqual([
      'Nordlicht Solartechnik GmbH',
    ]);
    // A line in capitals shouts: its AS is a word.
    expect(legalNames('PLEASE ANSWER AS SOON AS YOU CAN')).toEqual([]);
    expect(legalNames('We will be in touch as soon as we can.')).toEqual([]);
  });

  it('reads Japanese, Chinese and Korean names by the legal form before or after them', () => {
    expect(cjkCompanyNames('【株式会社さくら電機】一次面接のご案内')).toEqual(['さくら電機']);
    expect(cjkCompanyNames('ミドリ物流株式会社 人事部 採用担当')).toEqual(['ミドリ物流']);
    expect(cjkCompanyNames('(株)ミドリ物流 採用担当')).toEqual(['ミドリ物流']);
    expect(cjkCompanyNames('星河科技有限公司 人力资源部')).toEqual(['星河科技']);
    expect(cjkCompanyNames('招聘通知（星河科技 有限公司）')).toEqual(['星河科技']);
    expect(cjkCompanyNames('주식회사 한빛소프트 인사팀')).toEqual(['한빛소프트']);
    expect(cjkCompanyNames('株式会社 さくら電機 人事部')).toEqual(['さくら電機']);
    expect(cjkCompanyNames('한빛소프트주식회사 인사팀')).toEqual(['한빛소프트']);
    // Inside a sentence the name's end cannot be told without spaces: nothing is cut out.
    expect(cjkCompanyNames('このたびは株式会社さくら電機の求人にご応募いただき')).toEqual([]);
    expect(withoutLegalSuffix('株式会社さくら電機')).toBe('さくら電機');
    expect(companyKey('さくら電機')).toBe('さくら電機');
  });
});

describe('Latin-script legal forms written before the name', () => {
  it('reads Indonesian "PT" and "Tbk" and Vietnamese "Công ty TNHH" as legal forms', () => {
    expect(hasLegalForm('PT Awan Biru Logistik')).toBe(true);
    expect(withoutLegalSuffix('PT Awan Biru Logistik Tbk')).toBe('Awan Biru Logistik');
    expect(withoutLegalSuffix('Công ty TNHH Sao Mai')).toBe('Sao Mai');
    expect(hasLegalForm('Pt Barnum')).toBe(false);
    expect(withoutLegalSuffix('PT')).toBe('PT');
  });
});
