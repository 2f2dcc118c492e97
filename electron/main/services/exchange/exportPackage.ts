/**
 * Writing a package: a meeting package (secretariat → experts), a contribution (expert → rapporteur:
 * everything this machine knows of the meeting, made by "who am I" or --as), a consolidated package
 * (rapporteur → secretariat). The three carry the same kind of content, the whole meeting with every
 * version, so that any machine can merge any of them; the kind says what it is for.
 *
 * Recommendations in the trash travel with their trash state, so that a deletion (or a restore)
 * reaches the other machines; edits of the meeting, committees and participants travel with their
 * change stamps, and a committee's hand-made order with its own (README.md, "Changes").
 * Not carried: milestones, merge conflicts (local to the machine that has them), the audit log and
 * the profile; nor a recommendation in the trash whose committee was removed since.
 */
import { basename } from 'node:path';
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { Coauthor } from '../../../../shared/domain/review';
import type { ExportResult } from '../../../../shared/domain/exchange';
import { readVersionFields } from '../../../../shared/domain/fields';
import {
  COMMITTEE_STAMPED_FIELDS,
  MEETING_STAMPED_FIELDS,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageComment,
  type PackageContent,
  type PackageKind,
  type PackageRecommendation,
  type PackageVersion,
  type PalabrePackage,
  PARTICIPANT_STAMPED_FIELDS,
  type TrashState,
} from '../../../../shared/package/format';
import type { ExportedRecommendation } from '../../db/repositories/exchange';
import type { ServiceContext } from '../context';
import { requireMeeting } from '../lookups';
import { currentParticipant } from '../profile';
import { fieldStamps, toChangeStamp } from '../stamps';
import { packageText, sealPackage, writeFileAtomically } from './packageFile';

export function buildPackage(ctx: ServiceContext, meetingId: string, kind: PackageKind): PalabrePackage {
  const meeting = requireMeeting(ctx, meetingId);
  const me = currentParticipant(ctx);
  const committees = ctx.exchange.committees(meetingId);
  const live = new Set(committees.map((c) => c.id));
  const recommendations = ctx.exchange
    .recommendations(meetingId)
    .map(({ deletedAt, deletedBy, ...rec }): PackageRecommendation => {
      const trash = trashStateOf(ctx, { ...rec, deletedAt, deletedBy });
      return { ...rec, versions: versionsOf(ctx, rec.id, rec.committeeId), ...(trash ? { trash } : {}) };
    })
    .filter((rec) => !rec.trash?.deleted || (live.has(rec.committeeId) && rec.versions.every((v) => live.has(v.fields.committeeId))));
  const carried = new Set(recommendations.map((r) => r.id));
  const content: PackageContent = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
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
    },
    committees: committees.map((c) => {
      const order = ctx.stamps.get(c.id, 'order');
      return {
        ...c,
        changes: fieldStamps(ctx, c.id, COMMITTEE_STAMPED_FIELDS),
        ...(order ? { order: { recommendationIds: ctx.recommendations.liveIdsInCommittee(c.id) as string[], ...toChangeStamp(order) } } : {}),
      };
    }),
    delegations: ctx.exchange.delegations(meetingId),
    participants: ctx.exchange.participants(meetingId).map((p) => ({ ...p, changes: fieldStamps(ctx, p.id, PARTICIPANT_STAMPED_FIELDS) })),
    recommendations,
    comments: ctx.exchange.comments(meetingId).filter((c) => carried.has(c.recommendationId)).map(
      (c): PackageComment => ({
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
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        deletedAt: c.deletedAt,
      }),
    ),
    amendments: ctx.exchange.amendments(meetingId).filter((a) => carried.has(a.recommendationId)).map(({ decisionJson, ...a }) => ({
      ...a,
      decision: decisionJson ? (JSON.parse(decisionJson) as { accepted: string[]; rejected: string[] }) : null,
    })),
  };
  return sealPackage(content);
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

/** Every version of a recommendation, parents before children (oldest first, then a topological pass). */
function versionsOf(ctx: ServiceContext, recommendationId: string, committeeId: string): PackageVersion[] {
  const rows = ctx.recommendations.versions(recommendationId).reverse();
  const parents = ctx.recommendations.parents(recommendationId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const done = new Set<string>();
  const out: PackageVersion[] = [];
  const emit = (id: string) => {
    // Iterative post-order: parents first, whatever the clocks of the machines said.
    const stack: Array<[string, boolean]> = [[id, false]];
    while (stack.length > 0) {
      const [v, expanded] = stack.pop()!;
      if (done.has(v)) continue;
      if (!expanded) {
        stack.push([v, true]);
        for (const p of parents.get(v) ?? []) if (!done.has(p)) stack.push([p, false]);
        continue;
      }
      done.add(v);
      const row = byId.get(v)!;
      const fallbackStatus = 'draft' as const;
      out.push({
        id: row.id,
        parentIds: parents.get(row.id) ?? [],
        title: row.title,
        body: JSON.parse(row.bodyJson) as SerializedDocument,
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

export function exportPackage(ctx: ServiceContext, input: { meetingId: string; kind: PackageKind; path: string }): ExportResult {
  const pkg = buildPackage(ctx, input.meetingId, input.kind);
  const bytes = writeFileAtomically(input.path, packageText(pkg));
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
    bytes,
  };
}
