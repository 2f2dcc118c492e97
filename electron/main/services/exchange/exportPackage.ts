/**
 * Writing a package: a meeting package (secretariat → experts), a contribution (expert → rapporteur,
 * made by "who am I" or --as), a consolidated package (rapporteur → secretariat). Meeting and
 * consolidated packages carry the whole meeting with every version, so that any machine can merge
 * them. A contribution is thin when this machine has a basis (a whole package it took in, see
 * packageBasis.ts): it carries the versions made since, and names the heads it builds on; asked
 * `whole`, or without a basis, it carries everything too.
 *
 * Recommendations in the trash travel with their trash state, so that a deletion (or a restore)
 * reaches the other machines; edits of the meeting, committees and participants travel with their
 * change stamps, and a committee's hand-made order with its own (README.md, "Changes"). Removed
 * committees and participants travel with their removal, and the committees' order with its stamp
 * (format 4): an older version, or a recommendation in the trash, may still name a removed
 * committee, and every machine learns of the removal. Not carried: milestones, merge conflicts
 * (local to the machine that has them), the audit log and the profile.
 */
import { basename } from 'node:path';
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { Coauthor } from '../../../../shared/domain/review';
import type { ExportResult } from '../../../../shared/domain/exchange';
import { PalabreError } from '../../../../shared/errors';
import { readVersionFields } from '../../../../shared/domain/fields';
import {
  COMMITTEE_STAMPED_FIELDS,
  MEETING_STAMPED_FIELDS,
  PACKAGE_FORMAT,
  PACKAGE_LIMITS,
  MANY_PARENTS_FORMAT_VERSION,
  REOPENED_THREADS_FORMAT_VERSION,
  REMOVALS_FORMAT_VERSION,
  type Removal,
  SAME_BLOCKS_FORMAT_VERSION,
  THIN_PACKAGE_FORMAT_VERSION,
  type PackageBasis,
  type PackageAmendment,
  type PackageComment,
  type PackageContent,
  type PackageKind,
  type PackageRecommendation,
  type PackageVersion,
  type PalabrePackage,
  PARTICIPANT_STAMPED_FIELDS,
  type TrashState,
  WHOLE_PACKAGE_FORMAT_VERSION,
} from '../../../../shared/package/format';
import type { ExportedRecommendation } from '../../db/repositories/exchange';
import type { ServiceContext } from '../context';
import { requireMeeting } from '../lookups';
import { currentParticipant } from '../profile';
import { COMMITTEES_ORDER_ASPECT, fieldStamps, REMOVAL_ASPECT, toChangeStamp } from '../stamps';
import { shareBlocksWithParents, shareSameBlocks } from '../../../../shared/package/sameBlocks';
import { ancestry } from './dag';
import { discussionFingerprint, recordBasis } from './packageBasis';
import { packageFileBytes, sealWithin, sizePastLimit, writeFileAtomically, type PackageSizeLimits } from './packageFile';

export interface PackageOptions {
  /** A contribution with every version even when a basis would let it carry only what changed since. */
  whole?: boolean | undefined;
}

