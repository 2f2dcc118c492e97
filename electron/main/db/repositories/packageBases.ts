/**
 * SQL for package bases (schema 7): per meeting, the whole package a thin contribution builds on,
 * the head each recommendation had in it, and (schema 9) a fingerprint of each comment and
 * amendment it carried.
 */
import type { Database } from 'better-sqlite3';

export interface PackageBaseRow {
  meetingId: string;
  digest: string;
  kind: 'meeting' | 'consolidated';
  createdAt: string;
  createdById: string | null;
  createdByName: string | null;
}

export function packageBasesRepository(db: Database) {
  const statements = {
    get: db.prepare(`SELECT meeting_id AS meetingId, digest, kind, created_at AS createdAt, created_by_id AS createdById,
      created_by_name AS createdByName FROM package_bases WHERE meeting_id = ?`),
    heads: db.prepare(`SELECT recommendation_id AS recommendationId, version_id AS versionId FROM package_base_heads WHERE meeting_id = ?`),
    clearHeads: db.prepare(`DELETE FROM package_base_heads WHERE meeting_id = ?`),
    put: db.prepare(`INSERT INTO package_bases (meeting_id, digest, kind, created_at, created_by_id, created_by_name)
      VALUES (@meetingId, @digest, @kind, @createdAt, @createdById, @createdByName)
      ON CONFLICT (meeting_id) DO UPDATE SET digest = excluded.digest, kind = excluded.kind, created_at = excluded.created_at,
        created_by_id = excluded.created_by_id, created_by_name = excluded.created_by_name`),
    putHead: db.prepare(`INSERT INTO package_base_heads (meeting_id, recommendation_id, version_id) VALUES (?, ?, ?)`),
    discussion: db.prepare(`SELECT item_id AS itemId, fingerprint FROM package_base_discussion WHERE meeting_id = ?`),
    clearDiscussion: db.prepare(`DELETE FROM package_base_discussion WHERE meeting_id = ?`),
    putDiscussion: db.prepare(`INSERT OR REPLACE INTO package_base_discussion (meeting_id, item_id, fingerprint) VALUES (?, ?, ?)`),
  };
  return {
    get(meetingId: string): PackageBaseRow | undefined {
      return statements.get.get(meetingId) as PackageBaseRow | undefined;
    },
    /** Recommendation id → the head it had in the base. */
    heads(meetingId: string): Map<string, string> {
      const rows = statements.heads.all(meetingId) as Array<{ recommendationId: string; versionId: string }>;
      return new Map(rows.map((r) => [r.recommendationId, r.versionId]));
    },
    /** Comment or amendment id → its fingerprint as the base carried it. */
    discussion(meetingId: string): Map<string, string> {
      const rows = statements.discussion.all(meetingId) as Array<{ itemId: string; fingerprint: string }>;
      return new Map(rows.map((r) => [r.itemId, r.fingerprint]));
    },
    /** The meeting's base becomes this package, with these heads and this discussion (the previous base is forgotten). */
    replace(base: PackageBaseRow, heads: ReadonlyMap<string, string>, discussion: ReadonlyMap<string, string>): void {
      statements.put.run(base);
      statements.clearHeads.run(base.meetingId);
      for (const [recommendationId, versionId] of heads) statements.putHead.run(base.meetingId, recommendationId, versionId);
      statements.clearDiscussion.run(base.meetingId);
      for (const [itemId, fingerprint] of discussion) statements.putDiscussion.run(base.meetingId, itemId, fingerprint);
    },
  };
}
