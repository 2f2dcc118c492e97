/**
 * The channels of the review workflow (history, comparison, milestones, comments, amendments, audit),
 * spread into the contract in channels.ts.
 */
import { z } from 'zod';
import type {
  Amendment,
  AmendmentDecision,
  AmendmentReview,
  AuditEntryInfo,
  CommentThread,
  HistoryVersion,
  Milestone,
  MilestoneComparison,
  RecommendationDiff,
} from '../domain/review';
import type { Recommendation } from '../domain/types';
import { channel, documentSchema, editableFields, id, requiredText, shortText } from './schemas';

/** A span of a block's text: offsets in UTF-16 units of the block's text, and the text quoted. */
const anchor = z
  .object({
    blockId: z.string().min(1).max(200),
    start: z.int().min(0).max(1_000_000),
    end: z.int().min(1).max(1_000_000),
    quote: z.string().min(1).max(2000),
  })
  .strict()
  .refine((a) => a.end > a.start, { message: 'end must be after start', path: ['end'] });

/** Ids of an amendment review's changes (see shared/diff/hunks.ts). */
const hunkIds = z.array(z.string().regex(/^h[0-9a-f]{12}$/)).max(5000);

const commentText = requiredText(10_000);

export const reviewChannels = {
  /** Every version, newest first, with author, co-authors, time, origin, parents, fields; amendment proposals marked. */
  'recommendation:history': channel<HistoryVersion[]>()(z.object({ recommendationId: id }).strict()),
  /** Word diff of two versions (any two, in either order) and the fields that differ. */
  'recommendation:diff': channel<RecommendationDiff>()(
    z.object({ recommendationId: id, fromVersionId: id, toVersionId: id }).strict(),
  ),
  /**
   * A new version (origin 'restore', parent: the head) with an old version's title, text and fields;
   * status and committee stay as they are. Nothing is written if it would change nothing.
   */
  'recommendation:restoreVersion': channel<Recommendation>()(z.object({ recommendationId: id, versionId: id }).strict()),

  /** Snapshot of every recommendation's head and number. Names are unique in a meeting. */
  'milestone:create': channel<Milestone>()(z.object({ meetingId: id, name: requiredText(200) }).strict()),
  /** Oldest first. */
  'milestone:list': channel<Milestone[]>()(z.object({ meetingId: id }).strict()),
  /** Compares a milestone with a later one, or with now (toMilestoneId null or absent). */
  'milestone:compare': channel<MilestoneComparison>()(
    z.object({ meetingId: id, fromMilestoneId: id, toMilestoneId: id.nullable().default(null) }).strict(),
  ),

  /** A thread (anchored to a span of the head, or general without anchor), or a reply (parentId, no anchor). Returns the thread. */
  'comment:add': channel<CommentThread>()(
    z.object({ recommendationId: id, text: commentText, anchor: anchor.optional(), parentId: id.optional() }).strict(),
  ),
  /** Threads with replies and their anchors on the current head: anchored in text order, then general, then detached. */
  'comment:list': channel<CommentThread[]>()(z.object({ recommendationId: id }).strict()),
  /** Resolves the thread the comment belongs to. Returns the thread. */
  'comment:resolve': channel<CommentThread>()(z.object({ commentId: id }).strict()),
  'comment:reopen': channel<CommentThread>()(z.object({ commentId: id }).strict()),
  /** Own comments only. Returns the thread. */
  'comment:update': channel<CommentThread>()(z.object({ commentId: id, text: commentText }).strict()),
  /** Own comments only, softly. Returns the recommendation's threads. */
  'comment:delete': channel<CommentThread[]>()(z.object({ commentId: id }).strict()),

  /** A proposed text that is not the head (parent: the head now). Refused if it changes nothing. */
  'amendment:propose': channel<Amendment>()(
    z
      .object({ recommendationId: id, title: requiredText(500).optional(), body: documentSchema, note: shortText(5000).optional(), ...editableFields })
      .strict(),
  ),
  /** Newest first, pending and decided; give the meeting or the recommendation, one of the two. */
  'amendment:list': channel<Amendment[]>()(
    z
      .object({ meetingId: id.optional(), recommendationId: id.optional() })
      .strict()
      .refine((v) => (v.meetingId === undefined) !== (v.recommendationId === undefined), { message: 'give meetingId or recommendationId, one of the two' }),
  ),
  /** The amendment's changes against the current head, each a hunk with a stable id. Pending amendments only. */
  'amendment:review': channel<AmendmentReview>()(z.object({ amendmentId: id }).strict()),
  /**
   * Accepts the hunks in `accept` (others are rejected), or all (acceptAll), or none (rejectAll): one
   * of the three. Unknown ids are refused (the text changed since the review).
   */
  'amendment:decide': channel<AmendmentDecision>()(
    z
      .object({ amendmentId: id, accept: hunkIds.optional(), reject: hunkIds.optional(), acceptAll: z.literal(true).optional(), rejectAll: z.literal(true).optional() })
      .strict()
      .refine((v) => Number(v.acceptAll === true) + Number(v.rejectAll === true) + Number(v.accept !== undefined || v.reject !== undefined) === 1, {
        message: 'give accept/reject lists, or acceptAll, or rejectAll: one of the three',
      }),
  ),

  /** Who did what, when: the meeting's log, or one recommendation's; newest first. */
  'audit:list': channel<AuditEntryInfo[]>()(z.object({ meetingId: id, recommendationId: id.optional() }).strict()),
} as const;
