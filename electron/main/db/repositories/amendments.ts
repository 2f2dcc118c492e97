/** SQL for amendments: a proposed version that is not the head, and the decision taken on it. */
import type { Database } from 'better-sqlite3';
import type { AmendmentStatus } from '../../../../shared/domain/review';

export interface AmendmentRow {
  id: string;
  recommendationId: string;
  meetingId: string;
  versionId: string;
  baseVersionId: string;
  authorId: string | null;
  authorName: string | null;
  authorDelegation: string | null;
  note: string;
  status: AmendmentStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedByName: string | null;
  resultVersionId: string | null;
  /** The proposed title (from the proposal's version). */
  title: string;
  /** The recommendation's head now. */
  headVersionId: string;
}

const COLUMNS = `a.id, a.recommendation_id AS recommendationId, r.meeting_id AS meetingId, a.version_id AS versionId,
  a.base_version_id AS baseVersionId, a.author_id AS authorId, a.author_name AS authorName, d.name AS authorDelegation,
  a.note, a.status, a.created_at AS createdAt, a.decided_at AS decidedAt, a.decided_by_name AS decidedByName,
  a.result_version_id AS resultVersionId, v.title, r.head_version_id AS headVersionId`;
const FROM = `FROM amendments a JOIN recommendations r ON r.id = a.recommendation_id JOIN versions v ON v.id = a.version_id
  LEFT JOIN participants p ON p.id = a.author_id LEFT JOIN delegations d ON d.id = p.delegation_id`;

export function amendmentsRepository(db: Database) {
  const statements = {
    insert: db.prepare(`INSERT INTO amendments (id, recommendation_id, version_id, base_version_id, author_id, author_name, note, created_at)
      VALUES (@id, @recommendationId, @versionId, @baseVersionId, @authorId, @authorName, @note, @createdAt)`),
    get: db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE a.id = ?`),
    byRecommendation: db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE a.recommendation_id = ? ORDER BY a.created_at DESC, a.rowid DESC`),
    byMeeting: db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE r.meeting_id = ? AND r.deleted_at IS NULL ORDER BY a.created_at DESC, a.rowid DESC`),
    byVersion: db.prepare(`SELECT a.version_id AS versionId, a.id, a.status FROM amendments a WHERE a.recommendation_id = ?`),
    pendingInMeeting: db.prepare(`SELECT count(*) FROM amendments a JOIN recommendations r ON r.id = a.recommendation_id
      WHERE r.meeting_id = ? AND r.deleted_at IS NULL AND a.status = 'pending'`).pluck(),
    decide: db.prepare(`UPDATE amendments SET status = @status, decided_at = @decidedAt, decided_by = @decidedBy,
      decided_by_name = @decidedByName, result_version_id = @resultVersionId, decision_json = @decisionJson WHERE id = @id`),
  };
  return {
    insert(row: { id: string; recommendationId: string; versionId: string; baseVersionId: string; authorId: string | null; authorName: string | null; note: string; createdAt: string }): void {
      statements.insert.run(row);
    },
    get(id: string): AmendmentRow | undefined {
      return statements.get.get(id) as AmendmentRow | undefined;
    },
    /** Newest first. */
    byRecommendation(recommendationId: string): AmendmentRow[] {
      return statements.byRecommendation.all(recommendationId) as AmendmentRow[];
    },
    /** The amendments of a meeting's live recommendations, newest first. */
    byMeeting(meetingId: string): AmendmentRow[] {
      return statements.byMeeting.all(meetingId) as AmendmentRow[];
    },
    /** Which versions of a recommendation are amendment proposals, with their amendment. */
    proposalVersions(recommendationId: string): Map<string, { id: string; status: AmendmentStatus }> {
      const rows = statements.byVersion.all(recommendationId) as Array<{ versionId: string; id: string; status: AmendmentStatus }>;
      return new Map(rows.map((r) => [r.versionId, { id: r.id, status: r.status }]));
    },
    pendingInMeeting(meetingId: string): number {
      return statements.pendingInMeeting.get(meetingId) as number;
    },
    decide(row: {
      id: string;
      status: AmendmentStatus;
      decidedAt: string;
      decidedBy: string | null;
      decidedByName: string | null;
      resultVersionId: string | null;
      decisionJson: string;
    }): void {
      statements.decide.run(row);
    },
  };
}

export type AmendmentsRepository = ReturnType<typeof amendmentsRepository>;
