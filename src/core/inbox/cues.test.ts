import { describe, expect, it } from 'vitest';
import { CUE_GROUPS, CUE_NAMES, cuesOf, foldText } from './cues';

describe('foldText', () => {
  it('folds plain ASCII the same way as accented text', () => {
    expect(foldText('We  decided\tto `move on`')).toBe("we decided to 'move on'");
    expect(foldText('Wir haben uns ’leider’ für\u00a0andere Bewerber entschieden')).toBe(
      "wir haben uns 'leider' fur andere bewerber entschieden",
    );
    expect(foldText('Straße Øresund Łódź')).toBe('strasse oresund lodz');
  });
});

describe('cuesOf', () => {
  it('finds the same groups as testing each pattern of each group alone', () => {
    const sentences = [
      'we have decided to move forward with other candidates',
      'we would like to invite you to an interview',
      'we have received your application',
      'leider mussen wir ihnen mitteilen, dass wir uns fur andere bewerber entschieden haben',
      'please do not reply to this email',
      'the weather is nice today',
    ].map(foldText);
    for (const sentence of sentences) {
      const oneByOne = CUE_NAMES.filter((name) =>
        CUE_GROUPS[name].some((pattern: RegExp) => pattern.test(sentence)),
      );
      expect(cuesOf(sentence)).toEqual(oneByOne);
    }
    expect(cuesOf(sentences[0] ?? '')).toContain('rejection');
    expect(cuesOf(sentences[5] ?? '')).toEqual([]);
  });
});

describe('outreach', () => {
  it("reads a recruiter's pitch of another role, in English and other languages", () => {
    for (const sentence of [
      "Separate to the last one, I've also got a Head of Finance position with a retailer in Bristol.",
      'It might be a stretch, but I think it is worth a conversation.',
      "Let me know if you'd like the spec.",
      'Estou conduzindo uma posição de Tech Lead para uma fintech.',
      'Tengo una oportunidad que encaja con tu perfil.',
      'Für einen Kunden suche ich eine Teamleitung Logistik.',
    ])
      expect(cuesOf(foldText(sentence))).toContain('outreach');
    expect(cuesOf(foldText('We have received your application for the role.'))).not.toContain(
      'outreach',
    );
  });
});
