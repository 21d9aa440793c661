import { describe, expect, it } from 'vitest';
import { describeRead } from './access-log-words';

describe('describeRead', () => {
  it.each([
    [
      'GET /applications/{id}/reflection',
      '/applications/app_1/reflection',
      'A reflection',
      '/applications/app_1',
    ],
    [
      'GET /applications/{id}/plan',
      '/applications/app_2/plan',
      'A plan after a rejection',
      '/applications/app_2',
    ],
    ['GET /messages/{id}', '/messages/msg_3', 'A draft', '/messages/msg_3'],
    ['GET /agenda', '/agenda', 'Today', '/'],
    ['GET /applications', '/applications', 'Your list of applications', null],
    ['GET /team/caseload', '/team/caseload', 'Your figures in their caseload', null],
    ['GET /something-new', '/something-new', '/something-new', null],
  ])('%s', (operation, path, what, href) => {
    expect(describeRead({ operation, path })).toEqual({ what, href });
  });
});
