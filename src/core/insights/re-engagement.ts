import type { CalendarDay, Instant } from '../dates';
import { addDays } from '../dates';
import { startOfLocalDay } from '../recovery/zoned-time';
import { FUNNEL_STAGES, type FunnelStage } from './funnel';
import type { ApplicationRef } from './themes';

/**
 * Re-engagement: a rejection is followed up when the user later applies again at the same company,
 * or to an application linked to someone they met in the rejected one. It "led to a new
 * interview" when that later application reached a screen or further. "Later" means it started
 * on a day after the rejection. docs/decisions/0007-re-engagement.md gives the reasons.
 */
export interface ReEngagementApplication extends ApplicationRef {
  startedAt: Instant;
  /** The furthest funnel stage reached; undefined if never sent. */
  furthest: FunnelStage | undefined;
}

export interface ReEngagementRejection {
  applicationId: string;
  rejectedOn: CalendarDay;
  /**
   * Other applications linked to someone from the rejected one (someone linked to it, or who
   * delivered the news), with who that is.
   */
  sharedPeople: readonly { applicationId: string; contactId: string }[];
}

export type ReEngagementPath = 'contact' | 'company';

export interface ReEngagement {
  rejected: ApplicationRef & { rejectedOn: CalendarDay };
  later: ApplicationRef & { startedAt: Instant; furthest: FunnelStage | null };
  /** `contact` when the later application is linked to someone met in the rejected one. */
  via: ReEngagementPath;
  contactIds: string[];
}

export interface ReEngagementSummary {
  /** Rejections followed by a later application at the same company or through someone met. */
  followedUp: number;
  /** Of those, the ones whose later application reached a screen or further. */
  ledToInterview: number;
  /** Of those, the ones whose later application reached an offer. */
  ledToOffer: number;
  viaContact: number;
  viaCompany: number;
  /** The re-engagements, the most recent later application first (at most `limit`). */
  items: ReEngagement[];
}

const rankOf = (stage: FunnelStage | null | undefined) =>
  stage == null ? -1 : FUNNEL_STAGES.indexOf(stage);
const INTERVIEW_RANK = FUNNEL_STAGES.indexOf('screen');
const OFFER_RANK = FUNNEL_STAGES.indexOf('offer');

const LEGAL_SUFFIX =
  /\b(incorporated|inc|llc|ltd|limited|plc|gmbh|corp|corporation|co|company|sa|ag|bv)\b/g;

const companyKeys = new Map<string, string>();

/** A company compared without case, punctuation or legal suffixes: "Acme, Inc." is "acme". */
export function companyKey(name: string): string {
  let key = companyKeys.get(name);
  if (key === undefined) {
    // A search has a few hundred companies applied to again and again: each is keyed once.
    if (companyKeys.size >= 10_000) companyKeys.clear();
    key = computeCompanyKey(name);
    companyKeys.set(name, key);
  }
  return key;
}

function computeCompanyKey(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  const stripped = plain.replace(LEGAL_SUFFIX, ' ').replace(/\s+/g, ' ').trim();
  return stripped === '' ? plain.trim() : stripped;
}

/** Better first: further in the funnel, then started sooner. */
function better(a: ReEngagementApplication, b: ReEngagementApplication | undefined) {
  if (b === undefined) return true;
  const byRank = rankOf(a.furthest) - rankOf(b.furthest);
  return byRank > 0 || (byRank === 0 && a.startedAt < b.startedAt);
}

/** Applications of one company by start, with the best one from each position onwards. */
interface CompanyIndex {
  apps: ReEngagementApplication[];
  bestFrom: ReEngagementApplication[];
}

function indexByCompany(apps: Iterable<ReEngagementApplication>): Map<string, CompanyIndex> {
  const groups = new Map<string, ReEngagementApplication[]>();
  for (const app of apps) {
    const key = companyKey(app.company);
    const list = groups.get(key);
    if (list) list.push(app);
    else groups.set(key, [app]);
  }
  const out = new Map<string, CompanyIndex>();
  for (const [key, list] of groups) {
    list.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
    const bestFrom = new Array<ReEngagementApplication>(list.length);
    let best: ReEngagementApplication | undefined;
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const app = list[i] as ReEngagementApplication;
      if (better(app, best)) best = app;
      bestFrom[i] = best as ReEngagementApplication;
    }
    out.set(key, { apps: list, bestFrom });
  }
  return out;
}

