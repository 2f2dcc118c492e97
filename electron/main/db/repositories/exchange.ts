/**
 * SQL for contributions between machines: reading a meeting whole for a package, writing rows that
 * arrive with their ids (the same UUIDs on every machine), merge conflicts, consolidated duplicates.
 * Inserts of rows that may already be here are `INSERT OR IGNORE`: importing twice changes nothing.
 */
import type { Database } from 'better-sqlite3';
import type { AmendmentStatus } from '../../../../shared/domain/review';
import type { ParticipantRole } from '../../../../shared/domain/types';

export interface ExportedParticipant {
  id: string;
  delegationId: string;
  name: string;
  role: ParticipantRole;
  createdAt: string;
  /** Set when removed: a removal travels too. */
  deletedAt: string | null;
}

export interface ExportedCommittee {
  id: string;
  name: string;
  position: number;
  createdAt: string;
  /** Set when removed: versions and recommendations in the trash may still name it. */
  deletedAt: string | null;
}

export interface ExportedRecommendation {
  id: string;
  committeeId: string;
  position: number;
  authorId: string | null;
  createdAt: string;
  headVersionId: string;
  mergedIntoId: string | null;
  /** In the trash here since then, deleted by this participant (packages carry it as a trash state). */
  deletedAt: string | null;
  deletedBy: string | null;
}

export interface CommentRecord {
  id: string;
  recommendationId: string;
  versionId: string | null;
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  body: string;
  anchorJson: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
  /** When the thread was last reopened (schema 9), null when it is resolved or never was reopened. */
  reopenedAt: string | null;
  createdAt: string;
  updatedAt: string | null;
  deletedAt: string | null;
}

export interface AmendmentRecord {
  id: string;
  recommendationId: string;
  versionId: string;
  baseVersionId: string;
  authorId: string | null;
  authorName: string | null;
  note: string;
  status: AmendmentStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  resultVersionId: string | null;
  decisionJson: string | null;
}

/** deletion: put in the trash on one side, edited on the other (target: the side that deleted). */
export type ConflictKind = 'body' | 'title' | 'field' | 'deletion';
/** keep / delete: for a deletion against an edit. */
export type ConflictResolution = 'ours' | 'theirs' | 'both' | 'edit' | 'keep' | 'delete';

export interface ConflictRow {
  id: string;
  meetingId: string;
  recommendationId: string;
  mergeVersionId: string;
  baseVersionId: string | null;
  oursVersionId: string;
  theirsVersionId: string;
  kind: ConflictKind;
  target: string | null;
  baseJson: string;
  oursJson: string;
  theirsJson: string;
  afterKey: string | null;
  hunksJson: string;
  oursAuthorId: string | null;
  oursAuthorName: string | null;
  theirsAuthorId: string | null;
  theirsAuthorName: string | null;
  status: 'open' | 'resolved';
  resolution: ConflictResolution | null;
  resolutionVersionId: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
  createdAt: string;
}

const CONFLICT_COLUMNS = `id, meeting_id AS meetingId, recommendation_id AS recommendationId, merge_version_id AS mergeVersionId,
  base_version_id AS baseVersionId, ours_version_id AS oursVersionId, theirs_version_id AS theirsVersionId, kind, target,
  base_json AS baseJson, ours_json AS oursJson, theirs_json AS theirsJson, after_key AS afterKey, hunks_json AS hunksJson,
  ours_author_id AS oursAuthorId, ours_author_name AS oursAuthorName, theirs_author_id AS theirsAuthorId,
  theirs_author_name AS theirsAuthorName, status, resolution, resolution_version_id AS resolutionVersionId,
  resolved_at AS resolvedAt, resolved_by AS resolvedBy, resolved_by_name AS resolvedByName, created_at AS createdAt`;

