/**
 * SQL for comments: threads (a comment and its replies), anchors as JSON, soft deletion, resolution.
 * The text of live comments also feeds the search index.
 */
import type { Database } from 'better-sqlite3';

export interface CommentRow {
  id: string;
  recommendationId: string;
  /** The version that was the head when the comment was made (its anchor's offsets refer to it). */
  versionId: string | null;
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  /** The author's delegation now (null for someone no longer in the meeting, or no one). */
  authorDelegation: string | null;
  body: string;
  anchorJson: string | null;
  resolvedAt: string | null;
  resolvedByName: string | null;
  /** When the thread was last reopened (schema 9; null: never, or before). */
  reopenedAt: string | null;
  createdAt: string;
  updatedAt: string | null;
  deletedAt: string | null;
}

const COLUMNS = `c.id, c.recommendation_id AS recommendationId, c.version_id AS versionId, c.parent_id AS parentId,
  c.author_id AS authorId, c.author_name AS authorName, d.name AS authorDelegation, c.body, c.anchor_json AS anchorJson,
  c.resolved_at AS resolvedAt, c.resolved_by_name AS resolvedByName, c.reopened_at AS reopenedAt, c.created_at AS createdAt, c.updated_at AS updatedAt,
  c.deleted_at AS deletedAt`;
const FROM = `FROM comments c LEFT JOIN participants p ON p.id = c.author_id LEFT JOIN delegations d ON d.id = p.delegation_id`;

export function commentsRepository(db: Database) {
  const statements = {
    texts: db.prepare(`SELECT body FROM comments WHERE recommendation_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid`).pluck(),
    insert: db.prepare(`INSERT INTO comments (id, recommendation_id, version_id, parent_id, author_id, author_name, body, anchor_json, created_at)
      VALUES (@id, @recommendationId, @versionId, @parentId, @authorId, @authorName, @body, @anchorJson, @createdAt)`),
    get: db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE c.id = ?`),
    list: db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE c.recommendation_id = ? ORDER BY c.created_at, c.rowid`),
    update: db.prepare(`UPDATE comments SET body = ?, updated_at = ? WHERE id = ?`),
    remove: db.prepare(`UPDATE comments SET deleted_at = ? WHERE id = ?`),
    // Resolved: the reopening before it no longer says anything (a thread's state is its latest event).
    resolve: db.prepare(`UPDATE comments SET resolved_at = ?, resolved_by = ?, resolved_by_name = ?, reopened_at = NULL WHERE id = ?`),
    reopen: db.prepare(`UPDATE comments SET resolved_at = NULL, resolved_by = NULL, resolved_by_name = NULL, reopened_at = ? WHERE id = ?`),
  };
  return {
    /** The text of a recommendation's live comments, oldest first (for the search index). */
    textsOf(recommendationId: string): string[] {
      return statements.texts.all(recommendationId) as string[];
    },
    insert(row: {
      id: string;
      recommendationId: string;
      versionId: string;
      parentId: string | null;
      authorId: string | null;
      authorName: string | null;
      body: string;
      anchorJson: string | null;
      createdAt: string;
    }): void {
      statements.insert.run(row);
    },
    /** A comment, deleted or not. */
    get(id: string): CommentRow | undefined {
      return statements.get.get(id) as CommentRow | undefined;
    },
    /** Every comment of a recommendation, deleted ones included, oldest first. */
    list(recommendationId: string): CommentRow[] {
      return statements.list.all(recommendationId) as CommentRow[];
    },
    update(id: string, body: string, at: string): void {
      statements.update.run(body, at, id);
    },
    remove(id: string, at: string): void {
      statements.remove.run(at, id);
    },
    /** Marks a thread resolved at `at`, by `by`. */
    setResolved(id: string, at: string, by: { id: string | null; name: string | null }): void {
      statements.resolve.run(at, by.id, by.name, id);
    },
    /** Marks a thread open again, reopened at `at`. */
    setReopened(id: string, at: string): void {
      statements.reopen.run(at, id);
    },
  };
}

export type CommentsRepository = ReturnType<typeof commentsRepository>;