/** The first position in a start-sorted list at or after `instant`. */
function firstFrom(apps: readonly ReEngagementApplication[], instant: Instant): number {
  let low = 0;
  let high = apps.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((apps[mid] as ReEngagementApplication).startedAt < instant) low = mid + 1;
    else high = mid;
  }
  return low;
}

const ref = ({ id, company, role }: ApplicationRef): ApplicationRef => ({ id, company, role });

/** A rejection and the best later application found for it, before it is written out. */
interface Found {
  rejected: ReEngagementApplication;
  rejectedOn: CalendarDay;
  later: ReEngagementApplication;
  shared: string[];
}

/**
 * Keeps the `limit` found with the most recent later application, in that order (ties in the
 * order found), without sorting thousands of them to list twenty.
 */
function keepLatest(top: Found[], found: Found, limit: number): void {
  const startedAt = found.later.startedAt;
  const last = top[top.length - 1];
  if (top.length >= limit && (last === undefined || startedAt <= last.later.startedAt)) return;
  let at = top.length;
  while (at > 0 && (top[at - 1] as Found).later.startedAt < startedAt) at -= 1;
  top.splice(at, 0, found);
  if (top.length > limit) top.pop();
}

/** The best later application for one rejection, and who links it to the rejected one. */
function bestLater(
  rejection: ReEngagementRejection,
  rejected: ReEngagementApplication,
  after: Instant,
  byId: ReadonlyMap<string, ReEngagementApplication>,
  company: CompanyIndex | undefined,
): { later: ReEngagementApplication; shared: string[] } | undefined {
  let best = company?.bestFrom[firstFrom(company.apps, after)];
  let shared: string[] = [];
  for (const { applicationId, contactId } of rejection.sharedPeople) {
    const app = byId.get(applicationId);
    if (app === undefined || app.id === rejected.id || app.startedAt < after) continue;
    if (app === best || better(app, best)) {
      if (app !== best) shared = [];
      best = app;
      if (!shared.includes(contactId)) shared.push(contactId);
    }
  }
  return best && { later: best, shared };
}

/**
 * Finds, for each rejection, the best later application at the same company or through someone
 * met, and sums them up. Days are the user's (`zone`).
 */
export function findReEngagements(
  byId: ReadonlyMap<string, ReEngagementApplication>,
  rejections: readonly ReEngagementRejection[],
  { zone, limit = 20 }: { zone: string; limit?: number },
): ReEngagementSummary {
  const byCompany = indexByCompany(byId.values());
  // Rejections fall on a few hundred days; where the day after each begins is worked out once.
  const dayAfter = new Map<CalendarDay, Instant>();
  const latest: Found[] = [];
  const summary = { followedUp: 0, ledToInterview: 0, ledToOffer: 0, viaContact: 0, viaCompany: 0 };
  for (const rejection of rejections) {
    const rejected = byId.get(rejection.applicationId);
    if (rejected === undefined) continue;
    let after = dayAfter.get(rejection.rejectedOn);
    if (after === undefined) {
      after = startOfLocalDay(addDays(rejection.rejectedOn, 1), zone);
      dayAfter.set(rejection.rejectedOn, after);
    }
    const company = byCompany.get(companyKey(rejected.company));
    const best = bestLater(rejection, rejected, after, byId, company);
    if (best === undefined) continue;
    const rank = rankOf(best.later.furthest);
    summary.followedUp += 1;
    if (rank >= INTERVIEW_RANK) summary.ledToInterview += 1;
    if (rank >= OFFER_RANK) summary.ledToOffer += 1;
    if (best.shared.length > 0) summary.viaContact += 1;
    else summary.viaCompany += 1;
    keepLatest(latest, { rejected, rejectedOn: rejection.rejectedOn, ...best }, limit);
  }
  const items = latest.map((f): ReEngagement => ({
    rejected: { ...ref(f.rejected), rejectedOn: f.rejectedOn },
    later: { ...ref(f.later), startedAt: f.later.startedAt, furthest: f.later.furthest ?? null },
    via: f.shared.length > 0 ? 'contact' : 'company',
    contactIds: f.shared,
  }));
  return { ...summary, items };
}
