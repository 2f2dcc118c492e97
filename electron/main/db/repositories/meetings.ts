/** SQL for meetings and their committees. No logic beyond the query. */
import type { Database } from 'better-sqlite3';
import type { Committee, NumberingScheme, TypographyMode } from '../../../../shared/domain/types';

export interface MeetingRow {
  id: string;
  title: string;
  organisation: string;
  venue: string;
  startsOn: string | null;
  endsOn: string | null;
  numbering: NumberingScheme;
  typography: TypographyMode;
  /** The serialized introductory text, or null. */
  introJson: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A committee, removed ones included (a restored recommendation may bring its committee back). */
export interface CommitteeRecord extends Committee {
  deletedAt: string | null;
}

const MEETING_COLUMNS = `id, title, organisation, venue, starts_on AS startsOn, ends_on AS endsOn,
  numbering, typography, intro_json AS introJson, created_at AS createdAt, updated_at AS updatedAt`;

const COMMITTEE_COLUMNS = `id, meeting_id AS meetingId, name, position`;

export function meetingsRepository(db: Database) {
  const statements = {
    insert: db.prepare(`INSERT INTO meetings (id, title, organisation, venue, starts_on, ends_on, numbering, typography, intro_json, created_at, updated_at)
      VALUES (@id, @title, @organisation, @venue, @startsOn, @endsOn, @numbering, @typography, @introJson, @createdAt, @updatedAt)`),
    get: db.prepare(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE id = ? AND deleted_at IS NULL`),
    known: db.prepare(`SELECT 1 FROM meetings WHERE id = ?`).pluck(),
    list: db.prepare(`SELECT ${MEETING_COLUMNS},
        (SELECT count(*) FROM recommendations r WHERE r.meeting_id = m.id AND r.deleted_at IS NULL) AS recommendationCount
      FROM meetings m WHERE deleted_at IS NULL ORDER BY updated_at DESC`),
    update: db.prepare(`UPDATE meetings SET title = @title, organisation = @organisation, venue = @venue,
      starts_on = @startsOn, ends_on = @endsOn, numbering = @numbering, typography = @typography, intro_json = @introJson,
      updated_at = @updatedAt WHERE id = @id`),
    touch: db.prepare(`UPDATE meetings SET updated_at = ? WHERE id = ?`),
    committees: db.prepare(`SELECT ${COMMITTEE_COLUMNS} FROM committees WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position`),
    committee: db.prepare(`SELECT ${COMMITTEE_COLUMNS} FROM committees WHERE id = ? AND deleted_at IS NULL`),
    committeeRecord: db.prepare(`SELECT ${COMMITTEE_COLUMNS}, deleted_at AS deletedAt FROM committees WHERE id = ?`),
    insertCommittee: db.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at)
      VALUES (@id, @meetingId, @name,
        (SELECT coalesce(max(position), 0) + 1 FROM committees WHERE meeting_id = @meetingId AND deleted_at IS NULL), @createdAt)`),
    renameCommittee: db.prepare(`UPDATE committees SET name = ? WHERE id = ?`),
    positionCommittee: db.prepare(`UPDATE committees SET position = ? WHERE id = ?`),
    removeCommittee: db.prepare(`UPDATE committees SET deleted_at = ? WHERE id = ?`),
    restoreCommittee: db.prepare(`UPDATE committees SET deleted_at = NULL,
        position = (SELECT coalesce(max(position), 0) + 1 FROM committees WHERE meeting_id = ? AND deleted_at IS NULL)
      WHERE id = ?`),
  };

  return {
    insert(row: MeetingRow): void {
      statements.insert.run(row);
    },
    get(id: string): MeetingRow | undefined {
      return statements.get.get(id) as MeetingRow | undefined;
    },
    /** Whether this id names a meeting here, deleted or not. */
    known(id: string): boolean {
      return statements.known.get(id) !== undefined;
    },
    list(): Array<MeetingRow & { recommendationCount: number }> {
      return statements.list.all() as Array<MeetingRow & { recommendationCount: number }>;
    },
    update(row: MeetingRow): void {
      statements.update.run(row);
    },
    touch(id: string, at: string): void {
      statements.touch.run(at, id);
    },
    /** The live committees of a meeting, in order. */
    committees(meetingId: string): Committee[] {
      return statements.committees.all(meetingId) as Committee[];
    },
    /** A live committee. */
    committee(id: string): Committee | undefined {
      return statements.committee.get(id) as Committee | undefined;
    },
    /** A committee, removed or not. */
    committeeRecord(id: string): CommitteeRecord | undefined {
      return statements.committeeRecord.get(id) as CommitteeRecord | undefined;
    },
    insertCommittee(row: { id: string; meetingId: string; name: string; createdAt: string }): void {
      statements.insertCommittee.run(row);
    },
    renameCommittee(id: string, name: string): void {
      statements.renameCommittee.run(name, id);
    },
    setCommitteePosition(id: string, position: number): void {
      statements.positionCommittee.run(position, id);
    },
    removeCommittee(id: string, at: string): void {
      statements.removeCommittee.run(at, id);
    },
    /** Brings a removed committee back, at the end of its meeting's order. */
    restoreCommittee(id: string, meetingId: string): void {
      statements.restoreCommittee.run(meetingId, id);
    },
  };
}

export type MeetingsRepository = ReturnType<typeof meetingsRepository>;
