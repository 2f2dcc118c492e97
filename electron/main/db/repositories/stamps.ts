/**
 * SQL for change stamps: who last changed one aspect of a record (a field of a meeting, committee or
 * participant, the order of a committee, a recommendation's trash state) and when. Packages carry
 * them, and an import takes a change only when it is later than the one stamped here.
 */
import type { Database } from 'better-sqlite3';

export interface StampRow {
  entityId: string;
  aspect: string;
  changedAt: string;
  byId: string | null;
  byName: string | null;
  /** trash: deleted (true) or restored (false); null for the other aspects. */
  deleted: boolean | null;
  /** trash: the head the recommendation was deleted or restored on. */
  headVersionId: string | null;
}

interface RawStamp extends Omit<StampRow, 'deleted'> {
  deleted: number | null;
}

const COLUMNS = `entity_id AS entityId, aspect, changed_at AS changedAt, by_id AS byId, by_name AS byName, deleted, head_version_id AS headVersionId`;

const fromRaw = (r: RawStamp): StampRow => ({ ...r, deleted: r.deleted === null ? null : r.deleted === 1 });

export function stampsRepository(db: Database) {
  const statements = {
    get: db.prepare(`SELECT ${COLUMNS} FROM change_stamps WHERE entity_id = ? AND aspect = ?`),
    ofEntity: db.prepare(`SELECT ${COLUMNS} FROM change_stamps WHERE entity_id = ? ORDER BY aspect`),
    put: db.prepare(`INSERT INTO change_stamps (entity_id, aspect, changed_at, by_id, by_name, deleted, head_version_id)
      VALUES (@entityId, @aspect, @changedAt, @byId, @byName, @deleted, @headVersionId)
      ON CONFLICT (entity_id, aspect) DO UPDATE SET changed_at = excluded.changed_at, by_id = excluded.by_id, by_name = excluded.by_name,
        deleted = excluded.deleted, head_version_id = excluded.head_version_id`),
  };
  return {
    get(entityId: string, aspect: string): StampRow | undefined {
      const row = statements.get.get(entityId, aspect) as RawStamp | undefined;
      return row && fromRaw(row);
    },
    ofEntity(entityId: string): StampRow[] {
      return (statements.ofEntity.all(entityId) as RawStamp[]).map(fromRaw);
    },
    put(row: StampRow): void {
      statements.put.run({ ...row, deleted: row.deleted === null ? null : Number(row.deleted) });
    },
  };
}

export type StampsRepository = ReturnType<typeof stampsRepository>;
