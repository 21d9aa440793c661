import { describe, expect, it } from 'vitest';
import type { FunnelStage } from './funnel';
import {
  companyKey,
  findReEngagements,
  type ReEngagementApplication,
  type ReEngagementRejection,
} from './re-engagement';

function apps(...list: [string, string, string, FunnelStage | undefined][]) {
  return new Map<string, ReEngagementApplication>(
    list.map(([id, company, startedAt, furthest]) => [
      id,
      { id, company, role: 'Analyst', startedAt, furthest },
    ]),
  );
}
const rejected = (
  applicationId: string,
  rejectedOn: string,
  sharedPeople: ReEngagementRejection['sharedPeople'] = [],
) => ({ applicationId, rejectedOn, sharedPeople });
const zone = { zone: 'Europe/London' };

describe('company names', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME', 'acme'],
    ['Harbor & Pine Ltd', 'harbor and pine'],
    ['Café Nord GmbH', 'cafe nord'],
    ['Co', 'co'],
  ])('%s is compared as %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });
});

describe('re-engagements', () => {
  it('finds nothing with no rejections or no later application', () => {
    const list = apps(['a', 'Acme', '2026-01-01T10:00:00.000Z', 'screen']);
    expect(findReEngagements(list, [], zone).followedUp).toBe(0);
    expect(findReEngagements(list, [rejected('a', '2026-02-01')], zone).items).toEqual([]);
  });

  it('counts a later application at the same company, and whether it reached an interview', () => {
    const list = apps(
      ['a', 'Acme Inc', '2026-01-01T10:00:00.000Z', 'interview'],
      ['b', 'ACME', '2026-03-01T10:00:00.000Z', 'screen'],
      ['c', 'Globex', '2026-03-01T10:00:00.000Z', 'final'],
    );
    const result = findReEngagements(list, [rejected('a', '2026-02-01')], zone);
    expect(result).toMatchObject({
      followedUp: 1,
      ledToInterview: 1,
      ledToOffer: 0,
      viaCompany: 1,
    });
    expect(result.items[0]).toMatchObject({
      rejected: { id: 'a', rejectedOn: '2026-02-01' },
      later: { id: 'b', furthest: 'screen' },
      via: 'company',
    });
  });

  it('does not count an application started the same day as the rejection, or before it', () => {
    const list = apps(
      ['a', 'Acme', '2026-01-01T10:00:00.000Z', 'interview'],
      // 23:30 UTC on 1 Feb is still 1 Feb in London (winter).
      ['b', 'Acme', '2026-02-01T23:30:00.000Z', 'screen'],
      ['c', 'Acme', '2026-01-15T10:00:00.000Z', 'offer'],
    );
    expect(findReEngagements(list, [rejected('a', '2026-02-01')], zone).followedUp).toBe(0);
  });

  it('follows someone met in the rejected application to another company', () => {
    const list = apps(
      ['a', 'Acme', '2026-01-01T10:00:00.000Z', 'final'],
      ['b', 'Globex', '2026-04-01T10:00:00.000Z', 'interview'],
    );
    const result = findReEngagements(
      list,
      [rejected('a', '2026-02-01', [{ applicationId: 'b', contactId: 'con_ana' }])],
      zone,
    );
    expect(result).toMatchObject({
      followedUp: 1,
      ledToInterview: 1,
      viaContact: 1,
      viaCompany: 0,
    });
    expect(result.items[0]).toMatchObject({ via: 'contact', contactIds: ['con_ana'] });
  });

  it('keeps the later application that got furthest, the earliest among equals', () => {
    const list = apps(
      ['a', 'Acme', '2026-01-01T10:00:00.000Z', 'screen'],
      ['b', 'Acme', '2026-03-01T10:00:00.000Z', 'applied'],
      ['c', 'Acme', '2026-05-01T10:00:00.000Z', 'offer'],
      ['d', 'Acme', '2026-06-01T10:00:00.000Z', 'offer'],
    );
    const result = findReEngagements(list, [rejected('a', '2026-02-01')], zone);
    expect(result.items[0]?.later.id).toBe('c');
    expect(result.ledToOffer).toBe(1);
  });

  it('counts one follow-up per rejection, and lists the most recent first up to the limit', () => {
    const list = apps(
      ['a', 'Acme', '2026-01-01T10:00:00.000Z', 'screen'],
      ['b', 'Acme', '2026-02-01T10:00:00.000Z', 'screen'],
      ['c', 'Acme', '2026-04-01T10:00:00.000Z', 'applied'],
    );
    const result = findReEngagements(
      list,
      [rejected('a', '2026-01-10'), rejected('b', '2026-02-10')],
      { zone: 'Europe/London', limit: 1 },
    );
    expect(result.followedUp).toBe(2);
    expect(result.ledToInterview).toBe(1);
    expect(result.items.map((r) => r.rejected.id)).toEqual(['b']);
  });
});
