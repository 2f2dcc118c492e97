/**
 * What the rapporteur sees before a Word document is imported, and what they may change: the
 * proposal of mapping.ts, with the counts of what mammoth cannot carry (tracked changes, comments),
 * and the choices sent back with the import.
 */
import type { Localized } from '../domain/types';

export interface DocxPreviewCommittee {
  key: string;
  name: string;
  /** The meeting's committee it matches; null: it would be created. */
  existingId: string | null;
  recommendationCount: number;
}

export interface DocxPreviewRecommendation {
  index: number;
  title: string;
  committeeKey: string;
  excerpt: string;
  wordCount: number;
  preambularCount: number;
  operativeCount: number;
  /** Word comments that would be carried as general comments of this recommendation. */
  commentCount: number;
}

export type DocxWarningCode = 'tracked_changes' | 'tracked_changes_amendable' | 'comments' | 'comments_unplaced' | 'creator_unknown' | 'default_committee';

export interface DocxWarning {
  code: DocxWarningCode;
  message: Localized;
}

export interface DocxPreview {
  /** SHA-256 of the file: the import must be given the same bytes. */
  digest: string;
  fileName: string;
  committees: DocxPreviewCommittee[];
  recommendations: DocxPreviewRecommendation[];
  trackedChanges: {
    insertions: number;
    deletions: number;
    authors: string[];
    /**
     * The text before the changes maps to the same recommendations as the text after them, so the
     * import can take the text before and carry the changes as amendments (choice `trackedChanges: 'amend'`).
     */
    amendable: boolean;
  };
  comments: Array<{ author: string; text: string; recommendationIndex: number | null }>;
  /** The author named in the file's properties, and the participant of the meeting it matches. */
  creator: { name: string | null; participantId: string | null };
  warnings: DocxWarning[];
}

/** Where a recommendation goes: a committee of the meeting, or one of the preview's (new) committees by key. */
export type DocxCommitteeChoice = { committeeId: string } | { committeeKey: string };

export interface DocxImportChoices {
  /** Indexes to leave out. */
  skip?: number[];
  /** Per recommendation index, another committee than the proposed one. */
  committees?: Record<string, DocxCommitteeChoice>;
  /** Per new committee key, another name. */
  committeeNames?: Record<string, string>;
  /** Carry the Word comments as general comments (default true). */
  carryComments?: boolean;
  /**
   * 'accept' (default): the text with the tracked changes accepted. 'amend': the text as it was
   * before them, each changed recommendation getting an amendment with the changes, by their author.
   */
  trackedChanges?: 'accept' | 'amend';
}

export interface DocxImportResult {
  created: Array<{ recommendationId: string; index: number; title: string; committeeId: string }>;
  committeesCreated: Array<{ committeeId: string; name: string }>;
  commentsCarried: number;
  /** Amendments proposed with the tracked changes (choice `trackedChanges: 'amend'`). */
  amendments: Array<{ amendmentId: string; recommendationId: string }>;
  authorId: string | null;
}

export function docxWarning(code: DocxWarningCode, detail: { count?: number; name?: string } = {}): DocxWarning {
  const n = detail.count ?? 0;
  const name = detail.name ?? '';
  const messages: Record<DocxWarningCode, Localized> = {
    tracked_changes: {
      fr: `Le document contient des modifications suivies (${n})\u00A0: le texte importé est celui où elles sont acceptées.`,
      en: `The document holds tracked changes (${n}): the text imported is the one with them accepted.`,
    },
    tracked_changes_amendable: {
      fr: `Le document contient des modifications suivies (${n})\u00A0: le texte importé est celui où elles sont acceptées, ou, au choix, celui d’avant, les modifications devenant des amendements.`,
      en: `The document holds tracked changes (${n}): the text imported is the one with them accepted or, if chosen, the one before them, the changes becoming amendments.`,
    },
    comments: {
      fr: `Le document contient des commentaires Word (${n})\u00A0: ils sont repris comme commentaires généraux, avec leur auteur.`,
      en: `The document holds Word comments (${n}): they are carried as general comments, with their author.`,
    },
    comments_unplaced: {
      fr: `Commentaires Word dont le passage n’a pas été retrouvé (${n})\u00A0: ils vont à la première recommandation.`,
      en: `Word comments whose passage was not found (${n}): they go to the first recommendation.`,
    },
    creator_unknown: {
      fr: `L’auteur du fichier («\u00A0${name}\u00A0») n’est pas un participant de la réunion\u00A0: choisissez au nom de qui importer.`,
      en: `The file’s author (“${name}”) is not a participant of the meeting: choose on whose behalf to import.`,
    },
    default_committee: {
      fr: `Du texte précède tout titre\u00A0: il va dans la commission «\u00A0${name}\u00A0».`,
      en: `Some text comes before any heading: it goes to the committee “${name}”.`,
    },
  };
  return { code, message: messages[code] };
}
