/**
 * A recommendation's trash state arriving in a package, after its versions have been merged
 * (README.md, "Deletions"). Each machine stamps its latest delete or restore with its author, time
 * and the head it was made on; the later stamp wins (shared/package/stamps.ts), except that a
 * deletion never silently drops an edit the deleting side had not seen:
 * - theirs deleted, later, and everything we had before this file was on the head they deleted →
 *   the recommendation goes to the trash here too;
 * - theirs deleted, but we had edited it since → it stays, and a `deletion` conflict (delete vs
 *   edit) is recorded for the rapporteur (keep / delete);
 * - ours deleted, and they edited it since the head we deleted (without deleting it themselves
 *   afterwards) → it comes back out of the trash with their edit merged in, and the same conflict
 *   is recorded;
 * - theirs restored, later → it comes out of the trash here.
 * Keeping a recommendation through such a conflict is stamped as a restore here, so that the
 * machines this one sends to take it back too rather than raise the conflict again.
 */
import type { PackageRecommendation, PalabrePackage, TrashState } from '../../../../shared/package/format';
import { isLaterChange } from '../../../../shared/package/stamps';
import type { StampRow } from '../../db/repositories/stamps';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { adoptStamp, stamped, stampLocalChange } from '../stamps';
import { moveToTrash, takeOutOfTrash } from '../trash';
import { latestUnseenEdit, storeDeletionConflict } from './conflictStore';
import { ancestry, loadDag, lowestCommonAncestor } from './dag';

export type TrashOutcome = { change: 'none' | 'deleted' | 'restored' } | { change: 'conflict'; conflictId: string };

/** Our latest trash change: its stamp, or for a deletion older than stamps, the row's. */
function localTrash(ctx: ServiceContext, id: string): { at: string; byId: string | null; byName: string | null; deleted: boolean; headVersionId: string | null } | undefined {
  const stamp: StampRow | undefined = ctx.stamps.get(id, 'trash');
  if (stamp) return { ...stamped(stamp), byName: stamp.byName, deleted: stamp.deleted === true, headVersionId: stamp.headVersionId };
  const row = ctx.recommendations.record(id)!;
  return row.deletedAt ? { at: row.deletedAt, byId: null, byName: null, deleted: true, headVersionId: null } : undefined;
}

/**
 * `headBefore`: our head before this file's versions were merged in (what we had that the sender
 * may not have seen). Runs inside the import's transaction.
 */
export function applyTrashState(ctx: ServiceContext, pkg: PalabrePackage, rec: PackageRecommendation, headBefore: string, fileName: string): TrashOutcome {
  const row = ctx.recommendations.record(rec.id)!;
  const theirs: TrashState | undefined = rec.trash;
  const ours = localTrash(ctx, rec.id);
  const later = theirs !== undefined && isLaterChange(stamped(theirs), ours);
  // The common case, alive on both sides with nothing to take: no history to load.
  if (row.deletedAt === null && !later) return { change: 'none' };
  const dag = loadDag(ctx, rec.id);
  const at = ctx.timestamp();
  const from = { from: pkg.createdBy?.name ?? null, file: fileName };

  if (row.deletedAt === null) {
    if (!later || !theirs.deleted) {
      if (later) adoptStamp(ctx, rec.id, 'trash', theirs, theirs);
      return { change: 'none' };
    }
    if (ancestry(dag, theirs.headVersionId).has(headBefore)) {
      moveToTrash(ctx, row, theirs.at, theirs.by?.id && ctx.people.participant(theirs.by.id) ? theirs.by.id : null);
      adoptStamp(ctx, rec.id, 'trash', theirs, theirs);
      recordAudit(ctx, { meetingId: row.meetingId, recommendationId: rec.id, action: 'recommendation.import', detail: { ...from, deleted: true }, at });
      return { change: 'deleted' };
    }
    // We edited it since the head they deleted: kept, for the rapporteur to decide.
    const conflictId = storeDeletionConflict(ctx, {
      meetingId: row.meetingId,
      recommendationId: rec.id,
      mergeVersionId: row.headVersionId,
      baseVersionId: lowestCommonAncestor(dag, headBefore, theirs.headVersionId),
      ours: ctx.recommendations.version(row.headVersionId)!,
      theirs: ctx.recommendations.version(theirs.headVersionId)!,
      at,
      deletedBy: 'theirs',
      deleter: { id: theirs.by?.id ?? null, name: theirs.by?.name ?? null },
      editor: latestUnseenEdit(ctx, dag, headBefore, theirs.headVersionId),
    });
    stampLocalChange(ctx, rec.id, 'trash', laterThan(at, theirs.at), { deleted: false, headVersionId: row.headVersionId });
    return { change: 'conflict', conflictId };
  }

  // In the trash here.
  if (later && !theirs.deleted) {
    takeOutOfTrash(ctx, rec.id, at);
    adoptStamp(ctx, rec.id, 'trash', theirs, theirs);
    recordAudit(ctx, { meetingId: row.meetingId, recommendationId: rec.id, action: 'recommendation.import', detail: { ...from, restored: true }, at });
    return { change: 'restored' };
  }
  const deletedOn = ours?.headVersionId ?? headBefore;
  const deleter = ours?.byName !== undefined && ours.byName !== null ? { id: ours.byId, name: ours.byName } : { id: null, name: deleterName(ctx, row.meetingId, rec.id) };
  if (later) adoptStamp(ctx, rec.id, 'trash', theirs, theirs);
  // Deleted on both sides: whatever they edited first, they deleted it after; it stays in the trash.
  if (theirs?.deleted === true || ancestry(dag, deletedOn).has(rec.headVersionId)) return { change: 'none' };
  // They edited it since the head we deleted: back out of the trash, with their edit, for the rapporteur to decide.
  takeOutOfTrash(ctx, rec.id, at);
  const head = ctx.recommendations.record(rec.id)!.headVersionId;
  const conflictId = storeDeletionConflict(ctx, {
    meetingId: row.meetingId,
    recommendationId: rec.id,
    mergeVersionId: head,
    baseVersionId: lowestCommonAncestor(dag, deletedOn, rec.headVersionId),
    ours: ctx.recommendations.version(deletedOn)!,
    theirs: ctx.recommendations.version(rec.headVersionId)!,
    at,
    deletedBy: 'ours',
    deleter,
    editor: latestUnseenEdit(ctx, dag, rec.headVersionId, deletedOn),
  });
  stampLocalChange(ctx, rec.id, 'trash', laterThan(at, ours?.at ?? at, theirs?.at ?? at), { deleted: false, headVersionId: head });
  return { change: 'conflict', conflictId };
}

/**
 * Keeping through a conflict must outrank the deletion it answers, even when the deleting machine's
 * clock is ahead of ours: otherwise importing the same file again would raise the conflict again.
 */
function laterThan(now: string, ...stamps: string[]): string {
  const latest = Math.max(...stamps.map((s) => Date.parse(s) + 1));
  return Date.parse(now) >= latest ? now : new Date(latest).toISOString();
}

/** Who put it in the trash here, when no stamp says so (a deletion older than stamps). */
function deleterName(ctx: ServiceContext, meetingId: string, recommendationId: string): string | null {
  return ctx.recommendations.trash(meetingId).find((t) => t.id === recommendationId)?.deletedByName ?? null;
}
