/**
 * The IPC contract, written once: each channel has a zod input schema and a result type.
 * The main process validates every payload against it; the preload and the renderer's client are
 * typed from it; the CLI and the browser bridge dispatch through the same table.
 * Channel names follow `domain:verb`.
 */
import { z } from 'zod';
import type {
  Committee,
  Locale,
  MeetingDetail,
  MeetingSummary,
  Participant,
  Recommendation,
  SearchHit,
  VersionInfo,
} from '../domain/types';
import { documentSchema, id, isoDate, locale, numbering, requiredText, role, shortText } from './schemas';

/** Declares a channel: the result type is carried as a phantom, the schema is real. */
function channel<R>() {
  return <S extends z.ZodType>(input: S) => ({ input, result: undefined as unknown as R });
}

const meetingFields = {
  title: requiredText(300),
  organisation: shortText(300).default(''),
  venue: shortText(200).default(''),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
};

export interface AppInfo {
  version: string;
  locale: Locale;
  databasePath: string;
}

export const contract = {
  'app:info': channel<AppInfo>()(z.object({}).strict()),
  'settings:setLocale': channel<{ locale: Locale }>()(z.object({ locale }).strict()),

  'meeting:list': channel<MeetingSummary[]>()(z.object({}).strict()),
  'meeting:create': channel<MeetingDetail>()(z.object(meetingFields).strict()),
  'meeting:get': channel<MeetingDetail>()(z.object({ meetingId: id }).strict()),
  'meeting:update': channel<MeetingDetail>()(
    z
      .object({
        meetingId: id,
        title: requiredText(300).optional(),
        organisation: shortText(300).optional(),
        venue: shortText(200).optional(),
        startsOn: isoDate.nullable().optional(),
        endsOn: isoDate.nullable().optional(),
        numbering: numbering.optional(),
      })
      .strict(),
  ),

  'committee:add': channel<Committee>()(z.object({ meetingId: id, name: requiredText(200) }).strict()),
  'committee:rename': channel<Committee>()(z.object({ committeeId: id, name: requiredText(200) }).strict()),
  'committee:reorder': channel<Committee[]>()(
    z.object({ meetingId: id, committeeIds: z.array(id).min(1).max(500) }).strict(),
  ),

  'participant:add': channel<Participant>()(
    z.object({ meetingId: id, name: requiredText(200), delegation: requiredText(200), role }).strict(),
  ),

  'recommendation:create': channel<Recommendation>()(
    z.object({ meetingId: id, committeeId: id, title: requiredText(500) }).strict(),
  ),
  'recommendation:get': channel<Recommendation>()(z.object({ recommendationId: id }).strict()),
  'recommendation:save': channel<Recommendation>()(
    z
      .object({
        recommendationId: id,
        /** The head the editor started from; a save on a stale head still appends, never overwrites. */
        baseVersionId: id,
        title: requiredText(500),
        body: documentSchema,
      })
      .strict(),
  ),
  'recommendation:versions': channel<VersionInfo[]>()(z.object({ recommendationId: id }).strict()),

  'search:query': channel<SearchHit[]>()(z.object({ meetingId: id, query: shortText(200) }).strict()),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends Channel> = Contract[C]['result'];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
