/**
 * The `.palabre` package: what one machine sends another (see README.md in this folder).
 * The zod schema checks every field of an untrusted file; the limits bound what a file may hold.
 */
import { z } from 'zod';
import { DOCUMENT_PROBLEM_PARAM, documentSchema } from '../contract/schemas';
import type { SerializedDocument } from '../document/lexicalJson';
import { checkPackageBody, hasSameBlocks } from './sameBlocks';
import { AMENDMENT_STATUSES } from '../domain/review';
import { PACKAGE_KINDS } from './kinds';
import { packageIssue } from './issues';
import { NUMBERING_SCHEMES, PARTICIPANT_ROLES, PRIORITIES, RECOMMENDATION_STATUSES, TYPOGRAPHY_MODES, VERSION_ORIGINS } from '../domain/types';

export const PACKAGE_FORMAT = 'palabre-package';
/**
 * Bumped when a reader of the previous version could not read a new file correctly. 2: change
 * stamps, committee orders and recommendations in the trash (README.md). 3: thin contributions,
 * which carry only the versions made since the package they build on (`basis`). 4: the order of
 * the committees, and committees and participants removed. 5: blocks a version shares with its
 * first parent written once (sameBlocks.ts). 6: a merge of more than two versions (an import
 * merges every contribution it brings to a recommendation into one version). 7: when a thread was
 * reopened (`reopenedAt`), so that a reopening travels as a resolution does. Files of versions 1
 * to 6 still read.
 */
export const PACKAGE_FORMAT_VERSION = 7;
/** What a package holding a thread reopened is written as. */
export const REOPENED_THREADS_FORMAT_VERSION = 7;
/** What a package holding a version with more than two parents is written as. */
export const MANY_PARENTS_FORMAT_VERSION = 6;
/** What a contribution whose versions share blocks with their parents is written as. */
export const SAME_BLOCKS_FORMAT_VERSION = 5;
/** The order of the committees, and removals. */
export const REMOVALS_FORMAT_VERSION = 4;
/** What a thin contribution that needs nothing of formats 4 and 5 is written as. */
export const THIN_PACKAGE_FORMAT_VERSION = 3;
/**
 * What a whole package that needs nothing of formats 3 and 4 is written as, so that a Palabre that
 * reads only format 2 still takes it in (a meeting package reaches laptops not updated yet).
 */
export const WHOLE_PACKAGE_FORMAT_VERSION = 2;
export const READABLE_FORMAT_VERSIONS = [1, 2, 3, 4, 5, 6, 7] as const;
export const PACKAGE_EXTENSION = '.palabre';
export { PACKAGE_KINDS, type PackageKind } from './kinds';

/** Checked in this order, each before the next step reads more: size, nesting, then every field. */
export const PACKAGE_LIMITS = {
  /** A package file as it lies on disk, compressed or not. */
  maxBytes: 64 * 1024 * 1024,
  /**
   * The text a compressed package inflates to. Only a package whose text passes `maxBytes` is
   * written compressed (README, "Large packages"): every package a reader of plain files took in
   * is still written plain.
   */
  maxTextBytes: 256 * 1024 * 1024,
  /** JSON nesting: a document's 24 levels plus the package's own. */
  maxDepth: 48,
  /** Removed committees included: a package carries every committee a meeting ever had (format 4). */
  committees: 5_000,
  delegations: 2_000,
  participants: 5_000,
  recommendations: 5_000,
  versionsPerRecommendation: 2_000,
  /**
   * A merge's parents: our head and each contribution one import merged into it (format 6), one
   * per expert at a large meeting; an import that brings more opens another merge past it.
   */
  parentsPerVersion: 64,
  versions: 100_000,
  comments: 100_000,
  amendments: 20_000,
} as const;

const uuid = z.uuid();
const text = (max: number) => z.string().max(max);
const timestamp = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

export const packageFieldsSchema = z
  .object({
    status: z.enum(RECOMMENDATION_STATUSES),
    committeeId: uuid,
    addressees: z.array(text(300)).max(30),
    leadActors: z.array(text(300)).max(30),
    horizon: text(200),
    deadline: isoDate.nullable(),
    priority: z.enum(PRIORITIES).nullable(),
  })
  .strict();

const person = z.object({ id: uuid.nullable(), name: text(200) }).strict();

/** Who last changed something, and when: what decides which of two changes an import keeps. */
export const changeStampSchema = z.object({ at: timestamp, by: person.nullable() }).strict();

