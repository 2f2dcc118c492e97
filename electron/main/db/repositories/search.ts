/**
 * SQL for the FTS5 index: one row per live recommendation (title, text of the head version, its
 * comments), kept in step with every change; a recommendation in the trash has no row.
 *
 * A search is one query (issue 8): the list's filters are applied in SQL, and FTS5 delivers the rows
 * in rank order itself (no sort step), so with the LIMIT the excerpts are cut for the hits returned
 * only, never for every row the words match. Cutting an excerpt means reading and tokenising the
 * whole text again, the largest cost of a search: a page of hits is asked for at a time, and the
 * number of matches is counted apart, without any excerpt.
 */
import type { Database } from 'better-sqlite3';
import { comparisonKey } from '../../../../shared/domain/fields';
import type { RecommendationStatus } from '../../../../shared/domain/types';

export interface SearchRow {
  recommendationId: string;
  bodyExcerpt: string;
  commentsExcerpt: string;
  titleExcerpt: string;
}

/** A ranked hit: what numbering and the result line need, and its excerpts. */
export interface SearchCandidate extends SearchRow {
  meetingId: string;
  committeeId: string;
  status: RecommendationStatus;
  title: string;
}

/** The list's filters, as the ranked query takes them: null is no filter; names already compared by comparisonKey. */
export interface SearchFiltersSql {
  committeeId: string | null;
  /** JSON list of statuses. */
  statuses: string | null;
  authorId: string | null;
  delegationKey: string | null;
  addresseeKey: string | null;
}

/** The SQL name of comparisonKey (shared/domain/fields.ts), so that filters compare names as the list does. */
const COMPARISON_KEY = 'palabre_comparison_key';

/**
 * The live recommendations of a meeting that match the expression and the list's filters. Each hit is
 * joined to its recommendation by rowid (the two rowids are the same since schema 5) and the meeting
 * is the recommendation's: an index row's UNINDEXED columns live in its stored text, which would be
 * read for every match, where the rowid costs nothing. CROSS JOIN keeps the index as the outer loop
 * (SQLite would otherwise walk the meeting's recommendations and query the index once for each).
 */
const MATCHING = `FROM search_index s CROSS JOIN recommendations r ON r.rowid = s.rowid
    LEFT JOIN participants a ON a.id = r.author_id
    LEFT JOIN delegations d ON d.id = a.delegation_id
  WHERE search_index MATCH @match AND r.meeting_id = @meetingId AND r.deleted_at IS NULL
    AND (@committeeId IS NULL OR r.committee_id = @committeeId)
    AND (@statuses IS NULL OR r.status IN (SELECT value FROM json_each(@statuses)))
    AND (@authorId IS NULL OR r.author_id = @authorId)
    AND (@delegationKey IS NULL OR ${COMPARISON_KEY}(d.name) = @delegationKey)
    AND (@addresseeKey IS NULL OR EXISTS (SELECT 1 FROM json_each(r.addressees_json) WHERE ${COMPARISON_KEY}(value) = @addresseeKey))`;

export function searchRepository(db: Database) {
  db.function(COMPARISON_KEY, { deterministic: true }, (value: unknown) => (typeof value === 'string' ? comparisonKey(value) : null));
  const statements = {
    // A recommendation's row has the rowid of its recommendations row (schema 5): found by key.
    remove: db.prepare(`DELETE FROM search_index WHERE rowid = (SELECT rowid FROM recommendations WHERE id = ?)`),
    insert: db.prepare(`INSERT INTO search_index (rowid, recommendation_id, meeting_id, title, body, comments)
      VALUES ((SELECT rowid FROM recommendations WHERE id = @id), @id, @meetingId, @title, @body, @comments)`),
    ranked: db.prepare(`SELECT r.id AS recommendationId, r.meeting_id AS meetingId,
        r.committee_id AS committeeId, r.status, s.title,
        snippet(search_index, 3, char(2), char(3), '…', 16) AS bodyExcerpt,
        snippet(search_index, 4, char(2), char(3), '…', 16) AS commentsExcerpt,
        highlight(search_index, 2, char(2), char(3)) AS titleExcerpt
      ${MATCHING} ORDER BY s.rank LIMIT @limit OFFSET @offset`),
    count: db.prepare(`SELECT count(*) ${MATCHING}`).pluck(),
  };
  return {
    index(recommendationId: string, meetingId: string, title: string, body: string, comments: string): void {
      statements.remove.run(recommendationId);
      statements.insert.run({ id: recommendationId, meetingId, title, body, comments });
    },
    remove(recommendationId: string): void {
      statements.remove.run(recommendationId);
    },
    /** A page of the live recommendations of a meeting matching the expression and the filters, best first. */
    ranked(matchExpression: string, meetingId: string, filters: SearchFiltersSql, page: { offset: number; limit: number }): SearchCandidate[] {
      return statements.ranked.all({ match: matchExpression, meetingId, ...page, ...filters }) as SearchCandidate[];
    },
    /** How many live recommendations of a meeting match (no excerpt cut). */
    count(matchExpression: string, meetingId: string, filters: SearchFiltersSql): number {
      return statements.count.get({ match: matchExpression, meetingId, ...filters }) as number;
    },
  };
}
