import { describe, expect, it } from 'vitest';
import { applicationInputSchema } from './application';
import { completeWebAddress } from './web-address';

describe('completing a web address', () => {
  it.each([
    ['acme.example/jobs/42', 'https://acme.example/jobs/42'],
    ['  www.linkedin.com/in/ana-diaz ', 'https://www.linkedin.com/in/ana-diaz'],
    ['careers.acme.co.uk', 'https://careers.acme.co.uk'],
    ['acme.example:8080/jobs?id=4#apply', 'https://acme.example:8080/jobs?id=4#apply'],
    ['//acme.example/jobs', 'https://acme.example/jobs'],
    ['münchen.example/stellen', 'https://münchen.example/stellen'],
  ])('completes %s', (typed, completed) => {
    expect(completeWebAddress(typed)).toBe(completed);
  });

  it.each([
    'https://acme.example/jobs',
    'http://acme.example',
    'javascript:alert(1)',
    'mailto:ana@acme.example',
    'not a link',
    'acme',
    'ana@acme.example',
    '',
  ])('leaves %s as typed', (typed) => {
    expect(completeWebAddress(typed)).toBe(typed);
  });

  it('is what the API stores, and what it cannot complete it still refuses', () => {
    const parse = (link: string) =>
      applicationInputSchema.safeParse({ company: 'Acme', role: 'Analyst', link });
    expect(parse('acme.example/jobs/42').data?.link).toBe('https://acme.example/jobs/42');
    expect(parse('javascript:alert(1)').success).toBe(false);
    expect(parse('not a link').success).toBe(false);
    expect(parse('').data?.link).toBeNull();
  });
});