/** The fields of each record whose changes travel with a stamp (format 2). */
export const MEETING_STAMPED_FIELDS = ['title', 'organisation', 'venue', 'startsOn', 'endsOn', 'numbering', 'typography', 'intro'] as const;
export const COMMITTEE_STAMPED_FIELDS = ['name'] as const;
export const PARTICIPANT_STAMPED_FIELDS = ['name', 'delegationId', 'role'] as const;

const stampsOf = <K extends string>(fields: readonly [K, ...K[]]) => z.partialRecord(z.enum(fields), changeStampSchema);

/** The hand-made order of a committee's recommendations (format 2): absent while no one reordered it. */
export const committeeOrderSchema = z
  .object({ recommendationIds: z.array(uuid).max(PACKAGE_LIMITS.recommendations), ...changeStampSchema.shape })
  .strict();

/**
 * A committee's or participant's latest removal (format 4), or a committee's return (a recommendation
 * of it taken out of the trash brings it back). Absent: never removed.
 */
export const removalSchema = z.object({ removed: z.boolean(), ...changeStampSchema.shape }).strict();

/** The order of a meeting's live committees, set by hand (format 4): absent while no one reordered them. */
export const committeesOrderSchema = z
  .object({ committeeIds: z.array(uuid).max(PACKAGE_LIMITS.committees), ...changeStampSchema.shape })
  .strict();

/** A recommendation's latest move to the trash or out of it, and the head it was made on (format 2). */
export const trashStateSchema = z.object({ deleted: z.boolean(), headVersionId: uuid, ...changeStampSchema.shape }).strict();

/**
 * A version's body as a package writes it: a document, whose top-level blocks may name the first
 * parent's (format 5, sameBlocks.ts). The reader puts those back before anything else reads it.
 */
const packageBodySchema = z.custom<SerializedDocument>().superRefine((value, ctx) => {
  const problem = checkPackageBody(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `invalid document (${problem})`, params: { [DOCUMENT_PROBLEM_PARAM]: problem } });
});

export const packageVersionSchema = z
  .object({
    id: uuid,
    /** One parent for an edit, two or more for a merge (more: format 6), none for the first version. */
    parentIds: z.array(uuid).max(PACKAGE_LIMITS.parentsPerVersion),
    title: text(500),
    body: packageBodySchema,
    fields: packageFieldsSchema,
    authorId: uuid.nullable(),
    authorName: text(200).nullable(),
    origin: z.enum(VERSION_ORIGINS),
    createdAt: timestamp,
    /** Who made what a merge took in, at most one per parent (as many as 50 before format 6). */
    coauthors: z.array(person).max(PACKAGE_LIMITS.parentsPerVersion),
  })
  .strict();

export const packageRecommendationSchema = z
  .object({
    id: uuid,
    committeeId: uuid,
    position: z.int().min(0).max(1_000_000),
    authorId: uuid.nullable(),
    createdAt: timestamp,
    headVersionId: uuid,
    /** Set when the recommendation was consolidated into another. */
    mergedIntoId: uuid.nullable(),
    /**
     * Every version, parents before children; in a thin contribution, only those its basis lacks
     * (none when the recommendation did not change since). The checks of parents and heads are the
     * package's (below): whether a version may be missing depends on the basis.
     */
    versions: z.array(packageVersionSchema).max(PACKAGE_LIMITS.versionsPerRecommendation),
    /** Absent: never deleted (nor restored). */
    trash: trashStateSchema.optional(),
  })
  .strict();

/**
 * What a thin contribution (format 3) builds on: the whole meeting or consolidated package its
 * sender had taken in, and the head each recommendation had there. Versions named in the package
 * and not carried by it must be on the receiving machine: otherwise the import is refused, naming
 * this package as the one to import first.
 */
export const packageBasisSchema = z
  .object({
    package: z
      .object({ digest: z.string().regex(/^[0-9a-f]{64}$/), kind: z.enum(['meeting', 'consolidated']), createdAt: timestamp, createdBy: person.nullable() })
      .strict(),
    heads: z.array(z.object({ recommendationId: uuid, versionId: uuid }).strict()).max(PACKAGE_LIMITS.recommendations),
  })
  .strict();

const anchorSchema = z
  .object({ blockId: text(200), start: z.int().min(0).max(1_000_000), end: z.int().min(0).max(1_000_000), quote: text(2000) })
  .strict();

