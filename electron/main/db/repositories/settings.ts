/** SQL for per-database settings (language, who am I) and the audit log. */
import type { Database } from 'better-sqlite3';

export function settingsRepository(db: Database) {
  const get = db.prepare(`SELECT value FROM settings WHERE key = ?`);
  const set = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
  return {
    get(key: string): string | undefined {
      return (get.get(key) as { value: string } | undefined)?.value;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
  };
}

export interface AuditEntry {
  meetingId: string | null;
  recommendationId: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
  detail: Record<string, unknown>;
  at: string;
}

export interface AuditRow {
  id: number;
  meetingId: string | null;
  recommendationId: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
  detailJson: string;
  at: string;
  /** The recommendation's current title, when the entry is about one. */
  recommendationTitle: string | null;
}

const AUDIT_COLUMNS = `l.id, l.meeting_id AS meetingId, l.recommendation_id AS recommendationId, l.actor_id AS actorId,
  l.actor_name AS actorName, l.action, l.detail_json AS detailJson, l.at, v.title AS recommendationTitle`;
const AUDIT_FROM = `FROM audit_log l LEFT JOIN recommendations r ON r.id = l.recommendation_id LEFT JOIN versions v ON v.id = r.head_version_id`;

export function auditRepository(db: Database) {
  const insert = db.prepare(`INSERT INTO audit_log (meeting_id, recommendation_id, actor_id, actor_name, action, detail_json, at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const byMeeting = db.prepare(`SELECT ${AUDIT_COLUMNS} ${AUDIT_FROM} WHERE l.meeting_id = ? ORDER BY l.at DESC, l.id DESC LIMIT ?`);
  const byRecommendation = db.prepare(`SELECT ${AUDIT_COLUMNS} ${AUDIT_FROM} WHERE l.meeting_id = ? AND l.recommendation_id = ? ORDER BY l.at DESC, l.id DESC LIMIT ?`);
  const withDigest = db.prepare(`SELECT 1 FROM audit_log WHERE meeting_id = ? AND action = ? AND json_extract(detail_json, '$.digest') = ? LIMIT 1`);
  return {
    /** Whether this meeting's log has an entry of this action about a file with this digest (a file already taken in). */
    hasFileDigest(meetingId: string, action: string, digest: string): boolean {
      return withDigest.get(meetingId, action, digest) !== undefined;
    },
    /** Newest first. */
    list(meetingId: string, recommendationId: string | undefined, limit: number): AuditRow[] {
      return (recommendationId ? byRecommendation.all(meetingId, recommendationId, limit) : byMeeting.all(meetingId, limit)) as AuditRow[];
    },
    record(entry: AuditEntry): void {
      insert.run(
        entry.meetingId,
        entry.recommendationId,
        entry.actorId,
        entry.actorName,
        entry.action,
        JSON.stringify(entry.detail),
        entry.at,
      );
    },
  };
}