export function exchangeRepository(db: Database) {
  const statements = {
    committees: db.prepare(`SELECT id, name, position, created_at AS createdAt, deleted_at AS deletedAt FROM committees WHERE meeting_id = ?
      ORDER BY deleted_at IS NOT NULL, position, created_at, id`),
    committeeExists: db.prepare(`SELECT meeting_id FROM committees WHERE id = ?`).pluck(),
    delegations: db.prepare(`SELECT id, name FROM delegations WHERE meeting_id = ? ORDER BY name, id`),
    participants: db.prepare(`SELECT id, delegation_id AS delegationId, name, role, created_at AS createdAt, deleted_at AS deletedAt
      FROM participants WHERE meeting_id = ? ORDER BY created_at, id`),
    participantMeeting: db.prepare(`SELECT meeting_id FROM participants WHERE id = ?`).pluck(),
    recommendations: db.prepare(`SELECT id, committee_id AS committeeId, position, author_id AS authorId, created_at AS createdAt,
        head_version_id AS headVersionId, merged_into_id AS mergedIntoId, deleted_at AS deletedAt, deleted_by AS deletedBy
      FROM recommendations WHERE meeting_id = ? ORDER BY created_at, id`),
    recommendationMeeting: db.prepare(`SELECT meeting_id FROM recommendations WHERE id = ?`).pluck(),
    versionRecommendation: db.prepare(`SELECT recommendation_id FROM versions WHERE id = ?`).pluck(),
    comments: db.prepare(`SELECT id, recommendation_id AS recommendationId, version_id AS versionId, parent_id AS parentId,
        author_id AS authorId, author_name AS authorName, body, anchor_json AS anchorJson, resolved_at AS resolvedAt,
        resolved_by AS resolvedBy, resolved_by_name AS resolvedByName, reopened_at AS reopenedAt, created_at AS createdAt, updated_at AS updatedAt,
        deleted_at AS deletedAt
      FROM comments WHERE recommendation_id IN (SELECT id FROM recommendations WHERE meeting_id = ?)
      ORDER BY created_at, id`),
    amendments: db.prepare(`SELECT id, recommendation_id AS recommendationId, version_id AS versionId, base_version_id AS baseVersionId,
        author_id AS authorId, author_name AS authorName, note, status, created_at AS createdAt, decided_at AS decidedAt,
        decided_by AS decidedBy, decided_by_name AS decidedByName, result_version_id AS resultVersionId, decision_json AS decisionJson
      FROM amendments WHERE recommendation_id IN (SELECT id FROM recommendations WHERE meeting_id = ?)
      ORDER BY created_at, id`),
    amendmentStatus: db.prepare(`SELECT status FROM amendments WHERE id = ?`).pluck(),
    insertAmendment: db.prepare(`INSERT INTO amendments (id, recommendation_id, version_id, base_version_id, author_id, author_name, note, status,
        created_at, decided_at, decided_by, decided_by_name, result_version_id, decision_json)
      VALUES (@id, @recommendationId, @versionId, @baseVersionId, @authorId, @authorName, @note, @status,
        @createdAt, @decidedAt, @decidedBy, @decidedByName, @resultVersionId, @decisionJson)`),
    decideAmendment: db.prepare(`UPDATE amendments SET status = @status, decided_at = @decidedAt, decided_by = @decidedBy,
      decided_by_name = @decidedByName, result_version_id = @resultVersionId, decision_json = @decisionJson WHERE id = @id AND status = 'pending'`),
    insertCommittee: db.prepare(`INSERT OR IGNORE INTO committees (id, meeting_id, name, position, created_at) VALUES (@id, @meetingId, @name, @position, @createdAt)`),
    insertDelegation: db.prepare(`INSERT OR IGNORE INTO delegations (id, meeting_id, name) VALUES (?, ?, ?)`),
    delegationByName: db.prepare(`SELECT id FROM delegations WHERE meeting_id = ? AND name = ?`).pluck(),
    delegationById: db.prepare(`SELECT meeting_id FROM delegations WHERE id = ?`).pluck(),
    insertParticipant: db.prepare(`INSERT OR IGNORE INTO participants (id, meeting_id, delegation_id, name, role, created_at)
      VALUES (@id, @meetingId, @delegationId, @name, @role, @createdAt)`),
    insertRecommendation: db.prepare(`INSERT INTO recommendations (id, meeting_id, committee_id, position, status, author_id, created_at, updated_at)
      VALUES (@id, @meetingId, @committeeId,
        coalesce(@position, (SELECT coalesce(max(position), 0) + 1 FROM recommendations WHERE committee_id = @committeeId AND deleted_at IS NULL)),
        'draft', @authorId, @createdAt, @createdAt)`),
    insertComment: db.prepare(`INSERT OR IGNORE INTO comments (id, recommendation_id, version_id, parent_id, author_id, author_name, body, anchor_json,
        resolved_at, resolved_by, resolved_by_name, reopened_at, created_at, updated_at, deleted_at)
      VALUES (@id, @recommendationId, @versionId, @parentId, @authorId, @authorName, @body, @anchorJson,
        @resolvedAt, @resolvedBy, @resolvedByName, @reopenedAt, @createdAt, @updatedAt, @deletedAt)`),
    commentExists: db.prepare(`SELECT 1 FROM comments WHERE id = ?`).pluck(),
    mergedInto: db.prepare(`SELECT merged_into_id FROM recommendations WHERE id = ?`).pluck(),
    setMergedInto: db.prepare(`UPDATE recommendations SET merged_into_id = ? WHERE id = ?`),
    insertConflict: db.prepare(`INSERT INTO merge_conflicts (id, meeting_id, recommendation_id, merge_version_id, base_version_id, ours_version_id,
        theirs_version_id, kind, target, base_json, ours_json, theirs_json, after_key, hunks_json, ours_author_id, ours_author_name,
        theirs_author_id, theirs_author_name, created_at)
      VALUES (@id, @meetingId, @recommendationId, @mergeVersionId, @baseVersionId, @oursVersionId, @theirsVersionId, @kind, @target,
        @baseJson, @oursJson, @theirsJson, @afterKey, @hunksJson, @oursAuthorId, @oursAuthorName, @theirsAuthorId, @theirsAuthorName, @createdAt)`),
    conflict: db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM merge_conflicts WHERE id = ?`),
    conflictsByMeeting: db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM merge_conflicts WHERE meeting_id = ? AND (status = 'open' OR ?)
      ORDER BY created_at, rowid`),
    openConflictsOf: db.prepare(`SELECT ${CONFLICT_COLUMNS} FROM merge_conflicts WHERE recommendation_id = ? AND status = 'open' ORDER BY created_at, rowid`),
    resolveConflict: db.prepare(`UPDATE merge_conflicts SET status = 'resolved', resolution = @resolution, resolution_version_id = @versionId,
      resolved_at = @at, resolved_by = @byId, resolved_by_name = @byName WHERE id = @id`),
  };

  return {
    /** Every committee of a meeting, the live ones first in their order, then the removed ones. */
    committees(meetingId: string): ExportedCommittee[] {
      return statements.committees.all(meetingId) as ExportedCommittee[];
    },
    /** The meeting a committee (removed or not) belongs to, or undefined when it is not here. */
    committeeMeeting(id: string): string | undefined {
      return statements.committeeExists.get(id) as string | undefined;
    },
    delegations(meetingId: string): Array<{ id: string; name: string }> {
      return statements.delegations.all(meetingId) as Array<{ id: string; name: string }>;
    },
    /** Every participant of a meeting, removed ones included. */
    participants(meetingId: string): ExportedParticipant[] {
      return statements.participants.all(meetingId) as ExportedParticipant[];
    },
    participantMeeting(id: string): string | undefined {
      return statements.participantMeeting.get(id) as string | undefined;
    },
    recommendations(meetingId: string): ExportedRecommendation[] {
      return statements.recommendations.all(meetingId) as ExportedRecommendation[];
    },
    recommendationMeeting(id: string): string | undefined {
      return statements.recommendationMeeting.get(id) as string | undefined;
    },
    versionRecommendation(id: string): string | undefined {
      return statements.versionRecommendation.get(id) as string | undefined;
    },
    comments(meetingId: string): CommentRecord[] {
      return statements.comments.all(meetingId) as CommentRecord[];
    },
    amendments(meetingId: string): AmendmentRecord[] {
      return statements.amendments.all(meetingId) as AmendmentRecord[];
    },
    amendmentStatus(id: string): AmendmentStatus | undefined {
      return statements.amendmentStatus.get(id) as AmendmentStatus | undefined;
    },
    insertAmendment(row: AmendmentRecord): void {
      statements.insertAmendment.run(row);
    },
    /** Records a decision taken elsewhere on an amendment still pending here. True when written. */
    decideAmendment(row: AmendmentRecord): boolean {
      return statements.decideAmendment.run(row).changes > 0;
    },
    /** True when the committee was written (false: it was already here). */
    insertCommittee(row: { id: string; meetingId: string; name: string; position: number; createdAt: string }): boolean {
      return statements.insertCommittee.run(row).changes > 0;
    },
    insertDelegation(id: string, meetingId: string, name: string): boolean {
      return statements.insertDelegation.run(id, meetingId, name).changes > 0;
    },
    delegationByName(meetingId: string, name: string): string | undefined {
      return statements.delegationByName.get(meetingId, name) as string | undefined;
    },
    delegationMeeting(id: string): string | undefined {
      return statements.delegationById.get(id) as string | undefined;
    },
    insertParticipant(row: { id: string; meetingId: string; delegationId: string; name: string; role: ParticipantRole; createdAt: string }): boolean {
      return statements.insertParticipant.run(row).changes > 0;
    },
    /**
     * A recommendation that arrives from another machine, at `position` (a meeting set up from a
     * package keeps the sender's order) or else at the end of its committee; its head is set by its versions.
     */
    insertRecommendation(row: { id: string; meetingId: string; committeeId: string; position: number | null; authorId: string | null; createdAt: string }): void {
      statements.insertRecommendation.run(row);
    },
    insertComment(row: CommentRecord): boolean {
      return statements.insertComment.run(row).changes > 0;
    },
    commentExists(id: string): boolean {
      return statements.commentExists.get(id) !== undefined;
    },
    mergedInto(id: string): string | null {
      return (statements.mergedInto.get(id) as string | null | undefined) ?? null;
    },
    setMergedInto(id: string, intoId: string | null): void {
      statements.setMergedInto.run(intoId, id);
    },
    insertConflict(row: Omit<ConflictRow, 'status' | 'resolution' | 'resolutionVersionId' | 'resolvedAt' | 'resolvedBy' | 'resolvedByName'>): void {
      statements.insertConflict.run(row);
    },
    conflict(id: string): ConflictRow | undefined {
      return statements.conflict.get(id) as ConflictRow | undefined;
    },
    conflictsByMeeting(meetingId: string, includeResolved: boolean): ConflictRow[] {
      return statements.conflictsByMeeting.all(meetingId, includeResolved ? 1 : 0) as ConflictRow[];
    },
    openConflictsOf(recommendationId: string): ConflictRow[] {
      return statements.openConflictsOf.all(recommendationId) as ConflictRow[];
    },
    resolveConflict(row: { id: string; resolution: ConflictResolution; versionId: string | null; at: string; byId: string | null; byName: string | null }): void {
      statements.resolveConflict.run(row);
    },
  };
}

export type ExchangeRepository = ReturnType<typeof exchangeRepository>;