export const packageCommentSchema = z
  .object({
    id: uuid,
    recommendationId: uuid,
    versionId: uuid.nullable(),
    parentId: uuid.nullable(),
    authorId: uuid.nullable(),
    authorName: text(200).nullable(),
    body: text(10_000),
    anchor: anchorSchema.nullable(),
    resolvedAt: timestamp.nullable(),
    resolvedBy: uuid.nullable(),
    resolvedByName: text(200).nullable(),
    /** Format 7: when the thread, open now, was last reopened (absent: never, or not known). */
    reopenedAt: timestamp.optional(),
    createdAt: timestamp,
    updatedAt: timestamp.nullable(),
    deletedAt: timestamp.nullable(),
  })
  .strict();

const hunkIds = z.array(z.string().regex(/^h[0-9a-f]{12}$/)).max(5000);

/** A proposed version that is not the head (its version is among the recommendation's), and the decision on it. */
export const packageAmendmentSchema = z
  .object({
    id: uuid,
    recommendationId: uuid,
    versionId: uuid,
    baseVersionId: uuid,
    authorId: uuid.nullable(),
    authorName: text(200).nullable(),
    note: text(5000),
    status: z.enum(AMENDMENT_STATUSES),
    createdAt: timestamp,
    decidedAt: timestamp.nullable(),
    decidedBy: uuid.nullable(),
    decidedByName: text(200).nullable(),
    resultVersionId: uuid.nullable(),
    decision: z.object({ accepted: hunkIds, rejected: hunkIds }).strict().nullable(),
  })
  .strict();

const contentShape = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.literal(READABLE_FORMAT_VERSIONS),
    kind: z.enum(PACKAGE_KINDS),
    createdAt: timestamp,
    /** Who made the package (its "who am I", or --as), when known. */
    createdBy: person.nullable(),
    app: z.object({ name: z.literal('Palabre'), version: text(50) }).strict(),
    meeting: z
      .object({
        id: uuid,
        title: text(300),
        organisation: text(300),
        venue: text(200),
        startsOn: isoDate.nullable(),
        endsOn: isoDate.nullable(),
        numbering: z.enum(NUMBERING_SCHEMES),
        typography: z.enum(TYPOGRAPHY_MODES),
        intro: documentSchema.nullable(),
        createdAt: timestamp,
        changes: stampsOf(MEETING_STAMPED_FIELDS).optional(),
        committeesOrder: committeesOrderSchema.optional(),
      })
      .strict(),
    committees: z
      .array(
        z
          .object({
            id: uuid,
            name: text(200),
            position: z.int().min(0).max(100_000),
            createdAt: timestamp,
            changes: stampsOf(COMMITTEE_STAMPED_FIELDS).optional(),
            order: committeeOrderSchema.optional(),
            removal: removalSchema.optional(),
          })
          .strict(),
      )
      .max(PACKAGE_LIMITS.committees),
    delegations: z.array(z.object({ id: uuid, name: text(200) }).strict()).max(PACKAGE_LIMITS.delegations),
    participants: z
      .array(
        z
          .object({
            id: uuid,
            delegationId: uuid,
            name: text(200),
            role: z.enum(PARTICIPANT_ROLES),
            createdAt: timestamp,
            changes: stampsOf(PARTICIPANT_STAMPED_FIELDS).optional(),
            removal: removalSchema.optional(),
          })
          .strict(),
      )
      .max(PACKAGE_LIMITS.participants),
    recommendations: z.array(packageRecommendationSchema).max(PACKAGE_LIMITS.recommendations),
    comments: z.array(packageCommentSchema).max(PACKAGE_LIMITS.comments),
    amendments: z.array(packageAmendmentSchema).max(PACKAGE_LIMITS.amendments),
    /** Format 3, contributions only: present, the package is thin. */
    basis: packageBasisSchema.optional(),
  })
  .strict();

export const packageContentSchema = contentShape.superRefine((pkg, ctx) => checkReferences(pkg, ctx));

