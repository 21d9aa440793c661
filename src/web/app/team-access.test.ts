import { describe, expect, it } from 'vitest';
import { homeOf, leaverRedirect, linkToken, mayOpen, safeNext } from './team-access';

describe('who may open which page', () => {
  it.each([
    [undefined, '/', true],
    [undefined, '/pipeline', true],
    [undefined, '/members', false],
    [undefined, '/caseload/ws_1', false],
    ['seeker', '/pipeline', true],
    ['seeker', '/coach-notes', true],
    ['seeker', '/members', false],
    ['seeker', '/caseload', false],
    ['coach', '/caseload', true],
    ['coach', '/caseload/ws_1/applications/app_1', true],
    ['coach', '/', false],
    ['coach', '/members', false],
    ['coach', '/caseloads', false],
    ['admin', '/members', true],
    ['admin', '/pipeline', false],
    ['admin', '/caseload', false],
  ] as const)('%s opening %s: %s', (role, path, allowed) => {
    expect(mayOpen(role, path)).toBe(allowed);
  });

  it('sends each role home', () => {
    expect([homeOf('seeker'), homeOf('coach'), homeOf('admin')]).toEqual([
      '/',
      '/caseload',
      '/members',
    ]);
  });
});

describe('returning after sign-in', () => {
  it.each([
    ['/pipeline?stage=applied', '/pipeline?stage=applied'],
    [null, null],
    ['https://evil.example/', null],
    ['//evil.example/path', null],
    ['/\\evil.example', null],
    ['pipeline', null],
  ])('%s → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

describe('the token a link carries', () => {
  it('reads it after # or from ?token=', () => {
    expect(linkToken({ hash: '#abc_DEF-123', search: '' })).toBe('abc_DEF-123');
    expect(linkToken({ hash: '', search: '?token=xyz' })).toBe('xyz');
    expect(linkToken({ hash: '', search: '' })).toBe('');
  });
});

describe('a seeker removed from the organisation', () => {
  it.each([
    [{ removed: true }, '/', '/your-data'],
    [{ removed: true }, '/pipeline', '/your-data'],
    [{ removed: true }, '/your-data', null],
    [{ removed: false }, '/your-data', '/'],
    [{ removed: false }, '/pipeline', null],
    [null, '/your-data', '/'],
    [null, '/', null],
  ] as const)('%o opening %s goes to %s', (account, path, target) => {
    expect(leaverRedirect(account, path)).toBe(target);
  });
});
