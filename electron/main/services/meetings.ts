/** Use-cases of meeting set-up: meetings, committees, delegations and participants. */
import type { Committee, MeetingDetail, MeetingSummary, Participant, ParticipantRole, NumberingScheme } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import type { ServiceContext } from './context';
import { currentParticipant } from './profile';
import { listRecommendations } from './recommendations';

export interface MeetingInput {
  title: string;
  organisation: string;
  venue: string;
  startsOn: string | null;
  endsOn: string | null;
}

export function listMeetings(ctx: ServiceContext): MeetingSummary[] {
  return ctx.meetings.list().map((m) => ({
    id: m.id,
    title: m.title,
    organisation: m.organisation,
    venue: m.venue,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    recommendationCount: m.recommendationCount,
    updatedAt: m.updatedAt,
  }));
}

export function createMeeting(ctx: ServiceContext, input: MeetingInput): MeetingDetail {
  const fields = cleanMeetingFields(input);
  const at = ctx.timestamp();
  const id = ctx.newId();
  ctx.db.transaction(() => {
    ctx.meetings.insert({ id, ...fields, createdAt: at, updatedAt: at });
    ctx.audit.record(auditEntry(ctx, id, 'meeting.create', { title: fields.title }, at));
  })();
  return getMeeting(ctx, id);
}

export function getMeeting(ctx: ServiceContext, meetingId: string): MeetingDetail {
  const meeting = requireMeeting(ctx, meetingId);
  return {
    ...meeting,
    committees: ctx.meetings.committees(meetingId),
    participants: ctx.meetings.participants(meetingId),
    recommendations: listRecommendations(ctx, meetingId),
  };
}

export function updateMeeting(
  ctx: ServiceContext,
  meetingId: string,
  changes: Partial<MeetingInput> & { numbering?: NumberingScheme },
): MeetingDetail {
  const meeting = requireMeeting(ctx, meetingId);
  const merged = { ...meeting, ...definedOnly(changes) };
  const fields = cleanMeetingFields(merged);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.meetings.update({ ...merged, ...fields, updatedAt: at });
    ctx.audit.record(auditEntry(ctx, meetingId, 'meeting.update', { fields: Object.keys(definedOnly(changes)) }, at));
  })();
  return getMeeting(ctx, meetingId);
}

export function addCommittee(ctx: ServiceContext, meetingId: string, name: string): Committee {
  requireMeeting(ctx, meetingId);
  const clean = requireName(name);
  if (ctx.meetings.committees(meetingId).some((c) => c.name.toLocaleLowerCase('fr') === clean.toLocaleLowerCase('fr'))) {
    throw new PalabreError('duplicate_name', clean);
  }
  const id = ctx.newId();
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.meetings.insertCommittee({ id, meetingId, name: clean, createdAt: at });
    ctx.meetings.touch(meetingId, at);
    ctx.audit.record(auditEntry(ctx, meetingId, 'committee.add', { committeeId: id, name: clean }, at));
  })();
  return ctx.meetings.committee(id)!;
}

export function renameCommittee(ctx: ServiceContext, committeeId: string, name: string): Committee {
  const committee = requireCommittee(ctx, committeeId);
  const clean = requireName(name);
  // Same rule as addCommittee: two committees of a meeting never share a name (its own case may change).
  const taken = ctx.meetings
    .committees(committee.meetingId)
    .some((c) => c.id !== committeeId && c.name.toLocaleLowerCase('fr') === clean.toLocaleLowerCase('fr'));
  if (taken) throw new PalabreError('duplicate_name', clean);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    ctx.meetings.renameCommittee(committeeId, clean);
    ctx.meetings.touch(committee.meetingId, at);
    ctx.audit.record(auditEntry(ctx, committee.meetingId, 'committee.rename', { committeeId, from: committee.name, to: clean }, at));
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
    committeeIds.forEach((id, index) => ctx.meetings.setCommitteePosition(id, index + 1));
    ctx.meetings.touch(meetingId, at);
    ctx.audit.record(auditEntry(ctx, meetingId, 'committee.reorder', { committeeIds }, at));
  })();
  return ctx.meetings.committees(meetingId);
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
    let delegationId = ctx.meetings.delegationId(input.meetingId, delegation);
    if (!delegationId) {
      delegationId = ctx.newId();
      ctx.meetings.insertDelegation(delegationId, input.meetingId, delegation);
    }
    ctx.meetings.insertParticipant({ id, meetingId: input.meetingId, delegationId, name, role: input.role, createdAt: at });
    ctx.meetings.touch(input.meetingId, at);
    ctx.audit.record(auditEntry(ctx, input.meetingId, 'participant.add', { participantId: id, name, delegation }, at));
  })();
  return ctx.meetings.participant(id)!;
}

export function requireMeeting(ctx: ServiceContext, meetingId: string) {
  const meeting = ctx.meetings.get(meetingId);
  if (!meeting) throw new PalabreError('not_found', meetingId);
  return meeting;
}

export function requireCommittee(ctx: ServiceContext, committeeId: string): Committee {
  const committee = ctx.meetings.committee(committeeId);
  if (!committee) throw new PalabreError('not_found', committeeId);
  return committee;
}

function cleanMeetingFields(input: MeetingInput): MeetingInput {
  const title = cleanText(input.title).trim();
  if (!title) throw new PalabreError('empty_title');
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw new PalabreError('invalid_dates');
  return {
    title,
    organisation: cleanText(input.organisation).trim(),
    venue: cleanText(input.venue).trim(),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
  };
}

function requireName(name: string): string {
  const clean = cleanText(name).trim();
  if (!clean) throw new PalabreError('empty_name');
  return clean;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function auditEntry(ctx: ServiceContext, meetingId: string, action: string, detail: Record<string, unknown>, at: string) {
  const participant = currentParticipant(ctx);
  return {
    meetingId,
    recommendationId: null,
    actorId: participant?.id ?? null,
    actorName: participant?.name ?? null,
    action,
    detail,
    at,
  };
}
