/**
 * SQL for the FTS5 index: one row per live recommendation (title, text of the head version, its
 * comments), kept in step with every change; a recommendation in the trash has no row.
 */
import type { Database } from 'better-sqlite3';

export interface SearchRow {
  recommendationId: string;
  bodyExcerpt: string;
  commentsExcerpt: string;
  titleExcerpt: string;
}

export function searchRepository(db: Database) {
  const statements = {
    remove: db.prepare(`DELETE FROM search_index WHERE recommendation_id = ?`),
    insert: db.prepare(`INSERT INTO search_index (recommendation_id, meeting_id, title, body, comments) VALUES (?, ?, ?, ?, ?)`),
    query: db.prepare(`SELECT recommendation_id AS recommendationId,
        snippet(search_index, 3, char(2), char(3), '…', 16) AS bodyExcerpt,
        snippet(search_index, 4, char(2), char(3), '…', 16) AS commentsExcerpt,
        highlight(search_index, 2, char(2), char(3)) AS titleExcerpt
      FROM search_index WHERE search_index MATCH ? AND meeting_id = ? ORDER BY rank LIMIT ?`),
  };
  return {
    index(recommendationId: string, meetingId: string, title: string, body: string, comments: string): void {
      statements.remove.run(recommendationId);
      statements.insert.run(recommendationId, meetingId, title, body, comments);
    },
    remove(recommendationId: string): void {
      statements.remove.run(recommendationId);
    },
    query(matchExpression: string, meetingId: string, limit: number): SearchRow[] {
      return statements.query.all(matchExpression, meetingId, limit) as SearchRow[];
    },
  };
}
