import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['short1!', /at least 12 characters/],
    ['x'.repeat(129), /at most 128/],
    ['password1234', /most common passwords|too easy/],
    ['qwertyuiop123', /too easy|most common/],
    ['anadiaz12345678', /too easy/],
  ])('refuses %s', (password, problem) => {
    expect(passwordProblem(password, { email: 'anadiaz@example.com', name: 'Ana Diaz' })).toMatch(
      problem,
    );
  });

  it.each(['correct horse battery staple', 'Lighthouse-vinegar-42-tandem', 'ünïcödé pässwörd ok'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password, { email: 'ana@example.com', name: 'Ana Díaz' })).toBeNull();
    },
  );

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ñ'.repeat(11))).toMatch(/at least 12/);
  });
});
