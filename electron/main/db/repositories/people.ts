/** SQL for delegations and participants. Participants are removed softly: their names stay on history. */
import type { Database } from 'better-sqlite3';
import type { Delegation, Participant, ParticipantRole } from '../../../../shared/domain/types';

const PARTICIPANT_COLUMNS = `p.id, p.meeting_id AS meetingId, p.name, d.name AS delegation, p.role`;

export function peopleRepository(db: Database) {
  const statements = {
    allDelegations: db.prepare(`SELECT id, name FROM delegations WHERE meeting_id = ?`),
    insertDelegation: db.prepare(`INSERT INTO delegations (id, meeting_id, name) VALUES (?, ?, ?)`),
    delegations: db.prepare(`SELECT d.id, d.meeting_id AS meetingId, d.name, count(p.id) AS participantCount
      FROM delegations d JOIN participants p ON p.delegation_id = d.id AND p.deleted_at IS NULL
      WHERE d.meeting_id = ? GROUP BY d.id`),
    participants: db.prepare(`SELECT ${PARTICIPANT_COLUMNS} FROM participants p JOIN delegations d ON d.id = p.delegation_id
      WHERE p.meeting_id = ? AND p.deleted_at IS NULL`),
    participant: db.prepare(`SELECT ${PARTICIPANT_COLUMNS} FROM participants p JOIN delegations d ON d.id = p.delegation_id
      WHERE p.id = ? AND p.deleted_at IS NULL`),
    insertParticipant: db.prepare(`INSERT INTO participants (id, meeting_id, delegation_id, name, role, created_at)
      VALUES (@id, @meetingId, @delegationId, @name, @role, @createdAt)`),
    updateParticipant: db.prepare(`UPDATE participants SET name = @name, delegation_id = @delegationId, role = @role WHERE id = @id`),
    removeParticipant: db.prepare(`UPDATE participants SET deleted_at = ? WHERE id = ?`),
  };

  return {
    /** Every delegation of a meeting, with or without participants (to reuse an existing spelling). */
    allDelegations(meetingId: string): Array<{ id: string; name: string }> {
      return statements.allDelegations.all(meetingId) as Array<{ id: string; name: string }>;
    },
    insertDelegation(id: string, meetingId: string, name: string): void {
      statements.insertDelegation.run(id, meetingId, name);
    },
    /** Delegations that have at least one participant (unsorted: the service sorts in French). */
    delegations(meetingId: string): Delegation[] {
      return statements.delegations.all(meetingId) as Delegation[];
    },
    /** The live participants of a meeting (unsorted: the service sorts in French). */
    participants(meetingId: string): Participant[] {
      return statements.participants.all(meetingId) as Participant[];
    },
    /** A live participant. */
    participant(id: string): Participant | undefined {
      return statements.participant.get(id) as Participant | undefined;
    },
    insertParticipant(row: { id: string; meetingId: string; delegationId: string; name: string; role: ParticipantRole; createdAt: string }): void {
      statements.insertParticipant.run(row);
    },
    updateParticipant(row: { id: string; name: string; delegationId: string; role: ParticipantRole }): void {
      statements.updateParticipant.run(row);
    },
    removeParticipant(id: string, at: string): void {
      statements.removeParticipant.run(at, id);
    },
  };
}

export type PeopleRepository = ReturnType<typeof peopleRepository>;
