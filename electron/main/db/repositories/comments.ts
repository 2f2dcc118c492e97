/** SQL for comments. For now only what search needs: the text of a recommendation's live comments. */
import type { Database } from 'better-sqlite3';

export function commentsRepository(db: Database) {
  const texts = db.prepare(`SELECT body FROM comments WHERE recommendation_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid`).pluck();
  return {
    textsOf(recommendationId: string): string[] {
      return texts.all(recommendationId) as string[];
    },
  };
}
