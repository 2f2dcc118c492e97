/**
 * Types of the review workflow: history and comparison of versions, milestones, comments,
 * amendments and the audit log. Pure data, like types.ts.
 */
import type { AnchorState, ResolvedAnchor, TextAnchor } from '../comments/anchor';
import type { ChangeHunk } from '../diff/hunks';
import type { DiffRun, DocumentDiff } from '../diff/types';
import type { Localized, Recommendation, RecommendationFields, RecommendationStatus, VersionInfo, VersionOrigin } from './types';

export const AMENDMENT_STATUSES = ['pending', 'accepted', 'partially_accepted', 'rejected'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** Someone credited on a version besides its author (the author of an accepted amendment). */
export interface Coauthor {
  id: string | null;
  name: string;
}

/** A version in a recommendation's history. */
export interface HistoryVersion extends VersionInfo {
  authorId: string | null;
  coauthors: Coauthor[];
  /** The current version. */
  isHead: boolean;
  /** When this version is an amendment's proposal (never the head itself), the amendment and its status. */
  amendmentId: string | null;
  amendmentStatus: AmendmentStatus | null;
}

/** One field that differs between two versions, with its value on each side. */
export type FieldChange = {
  [K in keyof RecommendationFields]: { field: K; before: RecommendationFields[K]; after: RecommendationFields[K] };
}[keyof RecommendationFields];

export interface VersionRef {
  id: string;
  authorName: string | null;
  origin: VersionOrigin;
  createdAt: string;
}

/** What changed from one version of a recommendation to another. */
export interface RecommendationDiff {
  recommendationId: string;
  from: VersionRef;
  to: VersionRef;
  title: { before: string; after: string; runs: DiffRun[] };
  body: DocumentDiff;
  fields: FieldChange[];
  /** Nothing differs: title, text and fields are the same. */
  identical: boolean;
}

export interface Milestone {
  id: string;
  meetingId: string;
  name: string;
  createdAt: string;
  createdByName: string | null;
  /** Recommendations in the snapshot (the trash excluded, withdrawn ones included). */
  recommendationCount: number;
}

/** A recommendation as a milestone comparison lists it. Numbers are '' when unnumbered, null when absent on that side. */
export interface ComparedRecommendation {
  recommendationId: string;
  title: string;
  committeeName: string;
  status: RecommendationStatus;
  numberBefore: string | null;
  numberAfter: string | null;
}

export type RemovalReason = 'deleted' | 'withdrawn' | 'merged';

export interface MilestoneComparison {
  meetingId: string;
  from: Milestone;
  /** null: compared with the meeting as it is now. */
  to: Milestone | null;
  /** In the later state, not in the earlier one (or withdrawn there). */
  added: ComparedRecommendation[];
  /** In the earlier state, and since deleted, withdrawn or merged into another. */
  removed: Array<ComparedRecommendation & { reason: RemovalReason }>;
  /** On both sides, with a different title, text or fields. */
  changed: Array<ComparedRecommendation & { diff: RecommendationDiff }>;
  /** On both sides, numbered on both, under another number (changed or not). */
  renumbered: ComparedRecommendation[];
  /** On both sides with the same title, text and fields (renumbered or not). */
  unchangedCount: number;
}

export interface CommentInfo {
  id: string;
  recommendationId: string;
  /** The thread's first comment, for a reply; null for a thread. */
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  authorDelegation: string | null;
  /** Empty when deleted (a deleted thread stays, as a placeholder, while it has replies). */
  text: string;
  createdAt: string;
  /** When its author last edited it; null if never. */
  updatedAt: string | null;
  deleted: boolean;
  /** Written by whoever acts now: they may edit or delete it. */
  mine: boolean;
}

export interface CommentAnchorInfo {
  /** The span as it was commented on, and the version it was in. */
  original: TextAnchor & { versionId: string };
  /** How it was found again on the current version (see shared/comments/anchor.ts). */
  state: AnchorState;
  /** Where it stands on the current version; null when detached. */
  current: ResolvedAnchor | null;
}

export interface CommentThread extends CommentInfo {
  /** null: a general comment on the recommendation. */
  anchor: CommentAnchorInfo | null;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedByName: string | null;
  /** Oldest first. */
  replies: CommentInfo[];
}

export interface Amendment {
  id: string;
  recommendationId: string;
  meetingId: string;
  recommendationNumber: string;
  /** The recommendation's current title. */
  recommendationTitle: string;
  /** The version holding the proposed text (never the head). */
  versionId: string;
  /** The head the amendment was written against. */
  baseVersionId: string;
  authorId: string | null;
  authorName: string | null;
  authorDelegation: string | null;
  /** The title the amendment proposes. */
  title: string;
  /** Why it is proposed (exposé des motifs); may be empty. */
  note: string;
  status: AmendmentStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedByName: string | null;
  /** The version the decision made (null when everything was rejected, or still pending). */
  resultVersionId: string | null;
  /** The text has changed since the amendment was proposed (its review takes those changes into account). */
  headMoved: boolean;
}

/** A change of an amendment, as the rapporteur decides on it. */
export interface ReviewHunk extends ChangeHunk {
  /** The head was also edited there since the amendment was written: accepting undoes that edit in this block. */
  conflict: boolean;
}

export interface AmendmentReview {
  amendment: Amendment;
  /** The head the review was made against. */
  headVersionId: string;
  title: { before: string; after: string; runs: DiffRun[]; hunkId: string | null };
  /** The redline, each changed run carrying its hunk's id. */
  body: DocumentDiff;
  fields: Array<FieldChange & { hunkId: string }>;
  /** Every change, in reading order: title, then the text, then the fields. */
  hunks: ReviewHunk[];
}

export interface AmendmentDecision {
  amendment: Amendment;
  recommendation: Recommendation;
  accepted: string[];
  rejected: string[];
}

export interface AuditEntryInfo {
  id: number;
  at: string;
  meetingId: string | null;
  recommendationId: string | null;
  /** The recommendation's current title (null for meeting-wide entries). */
  recommendationTitle: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
  detail: Record<string, unknown>;
  /** What happened, in a sentence, in both languages. */
  summary: Localized;
}
