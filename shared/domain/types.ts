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

export interface RecommendationSummary {
  id: string;
  meetingId: string;
  committeeId: string;
  position: number;
  /** Display number derived from order and the meeting's numbering scheme ("3" or "1.2"). */
  number: string;
  title: string;
  status: RecommendationStatus;
  authorName: string | null;
  updatedAt: string;
}

export interface MeetingDetail {
  id: string;
  title: string;
  organisation: string;
  venue: string;
  startsOn: string | null;
  endsOn: string | null;
  numbering: NumberingScheme;
  createdAt: string;
  updatedAt: string;
  committees: Committee[];
  participants: Participant[];
  recommendations: RecommendationSummary[];
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
}

export interface SearchHit {
  recommendationId: string;
  number: string;
  title: string;
  committeeName: string;
  /** Excerpt with matches delimited by MATCH_START / MATCH_END, to be rendered as highlights. */
  excerpt: string;
}

/** Control characters that never occur in user text (stripped on input) and so can delimit matches. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
