import type { Instant } from '../dates';
import type { Interest } from './interests';

/** An article the search found for one or more interests. */
export interface SuggestionCandidate {
  id: string;
  title: string;
  url: string;
  publishedAt: Instant | null;
  addedAt: Instant;
  /** Ids of the interests it matched. */
  matches: readonly string[];
}

/** An article worth sending, with why. */
export interface Suggestion {
  id: string;
  title: string;
  url: string;
  published: Instant | null;
  reason: string;
  score: number;
}

export interface RankOptions {
  now: Instant;
  /** Articles already sent to this person: never suggested again. */
  alreadySent: ReadonlySet<string>;
  limit: number;
}

/**
 * An article's news value halves every this many days. A month-old piece is still worth
 * sending; by the time it is a year old, almost anything recent beats it.
 */
export const FRESHNESS_HALF_LIFE_DAYS = 30;
/** Old articles keep a little weight, so a strong match still shows when nothing newer does. */
export const FRESHNESS_FLOOR = 0.02;

const DAY_MS = 86_400_000;

/** How fresh an article is, from 1 (today) halving every half-life down to the floor. */
export function freshness(publishedAt: Instant, now: Instant): number {
  const ageDays = Math.max(0, (Date.parse(now) - Date.parse(publishedAt)) / DAY_MS);
  return Math.max(FRESHNESS_FLOOR, 0.5 ** (ageDays / FRESHNESS_HALF_LIFE_DAYS));
}

/**
 * How relevant the matched interests make an article: the strongest counts in full, each further
 * one half as much as the one before, so many loose matches do not outweigh one close match.
 */
export function relevance(matched: readonly Interest[]): number {
  return [...matched]
    .sort((a, b) => b.weight - a.weight)
    .reduce((sum, interest, index) => sum + interest.weight * 0.5 ** index, 0);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The reason in words: the strongest match, and the next when there is one. */
function reasonOf(matched: readonly Interest[]): string {
  const [first, second] = [...matched].sort((a, b) => b.weight - a.weight);
  if (first === undefined) return '';
  return second === undefined ? first.reason : `${first.reason}; ${lowerFirst(second.reason)}`;
}

/**
 * The articles most worth sending to one person: relevance times freshness, highest first (ties:
 * newer, then by id), each with its reason. Articles already sent to them, and articles that
 * match none of their interests, are left out.
 */
export function rankSuggestions(
  interests: readonly Interest[],
  candidates: readonly SuggestionCandidate[],
  { now, alreadySent, limit }: RankOptions,
): Suggestion[] {
  const byId = new Map(interests.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const scored: (Suggestion & { date: Instant })[] = [];
  for (const candidate of candidates) {
    if (alreadySent.has(candidate.id) || seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const matched = [...new Set(candidate.matches)]
      .map((id) => byId.get(id))
      .filter((i): i is Interest => i !== undefined);
    if (matched.length === 0) continue;
    const date = candidate.publishedAt ?? candidate.addedAt;
    scored.push({
      id: candidate.id,
      title: candidate.title,
      url: candidate.url,
      published: candidate.publishedAt,
      reason: reasonOf(matched),
      score: relevance(matched) * freshness(date, now),
      date,
    });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  return scored.slice(0, limit).map(({ date: _date, ...suggestion }) => suggestion);
}
