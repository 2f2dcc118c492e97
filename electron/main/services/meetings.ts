/** Use-cases of a meeting itself: create, list, read, update (details, numbering, typography, introduction). */
import type { SerializedDocument } from '../../../shared/document/lexicalJson';
import { countByStatus } from '../../../shared/domain/filters';
import type { MeetingDetail, MeetingSummary, NumberingScheme, TypographyMode } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { MEETING_STAMPED_FIELDS } from '../../../shared/package/format';
import { cleanText } from '../../../shared/text';
import type { MeetingRow } from '../db/repositories/meetings';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { prepareDocument } from './documents';
import { requireMeeting } from './lookups';
import { listDelegations, listParticipants } from './participants';
import { listRecommendations } from './recommendations';
import { stampLocalChange } from './stamps';

export interface MeetingInput {
  title: string;
  organisation: string;
  venue: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface MeetingSettings {
  numbering?: NumberingScheme | undefined;
  typography?: TypographyMode | undefined;
  /** The introductory text; null removes it. */
  intro?: SerializedDocument | null | undefined;
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

export function createMeeting(ctx: ServiceContext, input: MeetingInput & MeetingSettings): MeetingDetail {
  const fields = cleanMeetingFields(input);
  const typography = input.typography ?? 'fr';
  const introJson = input.intro ? JSON.stringify(prepareDocument(ctx, input.intro, typography)) : null;
  const at = ctx.timestamp();
  const id = ctx.newId();
  ctx.db.transaction(() => {
    ctx.meetings.insert({ id, ...fields, numbering: input.numbering ?? 'continuous', typography, introJson, createdAt: at, updatedAt: at });
    recordAudit(ctx, { meetingId: id, action: 'meeting.create', detail: { title: fields.title }, at });
  })();
  return getMeeting(ctx, id);
}

export function getMeeting(ctx: ServiceContext, meetingId: string): MeetingDetail {
  const meeting = requireMeeting(ctx, meetingId);
  const recommendations = listRecommendations(ctx, meetingId);
  const { introJson, ...row } = meeting;
  return {
    ...row,
    intro: introJson ? (JSON.parse(introJson) as SerializedDocument) : null,
    committees: ctx.meetings.committees(meetingId),
    participants: listParticipants(ctx, meetingId),
    delegations: listDelegations(ctx, meetingId),
    recommendations,
    statusCounts: countByStatus(recommendations),
    pendingAmendmentCount: ctx.amendments.pendingInMeeting(meetingId),
  };
}

export function updateMeeting(ctx: ServiceContext, meetingId: string, changes: Partial<MeetingInput> & MeetingSettings): MeetingDetail {
  const meeting = requireMeeting(ctx, meetingId);
  const given = definedOnly(changes);
  const typography = changes.typography ?? meeting.typography;
  const fields = cleanMeetingFields({ ...meeting, ...given });
  let introJson = meeting.introJson;
  if (changes.intro === null) introJson = null;
  else if (changes.intro) introJson = JSON.stringify(prepareDocument(ctx, changes.intro, typography));
  const row: MeetingRow = {
    ...meeting,
    ...fields,
    numbering: changes.numbering ?? meeting.numbering,
    typography,
    introJson,
    updatedAt: ctx.timestamp(),
  };
  // What actually changed is stamped, field by field: packages carry each with its author and time.
  const changed = MEETING_STAMPED_FIELDS.filter((f) => (f === 'intro' ? row.introJson !== meeting.introJson : row[f] !== meeting[f]));
  ctx.db.transaction(() => {
    ctx.meetings.update(row);
    for (const field of changed) stampLocalChange(ctx, meetingId, field, row.updatedAt);
    recordAudit(ctx, { meetingId, action: 'meeting.update', detail: { fields: Object.keys(given) }, at: row.updatedAt });
  })();
  return getMeeting(ctx, meetingId);
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

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
