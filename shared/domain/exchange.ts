/**
 * Types of contributions between machines: what an import reports, a merge conflict as the
 * rapporteur sees it, near-duplicates. Pure data, like types.ts.
 */
import type { SerializedNode } from '../document/lexicalJson';
import type { PackageKind } from '../package/format';
import type { TextHunk } from '../merge/text';
import type { RecommendationFields } from './types';

export interface PackagedFile {
  /** The file's name without its folder (the renderer never sees a path). */
  name: string;
  kind: PackageKind;
  meetingId: string;
  meetingTitle: string;
  createdAt: string;
  createdByName: string | null;
  digest: string;
}

export interface ExportResult extends PackagedFile {
  recommendationCount: number;
  versionCount: number;
  commentCount: number;
  /** A contribution carrying only what changed since the package it builds on (format 3). */
  thin: boolean;
  /** Its text passed what a plain package may weigh: written gzip-compressed. */
  compressed: boolean;
  bytes: number;
}

export interface ConflictRef {
  recommendationId: string;
  conflictIds: string[];
}

export interface DuplicatePair {
  /** The two recommendations, the older first. */
  recommendationIds: [string, string];
  titles: [string, string];
  authorNames: [string | null, string | null];
  /** Dice similarity (0 to 1) of their normalised words, stop words left out. */
  similarity: number;
}

/** What an import did; each recommendation is in one of created, fastForwarded, merged, unchanged. */
export interface ImportSummary {
  meetingId: string;
  /** The meeting was not on this machine: it was set up from the package. */
  meetingCreated: boolean;
  files: PackagedFile[];
  created: string[];
  fastForwarded: string[];
  merged: string[];
  unchanged: string[];
  /** Merges (or deletions against edits) that left conflicts to resolve. */
  conflicts: ConflictRef[];
  /** Put in the trash here because they were deleted on the sender's machine. */
  deleted: string[];
  /** Taken out of the trash here because they were restored on the sender's machine. */
  restored: string[];
  /** Near-duplicates involving a recommendation created by this import. */
  duplicates: DuplicatePair[];
  /** An edit of the meeting, a committee or a participant made elsewhere was taken. */
  detailsUpdated: boolean;
  committeesAdded: number;
  /** Names of committees removed here because they were removed elsewhere (none held a recommendation here). */
  committeesRemoved: string[];
  /** Names of removed committees back here: brought back elsewhere, or a recommendation received stands in one. */
  committeesRestored: string[];
  /** Names of committees removed elsewhere and kept here, because they hold recommendations here. */
  committeesKept: string[];
  participantsAdded: number;
  /** Names of participants removed here because they were removed elsewhere (their names stay on what they wrote). */
  participantsRemoved: string[];
  commentsAdded: number;
  /** Comments already here that were deleted, edited or resolved elsewhere since. */
  commentsUpdated: number;
  /** Word documents imported alongside (their recommendations are in `created` too). */
  wordFiles: WordFileImported[];
  /** Nothing at all was written. */
  noChange: boolean;
}

/** A Word (.docx) contribution taken in by `import`. */
export interface WordFileImported {
  name: string;
  /** The same document (same bytes) was already imported into this meeting: nothing was taken from it again. */
  alreadyImported: boolean;
  recommendations: number;
  committeesCreated: number;
  commentsCarried: number;
  amendments: number;
}

/** deletion: put in the trash on one side, edited on the other (target: the side that deleted). */
export type ConflictKind = 'body' | 'title' | 'field' | 'deletion';
/** keep / delete: for a deletion against an edit. */
export type ConflictResolution = 'ours' | 'theirs' | 'both' | 'edit' | 'keep' | 'delete';

/** One side of a conflict: the text (or value) and who wrote it. */
export interface ConflictSide {
  /** The paragraph's or title's text; for a field, its value shown as text. */
  text: string;
  /** For a field: its value; for a paragraph: the block (null when this side removed it). */
  value: unknown;
  authorId: string | null;
  authorName: string | null;
  versionId: string | null;
}

export interface ConflictInfo {
  id: string;
  meetingId: string;
  recommendationId: string;
  recommendationTitle: string;
  kind: ConflictKind;
  /** body: the paragraph's stable id; field: the field's name; title: null. */
  target: string | null;
  field: keyof RecommendationFields | null;
  base: ConflictSide;
  ours: ConflictSide;
  theirs: ConflictSide;
  /** The overlapping passages inside a paragraph or title. */
  hunks: TextHunk[];
  status: 'open' | 'resolved';
  resolution: ConflictResolution | null;
  resolvedByName: string | null;
  resolvedAt: string | null;
  createdAt: string;
}

export interface ConflictResolutionResult {
  conflict: ConflictInfo;
  /** The recommendation's head after the resolution (a new version when the text changed). */
  headVersionId: string;
}

export type { SerializedNode };
