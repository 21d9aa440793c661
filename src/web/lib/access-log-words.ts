/** What each operation a coach may read is, in the seeker's words. */
const READS: Readonly<Record<string, string>> = {
  'GET /applications': 'Your list of applications',
  'GET /applications/{id}': 'An application',
  'GET /applications/{id}/plan': 'A plan after a rejection',
  'GET /applications/{id}/reflection': 'A reflection',
  'GET /messages/{id}': 'A draft',
  'GET /agenda': 'Today',
  'GET /coach-notes': 'Their notes to you',
  'GET /team/caseload': 'Your figures in their caseload',
};

/**
 * One access-log entry in words, with the page of this app it was about when there is one, so
 * the seeker can open what their coach read.
 */
export function describeRead(entry: { operation: string; path: string }): {
  what: string;
  href: string | null;
} {
  const what = READS[entry.operation] ?? entry.operation.replace(/^GET /, '');
  const application = /^\/applications\/([^/]+)/.exec(entry.path)?.[1];
  const message = /^\/messages\/([^/]+)$/.exec(entry.path)?.[1];
  const href =
    application !== undefined
      ? `/applications/${application}`
      : message !== undefined
        ? `/messages/${message}`
        : entry.path === '/agenda'
          ? '/'
          : null;
  return { what, href };
}
