/** SQL for milestones: a named snapshot of the head version and number of each recommendation of a meeting. */
import type { Database } from 'better-sqlite3';

export interface MilestoneRow {
  id: string;
  meetingId: string;
  name: string;
  createdAt: string;
  createdByName: string | null;
  recommendationCount: number;
}

export interface MilestoneHeadRow {
  recommendationId: string;
  versionId: string;
  number: string;
  /** Reading order at the time of the snapshot. */
  ord: number;
}

const COLUMNS = `m.id, m.meeting_id AS meetingId, m.name, m.created_at AS createdAt, m.created_by_name AS createdByName,
  (SELECT count(*) FROM milestone_heads h WHERE h.milestone_id = m.id) AS recommendationCount`;

export function milestonesRepository(db: Database) {
  const statements = {
    insert: db.prepare(`INSERT INTO milestones (id, meeting_id, name, created_by, created_by_name, created_at)
      VALUES (@id, @meetingId, @name, @createdBy, @createdByName, @createdAt)`),
    insertHead: db.prepare(`INSERT INTO milestone_heads (milestone_id, recommendation_id, version_id, number, ord) VALUES (?, ?, ?, ?, ?)`),
    list: db.prepare(`SELECT ${COLUMNS} FROM milestones m WHERE m.meeting_id = ? ORDER BY m.created_at, m.rowid`),
    get: db.prepare(`SELECT ${COLUMNS} FROM milestones m WHERE m.id = ?`),
    heads: db.prepare(`SELECT recommendation_id AS recommendationId, version_id AS versionId, number, ord
      FROM milestone_heads WHERE milestone_id = ? ORDER BY ord`),
  };
  return {
    insert(
      row: { id: string; meetingId: string; name: string; createdBy: string | null; createdByName: string | null; createdAt: string },
      heads: readonly MilestoneHeadRow[],
    ): void {
      statements.insert.run(row);
      for (const head of heads) statements.insertHead.run(row.id, head.recommendationId, head.versionId, head.number, head.ord);
    },
    /** A meeting's milestones, oldest first. */
    list(meetingId: string): MilestoneRow[] {
      return statements.list.all(meetingId) as MilestoneRow[];
    },
    get(id: string): MilestoneRow | undefined {
      return statements.get.get(id) as MilestoneRow | undefined;
    },
    heads(milestoneId: string): MilestoneHeadRow[] {
      return statements.heads.all(milestoneId) as MilestoneHeadRow[];
    },
  };
}

export type MilestonesRepository = ReturnType<typeof milestonesRepository>;