/** A package's content, and the characters of the bodies it spells out (a floor under the size of its text). */
function buildContent(ctx: ServiceContext, meetingId: string, kind: PackageKind, options: PackageOptions = {}): { content: PackageContent; bodyChars: number } {
  const meeting = requireMeeting(ctx, meetingId);
  const me = currentParticipant(ctx);
  const committees = ctx.exchange.committees(meetingId);
  const base = kind === 'contribution' && !options.whole ? ctx.bases.get(meetingId) : undefined;
  const baseHeads = base ? ctx.bases.heads(meetingId) : new Map<string, string>();
  const builtOn: PackageBasis['heads'] = [];
  const shared = { blocks: 0, bodyChars: 0 };
  const listed = ctx.exchange
    .recommendations(meetingId)
    .map(({ deletedAt, deletedBy, ...rec }): PackageRecommendation => {
      const trash = trashStateOf(ctx, { ...rec, deletedAt, deletedBy });
      const baseHead = baseHeads.get(rec.id);
      if (baseHead !== undefined) builtOn.push({ recommendationId: rec.id, versionId: baseHead });
      return { ...rec, versions: versionsOf(ctx, rec.id, rec.committeeId, baseHead, shared), ...(trash ? { trash } : {}) };
    });
  const inMeeting = new Set(listed.map((r) => r.id));
  const allComments = ctx.exchange.comments(meetingId).filter((c) => inMeeting.has(c.recommendationId)).map(packageComment);
  const allAmendments = ctx.exchange.amendments(meetingId).filter((a) => inMeeting.has(a.recommendationId)).map(packageAmendment);
  // A thin contribution leaves out what its receiver has as it is (README.md, "Thin contributions"):
  // a comment or an amendment as the basis carried it, and a recommendation unchanged since, with nothing said of it.
  const baseDiscussion = base ? ctx.bases.discussion(meetingId) : undefined;
  const changed = (item: PackageComment | PackageAmendment) => baseDiscussion?.get(item.id) !== discussionFingerprint(item);
  const comments = baseDiscussion ? allComments.filter(changed) : allComments;
  const amendments = baseDiscussion ? allAmendments.filter(changed) : allAmendments;
  const discussed = new Set([...comments.map((c) => c.recommendationId), ...amendments.map((a) => a.recommendationId)]);
  const recommendations = base ? listed.filter((r) => !unchangedSinceBasis(r, baseHeads.get(r.id)) || discussed.has(r.id)) : listed;
  const carried = new Set(recommendations.map((r) => r.id));
  const committeesOrder = ctx.stamps.get(meetingId, COMMITTEES_ORDER_ASPECT);
  const basis: PackageBasis | undefined = base
    ? {
        package: { digest: base.digest, kind: base.kind, createdAt: base.createdAt, createdBy: base.createdByName === null ? null : { id: base.createdById, name: base.createdByName } },
        heads: builtOn.filter((h) => carried.has(h.recommendationId)),
      }
    : undefined;
  const packageCommittees = committees.map(({ deletedAt, ...c }) => {
    const order = ctx.stamps.get(c.id, 'order');
    const removal = removalOf(ctx, c.id, deletedAt);
    return {
      ...c,
      changes: fieldStamps(ctx, c.id, COMMITTEE_STAMPED_FIELDS),
      ...(order && deletedAt === null ? { order: { recommendationIds: ctx.recommendations.liveIdsInCommittee(c.id) as string[], ...toChangeStamp(order) } } : {}),
      ...(removal ? { removal } : {}),
    };
  });
  const participants = ctx.exchange.participants(meetingId).map(({ deletedAt, ...p }) => {
    const removal = removalOf(ctx, p.id, deletedAt);
    return { ...p, changes: fieldStamps(ctx, p.id, PARTICIPANT_STAMPED_FIELDS), ...(removal ? { removal } : {}) };
  });
  // Formats 4 to 7 only when the package carries what needs them: older readers take the rest.
  const needs4 = committeesOrder !== undefined || packageCommittees.some((c) => c.removal) || participants.some((p) => p.removal);
  const manyParents = recommendations.some((r) => r.versions.some((v) => v.parentIds.length > 2));
  const reopened = comments.some((c) => c.reopenedAt !== undefined);
  // The highest format that something in the package needs, from the newest down.
  const needs: ReadonlyArray<readonly [needed: boolean, version: PackageContent['formatVersion']]> = [
    [reopened, REOPENED_THREADS_FORMAT_VERSION],
    [manyParents, MANY_PARENTS_FORMAT_VERSION],
    [shared.blocks > 0, SAME_BLOCKS_FORMAT_VERSION],
    [needs4, REMOVALS_FORMAT_VERSION],
    [basis !== undefined, THIN_PACKAGE_FORMAT_VERSION],
  ];
  const formatVersion = needs.find(([needed]) => needed)?.[1] ?? WHOLE_PACKAGE_FORMAT_VERSION;
  const content: PackageContent = {
    format: PACKAGE_FORMAT,
    formatVersion,
    kind,
    createdAt: ctx.timestamp(),
    createdBy: me ? { id: me.id, name: me.name } : null,
    app: { name: 'Palabre', version: ctx.appVersion.slice(0, 50) },
    meeting: {
      id: meeting.id,
      title: meeting.title,
      organisation: meeting.organisation,
      venue: meeting.venue,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
      numbering: meeting.numbering,
      typography: meeting.typography,
      intro: meeting.introJson ? (JSON.parse(meeting.introJson) as SerializedDocument) : null,
      createdAt: meeting.createdAt,
      changes: fieldStamps(ctx, meeting.id, MEETING_STAMPED_FIELDS),
      ...(committeesOrder
        ? { committeesOrder: { committeeIds: committees.filter((c) => c.deletedAt === null).map((c) => c.id), ...toChangeStamp(committeesOrder) } }
        : {}),
    },
    committees: packageCommittees,
    delegations: ctx.exchange.delegations(meetingId),
    participants,
    recommendations,
    comments,
    amendments,
    ...(basis ? { basis } : {}),
  };
  return { content, bodyChars: shared.bodyChars };
}

