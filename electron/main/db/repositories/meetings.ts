/** SQL for meetings, committees, delegations and participants. No logic beyond the query. */
import type { Database } from 'better-sqlite3';
import type { Committee, NumberingScheme, Participant, ParticipantRole } from '../../../../shared/domain/types';

export interface MeetingRow {
  id: string;
  title: string;
  organisation: string;
  venue: string;
  startsOn: string | null;
  endsOn: string | null;
  numbering: NumberingScheme;
  createdAt: string;
  updatedAt: string;
}

const MEETING_COLUMNS = `id, title, organisation, venue, starts_on AS startsOn, ends_on AS endsOn,
  numbering, created_at AS createdAt, updated_at AS updatedAt`;

export function meetingsRepository(db: Database) {
  const statements = {
    insert: db.prepare(`INSERT INTO meetings (id, title, organisation, venue, starts_on, ends_on, created_at, updated_at)
      VALUES (@id, @title, @organisation, @venue, @startsOn, @endsOn, @createdAt, @updatedAt)`),
    get: db.prepare(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE id = ? AND deleted_at IS NULL`),
    list: db.prepare(`SELECT ${MEETING_COLUMNS},
        (SELECT count(*) FROM recommendations r WHERE r.meeting_id = m.id AND r.deleted_at IS NULL) AS recommendationCount
      FROM meetings m WHERE deleted_at IS NULL ORDER BY updated_at DESC`),
    update: db.prepare(`UPDATE meetings SET title = @title, organisation = @organisation, venue = @venue,
      starts_on = @startsOn, ends_on = @endsOn, numbering = @numbering, updated_at = @updatedAt WHERE id = @id`),
    touch: db.prepare(`UPDATE meetings SET updated_at = ? WHERE id = ?`),
    committees: db.prepare(`SELECT id, meeting_id AS meetingId, name, position FROM committees
      WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position`),
    committee: db.prepare(`SELECT id, meeting_id AS meetingId, name, position FROM committees
      WHERE id = ? AND deleted_at IS NULL`),
    insertCommittee: db.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at)
      VALUES (@id, @meetingId, @name,
        (SELECT coalesce(max(position), 0) + 1 FROM committees WHERE meeting_id = @meetingId), @createdAt)`),
    renameCommittee: db.prepare(`UPDATE committees SET name = ? WHERE id = ?`),
    positionCommittee: db.prepare(`UPDATE committees SET position = ? WHERE id = ?`),
    delegationByName: db.prepare(`SELECT id FROM delegations WHERE meeting_id = ? AND name = ?`),
    insertDelegation: db.prepare(`INSERT INTO delegations (id, meeting_id, name) VALUES (?, ?, ?)`),
    participants: db.prepare(`SELECT p.id, p.meeting_id AS meetingId, p.name, d.name AS delegation, p.role
      FROM participants p JOIN delegations d ON d.id = p.delegation_id
      WHERE p.meeting_id = ? AND p.deleted_at IS NULL ORDER BY d.name, p.name`),
    participant: db.prepare(`SELECT p.id, p.meeting_id AS meetingId, p.name, d.name AS delegation, p.role
      FROM participants p JOIN delegations d ON d.id = p.delegation_id WHERE p.id = ?`),
    insertParticipant: db.prepare(`INSERT INTO participants (id, meeting_id, delegation_id, name, role, created_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
  };

  return {
    insert(row: Omit<MeetingRow, 'numbering'>): void {
      statements.insert.run(row);
    },
    get(id: string): MeetingRow | undefined {
      return statements.get.get(id) as MeetingRow | undefined;
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
    committees(meetingId: string): Committee[] {
      return statements.committees.all(meetingId) as Committee[];
    },
    committee(id: string): Committee | undefined {
      return statements.committee.get(id) as Committee | undefined;
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
    delegationId(meetingId: string, name: string): string | undefined {
      return (statements.delegationByName.get(meetingId, name) as { id: string } | undefined)?.id;
    },
    insertDelegation(id: string, meetingId: string, name: string): void {
      statements.insertDelegation.run(id, meetingId, name);
    },
    participants(meetingId: string): Participant[] {
      return statements.participants.all(meetingId) as Participant[];
    },
    participant(id: string): Participant | undefined {
      return statements.participant.get(id) as Participant | undefined;
    },
    insertParticipant(row: {
      id: string;
      meetingId: string;
      delegationId: string;
      name: string;
      role: ParticipantRole;
      createdAt: string;
    }): void {
      statements.insertParticipant.run(row.id, row.meetingId, row.delegationId, row.name, row.role, row.createdAt);
    },
  };
}

export type MeetingsRepository = ReturnType<typeof meetingsRepository>;
