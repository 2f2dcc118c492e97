/**
 * The history of a recommendation: every version with its author, time, origin and parents; the
 * comparison of any two; and restoring an old version, which appends a new one (history is never
 * rewritten).
 */
import { diffRecommendationStates, type RecommendationState } from '../../../shared/diff/recommendationDiff';
import { countWords, documentToPlainText, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { readVersionFields, sameFields } from '../../../shared/domain/fields';
import type { Coauthor, HistoryVersion, RecommendationDiff, VersionRef } from '../../../shared/domain/review';
import type { Recommendation, RecommendationFields } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import type { RecommendationRow, VersionRow } from '../db/repositories/recommendations';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { requireRecommendation } from './lookups';
import { getRecommendation } from './recommendations';
import { appendVersion, fieldsOf } from './versioning';

/** Every version, newest first, amendment proposals included and marked. */
export function recommendationHistory(ctx: ServiceContext, recommendationId: string): HistoryVersion[] {
  const row = requireRecommendation(ctx, recommendationId);
  const parents = ctx.recommendations.parents(row.id);
  const proposals = ctx.amendments.proposalVersions(row.id);
  return ctx.recommendations.versions(row.id).map((v) => {
    const body = JSON.parse(v.bodyJson) as SerializedDocument;
    const proposal = proposals.get(v.id);
    return {
      id: v.id,
      recommendationId: v.recommendationId,
      parentIds: parents.get(v.id) ?? [],
      title: v.title,
      authorId: v.authorId,
      authorName: v.authorName,
      coauthors: readCoauthors(v.coauthorsJson),
      origin: v.origin,
      createdAt: v.createdAt,
      wordCount: countWords(documentToPlainText(body)),
      fields: versionFields(v, row),
      isHead: v.id === row.headVersionId,
      amendmentId: proposal?.id ?? null,
      amendmentStatus: proposal?.status ?? null,
    };
  });
}

/** A version of this recommendation, or a refusal naming it. */
export function requireVersion(ctx: ServiceContext, row: RecommendationRow, versionId: string): VersionRow {
  const version = ctx.recommendations.version(versionId);
  if (!version || version.recommendationId !== row.id) throw new PalabreError('unknown_version', versionId);
  return version;
}

export function diffVersions(ctx: ServiceContext, recommendationId: string, fromVersionId: string, toVersionId: string): RecommendationDiff {
  const row = requireRecommendation(ctx, recommendationId);
  return compareVersionRows(requireVersion(ctx, row, fromVersionId), requireVersion(ctx, row, toVersionId), row);
}

/** The comparison of two stored versions (`row` gives the fallback fields of versions written before fields existed). */
export function compareVersionRows(from: VersionRow, to: VersionRow, row: Pick<RecommendationRow, 'id' | 'committeeId'>): RecommendationDiff {
  const changes = diffRecommendationStates(stateOf(from, row), stateOf(to, row));
  return { recommendationId: row.id, from: refOf(from), to: refOf(to), ...changes };
}

/**
 * Restores an old version as a NEW version (origin 'restore', parent: the current head) with that
 * version's title, text and fields. Status and committee stay as they are: they follow their own
 * rules (the status workflow, the order of the meeting), which a restore must not bypass. A restore
 * that would change nothing writes nothing.
 */
export function restoreVersion(ctx: ServiceContext, recommendationId: string, versionId: string): Recommendation {
  const row = requireRecommendation(ctx, recommendationId);
  const version = requireVersion(ctx, row, versionId);
  if (ctx.amendments.proposalVersions(row.id).has(version.id)) throw new PalabreError('version_is_amendment');
  const head = ctx.recommendations.version(row.headVersionId)!;
  const current = fieldsOf(row);
  const old = versionFields(version, row);
  const fields: RecommendationFields = { ...old, status: current.status, committeeId: current.committeeId };
  if (head.title === version.title && head.bodyJson === version.bodyJson && sameFields(current, fields)) return getRecommendation(ctx, row.id);
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    const id = appendVersion(ctx, {
      recommendationId: row.id,
      meetingId: row.meetingId,
      title: version.title,
      body: JSON.parse(version.bodyJson) as SerializedDocument,
      fields,
      parentIds: [head.id],
      origin: 'restore',
      at,
    });
    ctx.meetings.touch(row.meetingId, at);
    recordAudit(ctx, {
      meetingId: row.meetingId,
      recommendationId: row.id,
      action: 'recommendation.restoreVersion',
      detail: { versionId: version.id, versionCreatedAt: version.createdAt, versionAuthorName: version.authorName, newVersionId: id },
      at,
    });
  })();
  return getRecommendation(ctx, row.id);
}

export function versionFields(version: VersionRow, row: Pick<RecommendationRow, 'committeeId'>): RecommendationFields {
  // Versions written before the fields existed read with the defaults, never as an error.
  return readVersionFields(version.fieldsJson, { status: 'draft', committeeId: row.committeeId });
}

export function stateOf(version: VersionRow, row: Pick<RecommendationRow, 'committeeId'>): RecommendationState {
  return { title: version.title, body: JSON.parse(version.bodyJson) as SerializedDocument, fields: versionFields(version, row) };
}

function refOf(version: VersionRow): VersionRef {
  return { id: version.id, authorName: version.authorName, origin: version.origin, createdAt: version.createdAt };
}

function readCoauthors(json: string): Coauthor[] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return value.flatMap((c: unknown) => {
      const entry = c as { id?: unknown; name?: unknown } | null;
      return entry && typeof entry.name === 'string' ? [{ id: typeof entry.id === 'string' ? entry.id : null, name: entry.name }] : [];
    });
  } catch {
    return [];
  }
}
