/**
 * Domain types shared by every side of Palabre. Pure data: no behaviour, no platform types.
 * Identifiers are UUID strings, identical on every machine that holds the same meeting.
 */
import type { SerializedDocument } from '../document/lexicalJson';

export const PARTICIPANT_ROLES = ['expert', 'rapporteur', 'secretariat', 'chair'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const RECOMMENDATION_STATUSES = [
  'draft',
  'under_review',
  'agreed',
  'adopted',
  'withdrawn',
  'merged_into',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const VERSION_ORIGINS = ['create', 'edit', 'import', 'merge', 'restore'] as const;
export type VersionOrigin = (typeof VERSION_ORIGINS)[number];

export const NUMBERING_SCHEMES = ['continuous', 'per_committee'] as const;
export type NumberingScheme = (typeof NUMBERING_SCHEMES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Whether French typography is applied to what is saved in a meeting ('none' for an English meeting). */
export const TYPOGRAPHY_MODES = ['fr', 'none'] as const;
export type TypographyMode = (typeof TYPOGRAPHY_MODES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A text in both languages of the interface. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * The structured fields of a recommendation. Every version carries all of them (in `fields_json`),
 * so that two diverged copies can later be merged field by field.
 */
export interface RecommendationFields {
  status: RecommendationStatus;
  committeeId: string;
  /** Who the recommendation is addressed to (« Conseil des Ministres », « États membres »…). */
  addressees: string[];
  /** Who carries it out. */
  leadActors: string[];
  /** Free text: « 2026 », « court terme ». */
  horizon: string;
  /** ISO date (YYYY-MM-DD) or null. */
  deadline: string | null;
  priority: Priority | null;
}

/** The fields a user edits directly (status and committee have their own use-cases). */
export type EditableFields = Pick<RecommendationFields, 'addressees' | 'leadActors' | 'horizon' | 'deadline' | 'priority'>;

/** Filters of the recommendation list and of search; every filter given must match. */
export interface RecommendationFilters {
  committeeId?: string | undefined;
  /** Any of these statuses. */
  status?: RecommendationStatus[] | undefined;
  /** The recommendation's author. */
  authorId?: string | undefined;
  /** The delegation of the recommendation's author (its name). */
  delegation?: string | undefined;
  /** One of the addressees (compared without case, accents or apostrophe style). */
  addressee?: string | undefined;
}

export type StatusCounts = Record<RecommendationStatus, number>;

export interface MeetingSummary {
  id: string;
  title: string;
  organisation: string;
  venue: string;
  startsOn: string | null;
  endsOn: string | null;
  recommendationCount: number;
  updatedAt: string;
}

export interface Committee {
  id: string;
  meetingId: string;
  name: string;
  position: number;
}

export interface Participant {
  id: string;
  meetingId: string;
  name: string;
  delegation: string;
  role: ParticipantRole;
}

/** A delegation that has at least one participant, with how many. */
export interface Delegation {
  id: string;
  meetingId: string;
  name: string;
  participantCount: number;
}

export interface RecommendationSummary extends RecommendationFields {
  id: string;
  meetingId: string;
  position: number;
  /** Display number derived from order and the meeting's numbering scheme ("3" or "1.2"); '' when withdrawn. */
  number: string;
  title: string;
  /** The participant who proposed the recommendation (null when no one was set as "who am I"). */
  authorId: string | null;
  authorName: string | null;
  /** The author's delegation, for « par X (Mali) » and for filtering by delegation. */
  authorDelegation: string | null;
  /** Who saved the current version. */
  lastEditorName: string | null;
  updatedAt: string;
  /**
   * Amendments proposed and not yet decided. Always set by the main process; optional in the type
   * only so that summaries built before it existed (test fixtures) stay valid.
   */
  pendingAmendmentCount?: number;
  /** Comment threads not resolved (replies not counted). Always set by the main process, like the above. */
  openCommentCount?: number;
}

export interface MeetingDetail {
  id: string;
  title: string;
  organisation: string;
  venue: string;
  startsOn: string | null;
  endsOn: string | null;
  numbering: NumberingScheme;
  typography: TypographyMode;
  /** The introductory text of the report (context of the meeting), or null when none was written. */
  intro: SerializedDocument | null;
  createdAt: string;
  updatedAt: string;
  committees: Committee[];
  /** Sorted by delegation, then name, in French collation. */
  participants: Participant[];
  /** Delegations with at least one participant, in French collation. */
  delegations: Delegation[];
  /** Recommendations in reading order (the trash excluded). */
  recommendations: RecommendationSummary[];
  /** How many recommendations have each status (the trash excluded). */
  statusCounts: StatusCounts;
  /** Amendments awaiting a decision, over the meeting's recommendations (the trash excluded). */
  pendingAmendmentCount: number;
}

export interface Recommendation extends RecommendationSummary {
  headVersionId: string;
  body: SerializedDocument;
  committeeName: string;
}

export interface VersionInfo {
  id: string;
  recommendationId: string;
  parentIds: string[];
  title: string;
  authorName: string | null;
  origin: VersionOrigin;
  createdAt: string;
  wordCount: number;
  /** The fields this version carries (status, committee, addressees…). */
  fields: RecommendationFields;
}

export const SEARCH_FIELDS = ['title', 'body', 'comments'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchHit {
  recommendationId: string;
  number: string;
  title: string;
  committeeName: string;
  status: RecommendationStatus;
  /** Where the excerpt comes from: the text, a comment, or the title alone. */
  matchedIn: SearchField;
  /** Excerpt with matches delimited by MATCH_START / MATCH_END, to be rendered as highlights. */
  excerpt: string;
}

/**
 * One page of a search: the best hits first. `total` is how many recommendations match in all, so
 * that « 600 résultats » is said even when the first page shows thirty; the next page starts at
 * `offset + hits.length`.
 */
export interface SearchResults {
  hits: SearchHit[];
  total: number;
  offset: number;
}

/** Hits in a page of search results unless the caller asks for another number (at most SEARCH_MAX_PAGE). */
export const SEARCH_PAGE = 30;
export const SEARCH_MAX_PAGE = 100;

/** A recommendation in the trash: out of numbering and search until restored. */
export interface TrashItem {
  id: string;
  meetingId: string;
  committeeId: string;
  committeeName: string;
  title: string;
  status: RecommendationStatus;
  deletedAt: string;
  deletedByName: string | null;
}

/** Control characters that never occur in user text (stripped on input) and so can delimit matches. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
