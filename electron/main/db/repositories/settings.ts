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

export function auditRepository(db: Database) {
  const insert = db.prepare(`INSERT INTO audit_log (meeting_id, recommendation_id, actor_id, actor_name, action, detail_json, at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  return {
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
