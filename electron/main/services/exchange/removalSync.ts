/**
 * Removals and the order of committees arriving in a package (README.md, "Removals and the order of
 * committees", format 4). Like every stamped change, the later one wins; but a removal never takes
 * work away:
 * - a committee removed elsewhere is removed here only if it holds no recommendation here once the
 *   package's own have been taken in (an expert may have drafted one in it meanwhile); otherwise it
 *   stays, and its recommendations will bring it back on the machine that removed it;
 * - a removed committee that a recommendation arriving now lands in comes back, as a restore from
 *   the trash brings it back, and that return is stamped here so that it travels;
 * - a participant removed elsewhere is removed here: their versions and comments keep their name.
 * A committee or participant new here and removed there is kept as removed: older versions and
 * recommendations in the trash may name it.
 */
import type { PalabrePackage, Removal } from '../../../../shared/package/format';
import { isLaterChange } from '../../../../shared/package/stamps';
import type { ServiceContext } from '../context';
import { bringCommitteeBack, closeCommitteeRanks, numberCommittees } from '../committees';
import { adoptStamp, COMMITTEES_ORDER_ASPECT, REMOVAL_ASPECT, stamped } from '../stamps';
import type { CommitteeFate } from './importTally';
import { mergedOrder } from './placementSync';

function isLaterRemoval(ctx: ServiceContext, entityId: string, removal: Removal): boolean {
  const ours = ctx.stamps.get(entityId, REMOVAL_ASPECT);
  return isLaterChange(stamped(removal), ours && stamped(ours));
}

/** For a committee or participant the package creates here: removed as it is there. */
export function removeAsThere(ctx: ServiceContext, kind: 'committee' | 'participant', id: string, removal: Removal | undefined): void {
  if (!removal?.removed) return;
  if (kind === 'committee') ctx.meetings.removeCommittee(id, removal.at);
  else ctx.people.removeParticipant(id, removal.at);
  adoptStamp(ctx, id, REMOVAL_ASPECT, removal, { deleted: true });
}

/**
 * Takes the package's later removals and returns of committees and participants, then brings back
 * any removed committee a live recommendation stands in. Call after the package's recommendations.
 * Returns whether anything here changed; `fates` gets what became of each committee concerned,
 * `participantsRemoved` the name of each participant removed here.
 */
export function applyRemovals(ctx: ServiceContext, pkg: PalabrePackage, fates: Map<string, CommitteeFate>, participantsRemoved: Map<string, string>): boolean {
  const meetingId = pkg.meeting.id;
  let changed = false;
  for (const c of pkg.committees) {
    const here = ctx.meetings.committeeRecord(c.id);
    if (!c.removal || !here || here.meetingId !== meetingId || !isLaterRemoval(ctx, c.id, c.removal)) continue;
    const removedHere = here.deletedAt !== null;
    if (c.removal.removed && !removedHere) {
      // Not taken while it holds work here: the stamp is not adopted, so ours still stands.
      if (ctx.recommendations.liveIdsInCommittee(c.id).length > 0) {
        fates.set(c.id, 'kept');
        continue;
      }
      ctx.meetings.removeCommittee(c.id, c.removal.at);
      closeCommitteeRanks(ctx, meetingId);
      fates.set(c.id, 'removed');
      changed = true;
    } else if (!c.removal.removed && removedHere) {
      ctx.meetings.restoreCommittee(c.id, meetingId);
      fates.set(c.id, 'restored');
      changed = true;
    }
    adoptStamp(ctx, c.id, REMOVAL_ASPECT, c.removal, { deleted: c.removal.removed });
  }
  for (const p of pkg.participants) {
    if (!p.removal?.removed || ctx.exchange.participantMeeting(p.id) !== meetingId || !isLaterRemoval(ctx, p.id, p.removal)) continue;
    const here = ctx.people.participant(p.id);
    if (here) {
      ctx.people.removeParticipant(p.id, p.removal.at);
      participantsRemoved.set(p.id, here.name);
      changed = true;
    }
    adoptStamp(ctx, p.id, REMOVAL_ASPECT, p.removal, { deleted: true });
  }
  return reviveOccupiedCommittees(ctx, meetingId, fates) || changed;
}

/** A removed committee that holds a live recommendation (arrived, or moved there by a merge) comes back. */
function reviveOccupiedCommittees(ctx: ServiceContext, meetingId: string, fates: Map<string, CommitteeFate>): boolean {
  let revived = false;
  for (const id of ctx.recommendations.removedCommitteesInUse(meetingId)) {
    bringCommitteeBack(ctx, id, meetingId, ctx.timestamp());
    fates.set(id, 'restored');
    revived = true;
  }
  return revived;
}

/**
 * Takes the package's order of the committees when it is later than ours: its order for the
 * committees it names that are live here, any other one after the committee it followed here.
 */
export function applyCommitteesOrder(ctx: ServiceContext, pkg: PalabrePackage): boolean {
  const order = pkg.meeting.committeesOrder;
  const meetingId = pkg.meeting.id;
  if (!order || !ctx.meetings.get(meetingId)) return false;
  const ours = ctx.stamps.get(meetingId, COMMITTEES_ORDER_ASPECT);
  if (!isLaterChange(stamped(order), ours && stamped(ours))) return false;
  const here = ctx.meetings.committees(meetingId).map((c) => c.id);
  const next = mergedOrder(here, order.committeeIds);
  numberCommittees(ctx, next);
  adoptStamp(ctx, meetingId, COMMITTEES_ORDER_ASPECT, order);
  return next.some((id, i) => here[i] !== id);
}
