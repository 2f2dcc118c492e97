/**
 * The plain data a Word report is built from. The main process gathers it (as of a milestone or now,
 * the statuses asked for, the changes since an earlier milestone); the builder turns it into a
 * `docx` Document and knows nothing of the database.
 */
import type { SerializedDocument } from '../document/lexicalJson';
import type { DiffRun, DocumentDiff } from '../diff/types';
import type { Locale, ParticipantRole } from '../domain/types';

/** final: the clean report; review: with tracked changes and comments; table: the compilation table. */
export const REPORT_KINDS = ['final', 'review', 'table'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportLogo {
  data: Uint8Array;
  type: 'png' | 'jpg';
  /** Pixels, read from the image itself (see logo.ts). */
  width: number;
  height: number;
}

/** Who made a change and when (the author and time of the version that made it). */
export interface ChangeAuthor {
  author: string;
  /** ISO date-time. */
  date: string;
}

/** The changes of a recommendation since the earlier state, for the review copy. */
export interface ReportChanges {
  /** Runs of the title (all 'insert' for a recommendation that did not exist before). */
  titleRuns: DiffRun[];
  titleAuthor: ChangeAuthor;
  /** Who made each title run, parallel to `titleRuns` (null or absent: `titleAuthor`). */
  titleRunAuthors?: Array<ChangeAuthor | null>;
  body: DocumentDiff;
  /** Who last changed each block, by its index in `body.blocks`; `fallback` for the others. */
  blockAuthors: Array<ChangeAuthor | null>;
  /**
   * Who made each run of each block, parallel to `body.blocks[i].runs` (null or absent: the block's
   * author): the runs are cut where the versions in between changed hands.
   */
  runAuthors?: Array<Array<ChangeAuthor | null>>;
  fallback: ChangeAuthor;
  /** The fields shown under the title as they were before (null: the recommendation is new), and who last changed them. */
  earlierFields: ReportFieldValues | null;
  fieldsAuthor: ChangeAuthor;
}

export interface ReportFieldValues {
  addressees: string[];
  leadActors: string[];
  horizon: string;
  deadline: string | null;
}

export interface ReportCommentReply {
  author: string;
  date: string;
  text: string;
}

export interface ReportComment extends ReportCommentReply {
  resolved: boolean;
  /** Where the comment is anchored in the recommendation's text as exported; null: on the title. */
  anchor: { blockIndex: number; start: number; end: number } | null;
  replies: ReportCommentReply[];
}

export interface ReportRecommendation {
  id: string;
  number: string;
  title: string;
  addressees: string[];
  leadActors: string[];
  horizon: string;
  /** ISO date or null. */
  deadline: string | null;
  body: SerializedDocument;
  /** Review copy only. */
  changes: ReportChanges | null;
  /** Review copy only. */
  comments: ReportComment[];
  /** Compilation table only: the text as of the earlier milestone (null: it did not exist then). */
  earlierBody: SerializedDocument | null;
  earlierTitle: string | null;
  earlierNumber: string | null;
  /** Compilation table only: authors of the versions in between, in order of their first version. */
  contributors: string[];
  /**
   * Review copy and table: the recommendation was in the earlier milestone and has been removed
   * since (put in the trash, withdrawn or merged), by whom and when. Its number, title, fields and
   * text are then those of the earlier milestone.
   */
  removed?: ChangeAuthor;
}

export interface ReportCommittee {
  name: string;
  recommendations: ReportRecommendation[];
}

export interface ReportParticipant {
  name: string;
  role: ParticipantRole;
}

export interface ReportDelegation {
  name: string;
  participants: ReportParticipant[];
}

export interface ReportMilestoneRef {
  name: string;
  /** ISO date-time. */
  date: string;
}

export interface ReportData {
  kind: ReportKind;
  /** Language of the labels and of the document's language tag. */
  locale: Locale;
  /** Whether French typography applies to the meeting's texts. */
  frenchTypography: boolean;
  meeting: {
    title: string;
    organisation: string;
    venue: string;
    startsOn: string | null;
    endsOn: string | null;
    intro: SerializedDocument | null;
  };
  /** The state exported: a milestone, or null for the texts as they are now. */
  asOf: ReportMilestoneRef | null;
  /** The earlier milestone the review copy and the table compare with. */
  since: ReportMilestoneRef | null;
  /** ISO date-time of the export (the "now" of `asOf`). */
  generatedAt: string;
  committees: ReportCommittee[];
  delegations: ReportDelegation[];
  logo: ReportLogo | null;
}
