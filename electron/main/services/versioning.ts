/**
 * Appending versions. Every change to a recommendation's text or fields appends an immutable version
 * carrying the title, the body and ALL the fields, whose parent is the previous head; the
 * recommendations row is then set to that version's projection and the search index follows. Callers
 * run this inside their transaction.
 */
import { documentToPlainText, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { fieldsToJson, readVersionFields } from '../../../shared/domain/fields';
import type { Coauthor } from '../../../shared/domain/review';
import type { RecommendationFields, VersionOrigin } from '../../../shared/domain/types';
import type { RecommendationRow } from '../db/repositories/recommendations';
import type { ServiceContext } from './context';
import { currentParticipant } from './profile';

/** The fields of a recommendation as its row holds them (the projection of its head version). */
export function fieldsOf(row: RecommendationRow): RecommendationFields {
  return readVersionFields(
    JSON.stringify({
      status: row.status,
      committeeId: row.committeeId,
      addressees: JSON.parse(row.addresseesJson) as unknown,
      leadActors: JSON.parse(row.leadActorsJson) as unknown,
      horizon: row.horizon,
      deadline: row.deadline,
      priority: row.priority,
    }),
    row,
  );
}

export interface NewVersion {
  recommendationId: string;
  meetingId: string;
  title: string;
  body: SerializedDocument;
  fields: RecommendationFields;
  parentIds: string[];
  origin: VersionOrigin;
  at: string;
  /** Credited besides the author (the author of an accepted amendment). */
  coauthors?: Coauthor[];
}

export function appendVersion(ctx: ServiceContext, v: NewVersion): string {
  const author = currentParticipant(ctx);
  const id = ctx.newId();
  ctx.recommendations.insertVersion(
    {
      id,
      recommendationId: v.recommendationId,
      title: v.title,
      bodyJson: JSON.stringify(v.body),
      fieldsJson: fieldsToJson(v.fields),
      authorId: author?.id ?? null,
      authorName: author?.name ?? null,
      origin: v.origin,
      createdAt: v.at,
      coauthorsJson: JSON.stringify(v.coauthors ?? []),
    },
    v.parentIds,
  );
  ctx.recommendations.setProjection({
    id: v.recommendationId,
    status: v.fields.status,
    committeeId: v.fields.committeeId,
    addresseesJson: JSON.stringify(v.fields.addressees),
    leadActorsJson: JSON.stringify(v.fields.leadActors),
    horizon: v.fields.horizon,
    deadline: v.fields.deadline,
    priority: v.fields.priority,
    headVersionId: id,
    updatedAt: v.at,
  });
  ctx.search.index(v.recommendationId, v.meetingId, v.title, documentToPlainText(v.body), commentsText(ctx, v.recommendationId));
  return id;
}

/**
 * A version with the head's title and body and new fields (a status, a committee, addressees…).
 * Returns the new head's id.
 */
export function appendFieldsVersion(ctx: ServiceContext, row: RecommendationRow, fields: RecommendationFields, at: string): string {
  const head = ctx.recommendations.version(row.headVersionId)!;
  return appendVersion(ctx, {
    recommendationId: row.id,
    meetingId: row.meetingId,
    title: head.title,
    body: JSON.parse(head.bodyJson) as SerializedDocument,
    fields,
    parentIds: [head.id],
    origin: 'edit',
    at,
  });
}

/** Brings a recommendation's search row up to date (its head and its comments); removes it when in the trash. */
/**
 * The search row of a recommendation, from its head. `known`: the head's content already at hand (an
 * import has it parsed), used only when it is still the head.
 */
export function reindexRecommendation(ctx: ServiceContext, recommendationId: string, known?: { versionId: string; title: string; body: SerializedDocument }): void {
  const row = ctx.recommendations.get(recommendationId);
  if (!row) {
    ctx.search.remove(recommendationId);
    return;
  }
  const head =
    known?.versionId === row.headVersionId
      ? known
      : (() => {
          const v = ctx.recommendations.version(row.headVersionId)!;
          return { title: v.title, body: JSON.parse(v.bodyJson) as SerializedDocument };
        })();
  ctx.search.index(row.id, row.meetingId, head.title, documentToPlainText(head.body), commentsText(ctx, row.id));
}

function commentsText(ctx: ServiceContext, recommendationId: string): string {
  return ctx.comments.textsOf(recommendationId).join('\n\n');
}