function packageComment(c: ReturnType<ServiceContext['exchange']['comments']>[number]): PackageComment {
  return {
    id: c.id,
    recommendationId: c.recommendationId,
    versionId: c.versionId,
    parentId: c.parentId,
    authorId: c.authorId,
    authorName: c.authorName,
    body: c.body,
    anchor: c.anchorJson ? (JSON.parse(c.anchorJson) as PackageComment['anchor']) : null,
    resolvedAt: c.resolvedAt,
    resolvedBy: c.resolvedBy,
    resolvedByName: c.resolvedByName,
    // Only when it says something: a package without reopened threads stays readable by format 6.
    ...(c.reopenedAt !== null && c.resolvedAt === null ? { reopenedAt: c.reopenedAt } : {}),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    deletedAt: c.deletedAt,
  };
}

function packageAmendment({ decisionJson, ...a }: ReturnType<ServiceContext['exchange']['amendments']>[number]): PackageAmendment {
  return { ...a, decision: decisionJson ? (JSON.parse(decisionJson) as { accepted: string[]; rejected: string[] }) : null };
}

/**
 * The package and its file's bytes, within the size every reader takes in (PACKAGE_LIMITS). A
 * whole package stays in the oldest format that carries it, for laptops not updated yet, unless
 * spelled out it would pass `maxBytes`: then each version's blocks equal to its parent's are
 * written as references (format 5, as a thin contribution's are). A meeting of 600
 * recommendations with 40 versions each is 145 MiB spelled out, a fraction of it so (README,
 * Performance). A text that still passes `maxBytes` is compressed (up to `maxTextBytes` of text);
 * too large even so: refused, with its size, and nothing is written.
 */
export function buildPackage(ctx: ServiceContext, meetingId: string, kind: PackageKind, options: PackageOptions = {}, limits: PackageSizeLimits = PACKAGE_LIMITS): { pkg: PalabrePackage; data: Buffer; compressed: boolean } {
  const { content, bodyChars } = buildContent(ctx, meetingId, kind, options);
  // A thin contribution shares its blocks already; a whole package only when it must.
  const sharable = content.basis === undefined;
  // Spelled out, a whole package is written only as a plain file: its bodies alone passing that
  // size (a character is at least a byte), no need to write it out to know.
  let sealed = sharable && bodyChars > limits.maxBytes ? { bytes: bodyChars } : sealWithin(content, sharable ? limits.maxBytes : limits.maxTextBytes);
  if ('bytes' in sealed && sharable) {
    const written = shareBlocksWithParents(content.recommendations);
    sealed = sealWithin(written.shared > 0 ? { ...content, formatVersion: content.formatVersion > SAME_BLOCKS_FORMAT_VERSION ? content.formatVersion : SAME_BLOCKS_FORMAT_VERSION, recommendations: written.recommendations } : content, limits.maxTextBytes);
  }
  if ('bytes' in sealed) throw new PalabreError('package_too_large_to_write', sizePastLimit(sealed.bytes, limits.maxTextBytes));
  const file = packageFileBytes(sealed.text, limits);
  if ('bytes' in file) {
    throw new PalabreError('package_too_large_to_write', file.compressed ? sizePastLimit(file.bytes, limits.maxBytes, { fr: 'compressé, ', en: 'compressed, ' }) : sizePastLimit(file.bytes, limits.maxTextBytes));
  }
  return { pkg: sealed.pkg, data: file.data, compressed: file.compressed };
}

/**
 * Whether the receiver of a thin contribution has the recommendation as it is here: its head is the
 * basis head (no version since), it has no trash state and was not consolidated into another.
 * Such a recommendation is left out of the package, unless a comment or an amendment names it.
 */
function unchangedSinceBasis(rec: PackageRecommendation, baseHead: string | undefined): boolean {
  return rec.versions.length === 0 && rec.headVersionId === baseHead && rec.trash === undefined && rec.mergedIntoId === null;
}

/**
 * A committee's or participant's latest removal or return, as stamped here; one removed before
 * removals were stamped is described by its row. Undefined for one never removed.
 */
function removalOf(ctx: ServiceContext, entityId: string, deletedAt: string | null): Removal | undefined {
  const stamp = ctx.stamps.get(entityId, REMOVAL_ASPECT);
  // A stamp that says "brought back" on a removed row is older than the row's removal.
  if (stamp && (stamp.deleted === true) === (deletedAt !== null)) return { removed: stamp.deleted === true, ...toChangeStamp(stamp) };
  return deletedAt === null ? undefined : { removed: true, at: deletedAt, by: null };
}

/**
 * A recommendation's latest move to the trash or out of it, as stamped here; one deleted before
 * stamps existed is described by its row (deleted on the head it still has: the trash is not edited).
 */
