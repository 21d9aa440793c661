import { AppError } from '../../core/app-error';
import { interestsOf } from '../../core/reading/interests';
import {
  rankSuggestions,
  type Suggestion,
  type SuggestionCandidate,
} from '../../core/reading/suggest';
import { MAX_SUGGESTIONS } from '../../core/reading/article';
import { listArticleIdsSentTo } from '../../storage/repositories/article-shares';
import { findRecentMatches } from '../../storage/repositories/articles';
import { findApplication } from '../../storage/repositories/applications';
import { loadInterestRows } from '../../storage/repositories/reading-interests';
import { requireContact } from '../contacts';
import { nowInstant, type UseCaseDeps } from '../deps';

/**
 * Articles looked at per interest, for each suggestion asked for: the most recent matches.
 * Freshness decides between articles matching the same interest, so older ones could only win
 * by matching several interests at once, which these leave ample room for.
 */
export const CANDIDATES_PER_SUGGESTION = 8;
const MIN_CANDIDATES = 20;

export interface SuggestArticlesOptions {
  /** The person to write to. */
  contactId?: string | null;
  /** The application the message is about (or the only thing known, for a step with no person). */
  applicationId?: string | null;
  limit?: number;
}

export interface SuggestionList {
  items: Omit<Suggestion, 'score'>[];
}

/**
 * The few stored articles most worth sending to a person, each with the reason in words: their
 * company, a topic from your interviews with them, a tag you gave them, their field. Never one
 * already sent to them. Works offline, on what the sources already brought in.
 */
export async function suggestArticles(
  deps: UseCaseDeps,
  { contactId = null, applicationId = null, limit = 3 }: SuggestArticlesOptions,
): Promise<SuggestionList> {
  const { db, workspaceId } = deps;
  if (contactId === null && applicationId === null)
    throw AppError.validation('contactId', 'is required (or applicationId)');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS)
    throw AppError.validation('limit', `must be a whole number from 1 to ${MAX_SUGGESTIONS}`);
  const contact =
    contactId === null ? null : await requireContact(db, workspaceId, contactId, 'contactId');
  if (applicationId !== null && !(await findApplication(db, workspaceId, applicationId)))
    throw AppError.notFound('application', applicationId, 'applicationId');
  const rows = await loadInterestRows(db, workspaceId, { contactId, applicationId });
  const interests = interestsOf({
    contact: contact && {
      name: contact.name,
      company: contact.company,
      title: contact.title,
      tags: contact.tags,
    },
    applications: rows.applications,
    topics: rows.topics,
  });
  const byArticle = new Map<string, SuggestionCandidate & { matches: string[] }>();
  for (const interest of interests) {
    const matches = await findRecentMatches(
      db,
      workspaceId,
      interest,
      Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_SUGGESTION),
    );
    for (const match of matches) {
      const known = byArticle.get(match.id);
      if (known) known.matches.push(interest.id);
      else byArticle.set(match.id, { ...match, matches: [interest.id] });
    }
  }
  const alreadySent =
    contactId === null ? new Set<string>() : await listArticleIdsSentTo(db, workspaceId, contactId);
  const ranked = rankSuggestions(interests, [...byArticle.values()], {
    now: nowInstant(deps),
    alreadySent,
    limit,
  });
  return { items: ranked.map(({ score: _score, ...item }) => item) };
}
