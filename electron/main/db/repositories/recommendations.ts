/** SQL for recommendations and their immutable versions. */
import type { Database } from 'better-sqlite3';
import type { RecommendationStatus, VersionOrigin } from '../../../../shared/domain/types';

export interface RecommendationRow {
  id: string;
  meetingId: string;
  committeeId: string;
  position: number;
  status: RecommendationStatus;
  headVersionId: string;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RecommendationListRow extends RecommendationRow {
  title: string;
  authorName: string | null;
}

export interface VersionRow {
  id: string;
  recommendationId: string;
  title: string;
  bodyJson: string;
  fieldsJson: string;
  authorId: string | null;
  authorName: string | null;
  origin: VersionOrigin;
  createdAt: string;
}

const REC_COLUMNS = `r.id, r.meeting_id AS meetingId, r.committee_id AS committeeId, r.position, r.status,
  r.head_version_id AS headVersionId, r.author_id AS authorId, r.created_at AS createdAt, r.updated_at AS updatedAt`;

export function recommendationsRepository(db: Database) {
  const statements = {
    insert: db.prepare(`INSERT INTO recommendations (id, meeting_id, committee_id, position, status, author_id, created_at, updated_at)
      VALUES (@id, @meetingId, @committeeId,
        (SELECT coalesce(max(position), 0) + 1 FROM recommendations WHERE committee_id = @committeeId),
        'draft', @authorId, @createdAt, @createdAt)`),
    get: db.prepare(`SELECT ${REC_COLUMNS} FROM recommendations r WHERE r.id = ? AND r.deleted_at IS NULL`),
    listByMeeting: db.prepare(`SELECT ${REC_COLUMNS}, v.title, v.author_name AS authorName
      FROM recommendations r JOIN versions v ON v.id = r.head_version_id
      WHERE r.meeting_id = ? AND r.deleted_at IS NULL`),
    setHead: db.prepare(`UPDATE recommendations SET head_version_id = ?, updated_at = ? WHERE id = ?`),
    insertVersion: db.prepare(`INSERT INTO versions (id, recommendation_id, title, body_json, fields_json, author_id, author_name, origin, created_at)
      VALUES (@id, @recommendationId, @title, @bodyJson, @fieldsJson, @authorId, @authorName, @origin, @createdAt)`),
    insertParent: db.prepare(`INSERT INTO version_parents (version_id, parent_id, ord) VALUES (?, ?, ?)`),
    version: db.prepare(`SELECT id, recommendation_id AS recommendationId, title, body_json AS bodyJson,
      fields_json AS fieldsJson, author_id AS authorId, author_name AS authorName, origin, created_at AS createdAt
      FROM versions WHERE id = ?`),
    versions: db.prepare(`SELECT id, recommendation_id AS recommendationId, title, body_json AS bodyJson,
      fields_json AS fieldsJson, author_id AS authorId, author_name AS authorName, origin, created_at AS createdAt
      FROM versions WHERE recommendation_id = ? ORDER BY created_at DESC, rowid DESC`),
    parents: db.prepare(`SELECT vp.version_id AS versionId, vp.parent_id AS parentId FROM version_parents vp
      JOIN versions v ON v.id = vp.version_id WHERE v.recommendation_id = ? ORDER BY vp.ord`),
  };

  return {
    insert(row: { id: string; meetingId: string; committeeId: string; authorId: string | null; createdAt: string }): void {
      statements.insert.run(row);
    },
    get(id: string): RecommendationRow | undefined {
      return statements.get.get(id) as RecommendationRow | undefined;
    },
    listByMeeting(meetingId: string): RecommendationListRow[] {
      return statements.listByMeeting.all(meetingId) as RecommendationListRow[];
    },
    setHead(id: string, versionId: string, at: string): void {
      statements.setHead.run(versionId, at, id);
    },
    insertVersion(row: VersionRow, parentIds: readonly string[]): void {
      statements.insertVersion.run(row);
      parentIds.forEach((parentId, ord) => statements.insertParent.run(row.id, parentId, ord));
    },
    version(id: string): VersionRow | undefined {
      return statements.version.get(id) as VersionRow | undefined;
    },
    versions(recommendationId: string): VersionRow[] {
      return statements.versions.all(recommendationId) as VersionRow[];
    },
    /** Parent ids of every version of a recommendation, keyed by version id, in parent order. */
    parents(recommendationId: string): Map<string, string[]> {
      const map = new Map<string, string[]>();
      for (const row of statements.parents.all(recommendationId) as Array<{ versionId: string; parentId: string }>) {
        const list = map.get(row.versionId) ?? [];
        list.push(row.parentId);
        map.set(row.versionId, list);
      }
      return map;
    },
  };
}

export type RecommendationsRepository = ReturnType<typeof recommendationsRepository>;
