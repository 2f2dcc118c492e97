/**
 * Use-cases of the people of a meeting: participants (add, edit, remove softly) and the delegations
 * they belong to. A delegation exists as long as someone belongs to it; it is created by naming it.
 * Lists are sorted as a French reader expects (« Échanges » with the E's).
 */
import { comparisonKey } from '../../../shared/domain/fields';
import type { Delegation, Participant, ParticipantRole } from '../../../shared/domain/types';
import { compareFrench } from '../../../shared/text';
import { recordAudit } from './audit';
import { requireName } from './committees';
import type { ServiceContext } from './context';
import { requireMeeting, requireParticipant } from './lookups';
import { REMOVAL_ASPECT, stampLocalChange } from './stamps';

export function listParticipants(ctx: ServiceContext, meetingId: string): Participant[] {
  return ctx.people.participants(meetingId).sort((a, b) => compareFrench(a.delegation, b.delegation) || compareFrench(a.name, b.name));
}

export function listDelegations(ctx: ServiceContext, meetingId: string): Delegation[] {
  return ctx.people.delegations(meetingId).sort((a, b) => compareFrench(a.name, b.name));
}

export function addParticipant(
  ctx: ServiceContext,
  input: { meetingId: string; name: string; delegation: string; role: ParticipantRole },
): Participant {
  requireMeeting(ctx, input.meetingId);
  const name = requireName(input.name);
  const delegation = requireName(input.delegation);
  const id = ctx.newId();
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    const delegationId = delegationNamed(ctx, input.meetingId, delegation);
    ctx.people.insertParticipant({ id, meetingId: input.meetingId, delegationId, name, role: input.role, createdAt: at });
    ctx.meetings.touch(input.meetingId, at);
    recordAudit(ctx, { meetingId: input.meetingId, action: 'participant.add', detail: { participantId: id, name, delegation }, at });
  })();
  return ctx.people.participant(id)!;
}

/** Renames a participant, moves them to another delegation (created if new) or changes their role. */
export function updateParticipant(
  ctx: ServiceContext,
  input: { participantId: string; name?: string | undefined; delegation?: string | undefined; role?: ParticipantRole | undefined },
): Participant {
  const before = requireParticipant(ctx, input.participantId);
  const name = input.name === undefined ? before.name : requireName(input.name);
  const delegation = input.delegation === undefined ? before.delegation : requireName(input.delegation);
  const role = input.role ?? before.role;
  if (name === before.name && delegation === before.delegation && role === before.role) return before;
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    const delegationId = delegationNamed(ctx, before.meetingId, delegation);
    ctx.people.updateParticipant({ id: before.id, name, delegationId, role });
    if (name !== before.name) stampLocalChange(ctx, before.id, 'name', at);
    if (delegation !== before.delegation) stampLocalChange(ctx, before.id, 'delegationId', at);
    if (role !== before.role) stampLocalChange(ctx, before.id, 'role', at);
    ctx.meetings.touch(before.meetingId, at);
    recordAudit(ctx, {
      meetingId: before.meetingId,
      action: 'participant.update',
      detail: { participantId: before.id, from: { name: before.name, delegation: before.delegation, role: before.role }, to: { name, delegation, role } },
      at,
    });
  })();
  return ctx.people.participant(before.id)!;
}

/**
 * Removes a participant from the meeting's lists. Their name stays on every version and decision
 * they made; if they were this database's "who am I", no one is until another is chosen.
 */
export function removeParticipant(ctx: ServiceContext, participantId: string): Participant[] {
  const participant = requireParticipant(ctx, participantId);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    recordAudit(ctx, { meetingId: participant.meetingId, action: 'participant.remove', detail: { participantId, name: participant.name }, at });
    ctx.people.removeParticipant(participantId, at);
    stampLocalChange(ctx, participantId, REMOVAL_ASPECT, at, { deleted: true });
    ctx.meetings.touch(participant.meetingId, at);
  })();
  return listParticipants(ctx, participant.meetingId);
}

/** The id of the delegation of that name (whatever its case or accents), created if there is none. */
function delegationNamed(ctx: ServiceContext, meetingId: string, name: string): string {
  const key = comparisonKey(name);
  const existing = ctx.people.allDelegations(meetingId).find((d) => comparisonKey(d.name) === key);
  if (existing) return existing.id;
  const id = ctx.newId();
  ctx.people.insertDelegation(id, meetingId, name);
  return id;
}
