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
  RecommendationSummary,
  SearchResults,
  TrashItem,
  VersionInfo,
} from '../domain/types';
import { SEARCH_MAX_PAGE } from '../domain/types';
import { docxChannels } from './docxChannels';
import { backupChannels } from './backupChannels';
import { exchangeChannels } from './exchangeChannels';
import { fileChannels } from './fileChannels';
import { reportChannels } from './reportChannels';
import { reviewChannels } from './reviewChannels';
import {
  channel,
  documentSchema,
  editableFields,
  id,
  isoDate,
  locale,
  numbering,
  recommendationFilters,
  requiredText,
  role,
  shortText,
  status,
  typography,
} from './schemas';


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
  'meeting:create': channel<MeetingDetail>()(
    z.object({ ...meetingFields, numbering: numbering.optional(), typography: typography.optional(), intro: documentSchema.nullable().optional() }).strict(),
  ),
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
        /** 'fr' applies French typography to what is saved in the meeting; 'none' for an English meeting. */
        typography: typography.optional(),
        /** The introductory text of the report; null removes it. */
        intro: documentSchema.nullable().optional(),
      })
      .strict(),
  ),

  'committee:add': channel<Committee>()(z.object({ meetingId: id, name: requiredText(200) }).strict()),
  'committee:rename': channel<Committee>()(z.object({ committeeId: id, name: requiredText(200) }).strict()),
  'committee:reorder': channel<Committee[]>()(
    z.object({ meetingId: id, committeeIds: z.array(id).min(1).max(500) }).strict(),
  ),
  /** Removes an empty committee; refused while it holds recommendations. Returns the remaining committees. */
  'committee:remove': channel<Committee[]>()(z.object({ committeeId: id }).strict()),

  'participant:add': channel<Participant>()(
    z.object({ meetingId: id, name: requiredText(200), delegation: requiredText(200), role }).strict(),
  ),
  'participant:update': channel<Participant>()(
    z
      .object({ participantId: id, name: requiredText(200).optional(), delegation: requiredText(200).optional(), role: role.optional() })
      .strict(),
  ),
  /** Soft removal: the participant leaves the lists; their name stays on what they wrote. Returns the remaining participants. */
  'participant:remove': channel<Participant[]>()(z.object({ participantId: id }).strict()),

  /** Who am I on this database: the participant whose name goes on every version, comment and decision. */
  'profile:get': channel<Participant | null>()(z.object({}).strict()),
  'profile:set': channel<Participant>()(z.object({ participantId: id }).strict()),

  'recommendation:create': channel<Recommendation>()(
    z.object({ meetingId: id, committeeId: id, title: requiredText(500), body: documentSchema.optional(), ...editableFields }).strict(),
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
  /** Changes addressees, lead actors, horizon, deadline or priority: a new version when something changed. */
  'recommendation:setFields': channel<Recommendation>()(z.object({ recommendationId: id, ...editableFields }).strict()),
  /** Follows the status workflow (see statusWorkflow.ts); a new version and an audit entry. */
  'recommendation:setStatus': channel<Recommendation>()(z.object({ recommendationId: id, status }).strict()),
  /**
   * Puts a recommendation at `position` (1-based, clamped to the end) in `committeeId`; the others
   * shift. Returns the meeting's recommendations, renumbered.
   */
  'recommendation:move': channel<RecommendationSummary[]>()(
    z.object({ recommendationId: id, committeeId: id, position: z.int().min(1).max(100_000) }).strict(),
  ),
  /** To the trash (restorable). Returns the meeting's recommendations, renumbered. */
  'recommendation:delete': channel<RecommendationSummary[]>()(z.object({ recommendationId: id }).strict()),
  'recommendation:restore': channel<Recommendation>()(z.object({ recommendationId: id }).strict()),
  'recommendation:list': channel<RecommendationSummary[]>()(
    z.object({ meetingId: id, filters: recommendationFilters.optional() }).strict(),
  ),

  'trash:list': channel<TrashItem[]>()(z.object({ meetingId: id }).strict()),

  'search:query': channel<SearchResults>()(
    z
      .object({
        meetingId: id,
        query: shortText(200),
        filters: recommendationFilters.optional(),
        // A page of the results: the first by default; the next ones as the user asks for more.
        offset: z.number().int().min(0).max(100_000).optional(),
        limit: z.number().int().min(1).max(SEARCH_MAX_PAGE).optional(),
      })
      .strict(),
  ),

  // History, milestones, comments, amendments and the audit log (issue 4).
  ...reviewChannels,

  // Word contributions (issue 5).
  ...docxChannels,
  // Backups and restore (issue 7).
  ...backupChannels,
  // Packages, merge conflicts and near-duplicates (issue 5).
  ...exchangeChannels,
  // Word export (issue 6).
  ...reportChannels,
  // File dialogs and dropped files (issue 5, item 6).
  ...fileChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends Channel> = Contract[C]['result'];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
