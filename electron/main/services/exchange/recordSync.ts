/**
 * Edits of the meeting, its committees and its participants arriving in a package (README.md,
 * "Changes"): last writer wins, field by field, by their change stamps. A value that would break a
 * rule here (an empty title, an end before the start, a committee name another committee already
 * has) is not taken and its stamp not adopted: ours stays, and nothing is lost.
 */
import { comparisonKey } from '../../../../shared/domain/fields';
import {
  COMMITTEE_STAMPED_FIELDS,
  MEETING_STAMPED_FIELDS,
  PARTICIPANT_STAMPED_FIELDS,
  type ChangeStamp,
  type PalabrePackage,
} from '../../../../shared/package/format';
import { isLaterChange } from '../../../../shared/package/stamps';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { ServiceContext } from '../context';
import { adoptStamp, stamped } from '../stamps';

/** The fields of a record whose change in the package is later than ours. */
function laterFields<K extends string>(ctx: ServiceContext, entityId: string, fields: readonly K[], changes: Partial<Record<K, ChangeStamp>> | undefined): Array<[K, ChangeStamp]> {
  if (!changes) return [];
  const out: Array<[K, ChangeStamp]> = [];
  for (const field of fields) {
    const theirs = changes[field];
    if (!theirs) continue;
    const ours = ctx.stamps.get(entityId, field);
    if (isLaterChange(stamped(theirs), ours && stamped(ours))) out.push([field, theirs]);
  }
  return out;
}

/**
 * Takes the package's later edits. `delegationIds` maps the package's delegations to ours (one
 * of the same name here is the same delegation). Returns whether any value here changed.
 */
export function applyRecordChanges(ctx: ServiceContext, pkg: PalabrePackage, delegationIds: ReadonlyMap<string, string>): boolean {
  let changed = applyMeetingChanges(ctx, pkg);
  const meetingId = pkg.meeting.id;

  for (const c of pkg.committees) {
    const here = ctx.meetings.committeeRecord(c.id);
    if (!here || here.meetingId !== meetingId) continue;
    for (const [, stamp] of laterFields(ctx, c.id, COMMITTEE_STAMPED_FIELDS, c.changes)) {
      const taken = ctx.meetings.committees(meetingId).some((k) => k.id !== c.id && comparisonKey(k.name) === comparisonKey(c.name));
      if (taken || c.name.trim() === '') continue;
      if (here.name !== c.name) {
        ctx.meetings.renameCommittee(c.id, c.name);
        changed = true;
      }
      adoptStamp(ctx, c.id, 'name', stamp);
    }
  }

  for (const p of pkg.participants) {
    if (ctx.exchange.participantMeeting(p.id) !== meetingId) continue;
    const later = laterFields(ctx, p.id, PARTICIPANT_STAMPED_FIELDS, p.changes);
    if (later.length === 0) continue;
    const here = ctx.people.participant(p.id);
    // A participant removed here stays removed; their edits wait for nobody.
    if (!here) continue;
    const row = { id: p.id, name: here.name, delegationId: ctx.exchange.delegationByName(meetingId, here.delegation)!, role: here.role };
    const before = JSON.stringify(row);
    for (const [field, stamp] of later) {
      if (field === 'name' && p.name.trim() !== '') row.name = p.name;
      if (field === 'role') row.role = p.role;
      if (field === 'delegationId') row.delegationId = delegationIds.get(p.delegationId) ?? row.delegationId;
      adoptStamp(ctx, p.id, field, stamp);
    }
    if (JSON.stringify(row) !== before) {
      ctx.people.updateParticipant(row);
      changed = true;
    }
  }
  return changed;
}

function applyMeetingChanges(ctx: ServiceContext, pkg: PalabrePackage): boolean {
  const meeting = ctx.meetings.get(pkg.meeting.id);
  if (!meeting) return false;
  const later = laterFields(ctx, meeting.id, MEETING_STAMPED_FIELDS, pkg.meeting.changes);
  if (later.length === 0) return false;
  const theirs = pkg.meeting;
  const row: MeetingRow = { ...meeting };
  const taken: typeof later = [];
  for (const entry of later) {
    const [field] = entry;
    if (field === 'intro') row.introJson = theirs.intro ? JSON.stringify(theirs.intro) : null;
    else if (field === 'title') {
      if (theirs.title.trim() === '') continue;
      row.title = theirs.title;
    } else (row as unknown as Record<string, unknown>)[field] = theirs[field];
    taken.push(entry);
  }
  // Dates: one side may have moved the start, the other the end; a pair that no longer holds keeps ours.
  if (row.startsOn && row.endsOn && row.endsOn < row.startsOn) {
    row.startsOn = meeting.startsOn;
    row.endsOn = meeting.endsOn;
    taken.splice(0, taken.length, ...taken.filter(([f]) => f !== 'startsOn' && f !== 'endsOn'));
  }
  for (const [field, stamp] of taken) adoptStamp(ctx, meeting.id, field, stamp);
  const changed = MEETING_STAMPED_FIELDS.some((f) => (f === 'intro' ? row.introJson !== meeting.introJson : row[f] !== meeting[f]));
  if (changed) ctx.meetings.update({ ...row, updatedAt: ctx.timestamp() });
  return changed;
}
