/** Use-cases of a meeting's committees: add, rename, reorder, and remove when empty. */
import type { Committee } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { requireCommittee, requireMeeting } from './lookups';
import { COMMITTEES_ORDER_ASPECT, REMOVAL_ASPECT, stampLocalChange } from './stamps';

export function addCommittee(ctx: ServiceContext, meetingId: string, name: string): Committee {
  requireMeeting(ctx, meetingId);
  const clean = requireName(name);
  if (nameTaken(ctx, meetingId, clean)) throw new PalabreError('duplicate_name', clean);
  const id = ctx.newId();
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.meetings.insertCommittee({ id, meetingId, name: clean, createdAt: at });
    ctx.meetings.touch(meetingId, at);
    recordAudit(ctx, { meetingId, action: 'committee.add', detail: { committeeId: id, name: clean }, at });
  })();
  return ctx.meetings.committee(id)!;
}

export function renameCommittee(ctx: ServiceContext, committeeId: string, name: string): Committee {
  const committee = requireCommittee(ctx, committeeId);
  const clean = requireName(name);
  // Same rule as addCommittee: two committees of a meeting never share a name (its own case may change).
  if (nameTaken(ctx, committee.meetingId, clean, committeeId)) throw new PalabreError('duplicate_name', clean);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.meetings.renameCommittee(committeeId, clean);
    if (clean !== committee.name) stampLocalChange(ctx, committeeId, 'name', at);
    ctx.meetings.touch(committee.meetingId, at);
    recordAudit(ctx, { meetingId: committee.meetingId, action: 'committee.rename', detail: { committeeId, from: committee.name, to: clean }, at });
  })();
  return ctx.meetings.committee(committeeId)!;
}

/** Sets the committees' order. The list must name every committee of the meeting exactly once. */
export function reorderCommittees(ctx: ServiceContext, meetingId: string, committeeIds: readonly string[]): Committee[] {
  requireMeeting(ctx, meetingId);
  const existing = ctx.meetings.committees(meetingId).map((c) => c.id);
  const same =
    existing.length === committeeIds.length &&
    new Set(committeeIds).size === committeeIds.length &&
    committeeIds.every((id) => existing.includes(id));
  if (!same) throw new PalabreError('committee_mismatch');
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    numberCommittees(ctx, committeeIds);
    // The order travels in packages as a whole, stamped like any change (format 4).
    stampLocalChange(ctx, meetingId, COMMITTEES_ORDER_ASPECT, at);
    ctx.meetings.touch(meetingId, at);
    recordAudit(ctx, { meetingId, action: 'committee.reorder', detail: { committeeIds }, at });
  })();
  return ctx.meetings.committees(meetingId);
}

/**
 * Removes a committee that holds no recommendation (the trash aside: restoring one of those brings
 * the committee back). Refused, naming how many, while it holds some. The others close ranks, so the
 * numbers of the committees after it follow.
 */
export function removeCommittee(ctx: ServiceContext, committeeId: string): Committee[] {
  const committee = requireCommittee(ctx, committeeId);
  const held = ctx.recommendations.liveIdsInCommittee(committeeId).length;
  if (held > 0) {
    throw new PalabreError('committee_not_empty', {
      fr: held === 1 ? '1 recommandation' : `${held} recommandations`,
      en: held === 1 ? '1 recommendation' : `${held} recommendations`,
    });
  }
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.meetings.removeCommittee(committeeId, at);
    stampLocalChange(ctx, committeeId, REMOVAL_ASPECT, at, { deleted: true });
    closeCommitteeRanks(ctx, committee.meetingId);
    ctx.meetings.touch(committee.meetingId, at);
    recordAudit(ctx, { meetingId: committee.meetingId, action: 'committee.remove', detail: { committeeId, name: committee.name }, at });
  })();
  return ctx.meetings.committees(committee.meetingId);
}

/** Positions 1, 2, … for the committees in this order (the meeting's live ones). */
export function numberCommittees(ctx: ServiceContext, committeeIds: readonly string[]): void {
  committeeIds.forEach((id, index) => ctx.meetings.setCommitteePosition(id, index + 1));
}

/** After a removal, the live committees numbered again in their order: those after it close ranks. */
export function closeCommitteeRanks(ctx: ServiceContext, meetingId: string): void {
  numberCommittees(ctx, ctx.meetings.committees(meetingId).map((c) => c.id));
}

/**
 * A removed committee back, at the end of the order, because work here stands in it (a
 * recommendation taken out of the trash, or one arriving in it): the return is stamped, so that
 * the machines that removed it take it back too.
 */
export function bringCommitteeBack(ctx: ServiceContext, committeeId: string, meetingId: string, at: string): void {
  ctx.meetings.restoreCommittee(committeeId, meetingId);
  stampLocalChange(ctx, committeeId, REMOVAL_ASPECT, at, { deleted: false });
}

function nameTaken(ctx: ServiceContext, meetingId: string, name: string, except?: string): boolean {
  const wanted = name.toLocaleLowerCase('fr');
  return ctx.meetings.committees(meetingId).some((c) => c.id !== except && c.name.toLocaleLowerCase('fr') === wanted);
}

export function requireName(name: string): string {
  const clean = cleanText(name).replace(/\s+/g, ' ').trim();
  if (!clean) throw new PalabreError('empty_name');
  return clean;
}