function trashStateOf(ctx: ServiceContext, rec: ExportedRecommendation): TrashState | undefined {
  const stamp = ctx.stamps.get(rec.id, 'trash');
  if (stamp) return { deleted: stamp.deleted === true, headVersionId: stamp.headVersionId ?? rec.headVersionId, ...toChangeStamp(stamp) };
  if (rec.deletedAt === null) return undefined;
  const by = rec.deletedBy ? ctx.people.participant(rec.deletedBy) : undefined;
  return { deleted: true, headVersionId: rec.headVersionId, at: rec.deletedAt, by: by ? { id: by.id, name: by.name } : null };
}

/**
 * The versions of a recommendation, parents before children (oldest first, then a topological pass):
 * every one, or with `baseHead` those that are neither it nor one of its ancestors. Their bodies are
 * decoded only when carried: a thin contribution leaves most of the meeting's history where it is.
 * In a thin contribution a block equal to the first parent's is written as a reference to it (format
 * 5, counted in `shared`): an expert's edit changes a paragraph or two, and the receiver has the rest.
 */
function versionsOf(ctx: ServiceContext, recommendationId: string, committeeId: string, baseHead: string | undefined, shared: { blocks: number; bodyChars: number }): PackageVersion[] {
  const parents = ctx.recommendations.parents(recommendationId);
  const known = baseHead === undefined ? undefined : ancestry({ parents, createdAt: new Map() }, baseHead);
  const rows = known
    ? ctx.recommendations.versionIds(recommendationId).reverse().filter((id) => !known.has(id)).map((id) => ctx.recommendations.version(id)!)
    : ctx.recommendations.versions(recommendationId).reverse();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const done = new Set<string>();
  const out: PackageVersion[] = [];
  // Whole bodies of the versions written so far, and of the parents read for them.
  const bodies = new Map<string, SerializedDocument>();
  const bodyOf = (id: string): SerializedDocument | undefined => {
    let body = bodies.get(id);
    if (body === undefined) {
      const row = ctx.recommendations.version(id);
      if (row?.recommendationId !== recommendationId) return undefined;
      body = JSON.parse(row.bodyJson) as SerializedDocument;
      bodies.set(id, body);
    }
    return body;
  };
  const emit = (id: string) => {
    // Iterative post-order: parents first, whatever the clocks of the machines said.
    const stack: Array<[string, boolean]> = [[id, false]];
    while (stack.length > 0) {
      const [v, expanded] = stack.pop()!;
      if (done.has(v)) continue;
      if (!expanded) {
        stack.push([v, true]);
        for (const p of parents.get(v) ?? []) if (!done.has(p) && byId.has(p)) stack.push([p, false]);
        continue;
      }
      done.add(v);
      const row = byId.get(v)!;
      const fallbackStatus = 'draft' as const;
      const parentIds = parents.get(row.id) ?? [];
      let body = JSON.parse(row.bodyJson) as SerializedDocument;
      shared.bodyChars += row.bodyJson.length;
      if (known) {
        bodies.set(row.id, body);
        const parent = parentIds[0] === undefined ? undefined : bodyOf(parentIds[0]);
        if (parent) {
          const written = shareSameBlocks(body, parent);
          shared.blocks += written.shared;
          body = written.doc;
        }
      }
      out.push({
        id: row.id,
        parentIds,
        title: row.title,
        body,
        fields: readVersionFields(row.fieldsJson, { status: fallbackStatus, committeeId }),
        authorId: row.authorId,
        authorName: row.authorName,
        origin: row.origin,
        createdAt: row.createdAt,
        coauthors: JSON.parse(row.coauthorsJson) as Coauthor[],
      });
    }
  };
  for (const row of rows) emit(row.id);
  return out;
}

/** `limits`: the sizes past which the package is compressed, then refused (the readers' limits; smaller in tests). */
export function exportPackage(ctx: ServiceContext, input: { meetingId: string; kind: PackageKind; path: string; whole?: boolean | undefined }, limits: PackageSizeLimits = PACKAGE_LIMITS): ExportResult {
  const { pkg, data, compressed } = buildPackage(ctx, input.meetingId, input.kind, { whole: input.whole }, limits);
  const bytes = writeFileAtomically(input.path, data);
  // What this machine sent to every other is what it can build its next contributions on.
  recordBasis(ctx, pkg);
  return {
    name: basename(input.path),
    kind: pkg.kind,
    meetingId: pkg.meeting.id,
    meetingTitle: pkg.meeting.title,
    createdAt: pkg.createdAt,
    createdByName: pkg.createdBy?.name ?? null,
    digest: pkg.digest.value,
    recommendationCount: pkg.recommendations.filter((r) => !r.trash?.deleted).length,
    versionCount: pkg.recommendations.reduce((n, r) => n + r.versions.length, 0),
    commentCount: pkg.comments.length,
    thin: pkg.basis !== undefined,
    compressed,
    bytes,
  };
}