export const packageSchema = z
  .object({
    ...contentShape.shape,
    digest: z.object({ algorithm: z.literal('sha256'), value: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  })
  .strict()
  // The shape alone would leave the references unchecked: a refinement does not travel with `.shape`.
  .superRefine((pkg, ctx) => checkReferences(pkg, ctx));

/** References inside the package: parents before children, heads among the versions, records that exist. */
function checkReferences(pkg: z.output<typeof contentShape>, ctx: z.RefinementCtx): void {
  const thin = pkg.basis !== undefined;
  if (thin && (pkg.kind !== 'contribution' || pkg.formatVersion < 3)) ctx.addIssue({ ...packageIssue('basis_not_contribution', { id: pkg.kind }), path: ['basis'] });
  const removals = pkg.meeting.committeesOrder !== undefined || [...pkg.committees, ...pkg.participants].some((r) => r.removal !== undefined);
  if (removals && pkg.formatVersion < REMOVALS_FORMAT_VERSION) ctx.addIssue(packageIssue('needs_format_4', { id: String(pkg.formatVersion) }));
  pkg.comments.forEach((c, i) => {
    if (c.reopenedAt !== undefined && pkg.formatVersion < REOPENED_THREADS_FORMAT_VERSION) ctx.addIssue({ ...packageIssue('needs_format_7', { id: String(pkg.formatVersion) }), path: ['comments', i] });
  });
  // In a thin package a version it names without carrying is one the receiver must have (checked on import).
  pkg.recommendations.forEach((rec, i) => {
    const at = { path: ['recommendations', i] };
    const ids = new Set(rec.versions.map((v) => v.id));
    const seen = new Set<string>();
    for (const v of rec.versions) {
      for (const p of v.parentIds) if (!seen.has(p) && (!thin || ids.has(p))) ctx.addIssue({ ...packageIssue('parent_not_earlier', { id: v.id, other: p }), ...at });
      if (v.parentIds.length > 2 && pkg.formatVersion < MANY_PARENTS_FORMAT_VERSION) ctx.addIssue({ ...packageIssue('needs_format_6', { id: String(pkg.formatVersion) }), ...at });
      if (hasSameBlocks(v.body)) {
        if (pkg.formatVersion < SAME_BLOCKS_FORMAT_VERSION) ctx.addIssue({ ...packageIssue('needs_format_5', { id: String(pkg.formatVersion) }), ...at });
        if (v.parentIds.length === 0) ctx.addIssue({ ...packageIssue('same_blocks_without_parent', { id: v.id }), ...at });
      }
      seen.add(v.id);
    }
    if (thin) return;
    if (rec.versions.length === 0) ctx.addIssue({ ...packageIssue('no_versions', { id: rec.id }), ...at });
    if (!seen.has(rec.headVersionId)) ctx.addIssue({ ...packageIssue('head_unknown', { id: rec.headVersionId }), ...at });
    if (rec.trash && !seen.has(rec.trash.headVersionId)) ctx.addIssue({ ...packageIssue('trash_head_unknown', { id: rec.trash.headVersionId }), ...at });
  });
  const total = pkg.recommendations.reduce((n, r) => n + r.versions.length, 0);
  if (total > PACKAGE_LIMITS.versions) ctx.addIssue(packageIssue('too_many_versions', { id: String(total) }));
  const committees = new Set(pkg.committees.map((c) => c.id));
  const delegations = new Set(pkg.delegations.map((d) => d.id));
  const recs = new Set(pkg.recommendations.map((r) => r.id));
  for (const p of pkg.participants) if (!delegations.has(p.delegationId)) ctx.addIssue(packageIssue('unknown_delegation', { id: p.id }));
  for (const r of pkg.recommendations) {
    if (!committees.has(r.committeeId)) ctx.addIssue(packageIssue('unknown_committee', { id: r.id }));
    for (const v of r.versions) if (!committees.has(v.fields.committeeId)) ctx.addIssue(packageIssue('version_unknown_committee', { id: v.id }));
  }
  for (const c of pkg.comments) if (!recs.has(c.recommendationId)) ctx.addIssue(packageIssue('comment_unknown_recommendation', { id: c.id }));
  const versionsOf = new Map(pkg.recommendations.map((r) => [r.id, new Set(r.versions.map((v) => v.id))]));
  for (const a of pkg.amendments) {
    const versions = versionsOf.get(a.recommendationId);
    const known = (id: string | null) => id === null || thin || versions?.has(id) === true;
    if (!versions || !known(a.versionId) || !known(a.baseVersionId) || !known(a.resultVersionId)) {
      ctx.addIssue(packageIssue('amendment_unknown_target', { id: a.id }));
    }
  }
}

export type PackageContent = z.output<typeof packageContentSchema>;
export type PalabrePackage = PackageContent & { digest: { algorithm: 'sha256'; value: string } };
export type PackageVersion = z.output<typeof packageVersionSchema>;
export type PackageRecommendation = z.output<typeof packageRecommendationSchema>;
export type PackageComment = z.output<typeof packageCommentSchema>;
export type PackageAmendment = z.output<typeof packageAmendmentSchema>;
export type ChangeStamp = z.output<typeof changeStampSchema>;
export type TrashState = z.output<typeof trashStateSchema>;
export type CommitteeOrder = z.output<typeof committeeOrderSchema>;
export type Removal = z.output<typeof removalSchema>;
export type PackageBasis = z.output<typeof packageBasisSchema>;
