/**
 * Merge conflicts: listed per meeting (they block nothing else), and resolved one by one. A
 * resolution applies to the recommendation's CURRENT head (which may have moved on since the merge):
 * - ours: the merged head already holds our side; the conflict is closed, the text unchanged;
 * - theirs: their side replaces ours (a paragraph, the title or the field);
 * - both: their paragraph is kept after ours (paragraphs only);
 * - edit: the given text (or value) replaces both.
 * A deletion against an edit (kind `deletion`: the recommendation was kept meanwhile) is resolved by
 * keep (it stays) or delete (it goes to the trash, stamped, so the deletion travels on); only those.
 * A resolution that changes the text is a new version; each is in the audit log.
 */
import { paragraphFromPlainText, withBlockIds, type SerializedDocument, type SerializedNode } from '../../../../shared/document/lexicalJson';
import type { ConflictInfo, ConflictResolution, ConflictResolutionResult, ConflictSide } from '../../../../shared/domain/exchange';
import { cleanFieldText, readVersionFields } from '../../../../shared/domain/fields';
import { PRIORITIES, RECOMMENDATION_STATUSES, type RecommendationFields } from '../../../../shared/domain/types';
import { PalabreError } from '../../../../shared/errors';
import { blockPlainText, unitKey } from '../../../../shared/merge/document';
import type { TextHunk } from '../../../../shared/merge/text';
import type { ConflictRow } from '../../db/repositories/exchange';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { prepareDocument, prepareTitle } from '../documents';
import { requireMeeting, requireRecommendation } from '../lookups';
import { currentParticipant } from '../profile';
import { deleteRecommendation, restoreRecommendation } from '../trash';
import { appendVersion } from '../versioning';

export function listConflicts(ctx: ServiceContext, meetingId: string, includeResolved = false): ConflictInfo[] {
  requireMeeting(ctx, meetingId);
  return ctx.exchange.conflictsByMeeting(meetingId, includeResolved).map((row) => conflictInfo(ctx, row));
}

function conflictInfo(ctx: ServiceContext, row: ConflictRow): ConflictInfo {
  const rec = ctx.recommendations.record(row.recommendationId)!;
  const title = ctx.recommendations.version(rec.headVersionId)?.title ?? '';
  const side = (json: string, authorId: string | null, authorName: string | null, versionId: string | null): ConflictSide => {
    const value = JSON.parse(json) as unknown;
    return { text: displayText(row.kind, value), value, authorId, authorName, versionId };
  };
  return {
    id: row.id,
    meetingId: row.meetingId,
    recommendationId: row.recommendationId,
    recommendationTitle: title,
    kind: row.kind,
    target: row.target,
    field: row.kind === 'field' ? (row.target as keyof RecommendationFields) : null,
    base: side(row.baseJson, null, null, row.baseVersionId),
    ours: side(row.oursJson, row.oursAuthorId, row.oursAuthorName, row.oursVersionId),
    theirs: side(row.theirsJson, row.theirsAuthorId, row.theirsAuthorName, row.theirsVersionId),
    hunks: JSON.parse(row.hunksJson) as TextHunk[],
    status: row.status,
    resolution: row.resolution,
    resolvedByName: row.resolvedByName,
    resolvedAt: row.resolvedAt,
    createdAt: row.createdAt,
  };
}

function displayText(kind: ConflictRow['kind'], value: unknown): string {
  if (kind === 'body') return blockPlainText(value as SerializedNode | null);
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

export interface ResolveInput {
  conflictId: string;
  resolution: ConflictResolution;
  /** For `edit`: the text (a paragraph, the title) or the field's value as text. */
  text?: string | undefined;
}

export function resolveConflict(ctx: ServiceContext, input: ResolveInput): ConflictResolutionResult {
  const row = ctx.exchange.conflict(input.conflictId);
  if (!row) throw new PalabreError('unknown_conflict', input.conflictId);
  if (row.status === 'resolved') throw new PalabreError('conflict_resolved', row.resolution ?? '');
  if (input.resolution === 'edit' && (input.text === undefined || input.text.trim() === '') && row.kind !== 'field') {
    throw new PalabreError('resolution_not_possible', { fr: 'donnez le texte à retenir', en: 'give the text to keep' });
  }
  if ((row.kind === 'deletion') !== (input.resolution === 'keep' || input.resolution === 'delete')) {
    throw new PalabreError('resolution_not_possible', {
      fr: row.kind === 'deletion' ? 'choisissez de garder ou de supprimer la recommandation' : 'garder ou supprimer ne s’applique qu’à une suppression contre une modification',
      en: row.kind === 'deletion' ? 'choose to keep or to delete the recommendation' : 'keep or delete only applies to a deletion against an edit',
    });
  }
  if (row.kind === 'deletion') return resolveDeletion(ctx, row, input.resolution as 'keep' | 'delete');
  const rec = requireRecommendation(ctx, row.recommendationId);
  const meeting = requireMeeting(ctx, rec.meetingId);
  const head = ctx.recommendations.version(rec.headVersionId)!;
  let title = head.title;
  let body = JSON.parse(head.bodyJson) as SerializedDocument;
  const fields = readVersionFields(head.fieldsJson, { status: rec.status, committeeId: rec.committeeId });
  const theirs = JSON.parse(row.theirsJson) as unknown;

  if (row.kind === 'title') {
    if (input.resolution === 'both') throw new PalabreError('resolution_not_possible', { fr: 'un titre ne se garde pas en double', en: 'a title cannot be kept twice' });
    if (input.resolution === 'theirs') title = theirs as string;
    if (input.resolution === 'edit') title = prepareTitle(input.text!, meeting.typography);
  } else if (row.kind === 'field') {
    if (input.resolution === 'both') throw new PalabreError('resolution_not_possible', { fr: 'un champ ne se garde pas en double', en: 'a field cannot be kept twice' });
    const key = row.target as keyof RecommendationFields;
    if (input.resolution === 'theirs') (fields as unknown as Record<string, unknown>)[key] = theirs;
    if (input.resolution === 'edit') (fields as unknown as Record<string, unknown>)[key] = fieldValue(ctx, rec.meetingId, key, input.text ?? '', meeting.typography === 'fr');
  } else if (input.resolution !== 'ours') {
    body = resolveBlock(ctx, body, row, input, theirs as SerializedNode | null);
    if (input.resolution === 'edit') body = prepareDocument(ctx, body, meeting.typography);
  }

  const at = ctx.timestamp();
  let versionId: string | null = null;
  ctx.db.transaction(() => {
    const changed = title !== head.title || JSON.stringify(body) !== head.bodyJson || JSON.stringify(fields) !== JSON.stringify(readVersionFields(head.fieldsJson, fields));
    if (changed) {
      versionId = appendVersion(ctx, { recommendationId: rec.id, meetingId: rec.meetingId, title, body, fields, parentIds: [head.id], origin: 'edit', at });
    }
    const me = currentParticipant(ctx);
    ctx.exchange.resolveConflict({ id: row.id, resolution: input.resolution, versionId, at, byId: me?.id ?? null, byName: me?.name ?? null });
    recordAudit(ctx, {
      meetingId: rec.meetingId,
      recommendationId: rec.id,
      action: 'conflict.resolve',
      detail: { conflictId: row.id, kind: row.kind, target: row.target, resolution: input.resolution, theirsAuthorName: row.theirsAuthorName },
      at,
    });
  })();
  return { conflict: conflictInfo(ctx, ctx.exchange.conflict(row.id)!), headVersionId: versionId ?? head.id };
}

/** Keep: the recommendation stays as it is. Delete: to the trash, as a deletion made here now. */
function resolveDeletion(ctx: ServiceContext, row: ConflictRow, resolution: 'keep' | 'delete'): ConflictResolutionResult {
  const rec = ctx.recommendations.record(row.recommendationId)!;
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    const me = currentParticipant(ctx);
    if (resolution === 'delete' && rec.deletedAt === null) deleteRecommendation(ctx, rec.id);
    if (resolution === 'keep' && rec.deletedAt !== null) restoreRecommendation(ctx, rec.id);
    ctx.exchange.resolveConflict({ id: row.id, resolution, versionId: null, at, byId: me?.id ?? null, byName: me?.name ?? null });
    recordAudit(ctx, {
      meetingId: rec.meetingId,
      recommendationId: rec.id,
      action: 'conflict.resolve',
      detail: { conflictId: row.id, kind: row.kind, target: row.target, resolution, theirsAuthorName: row.theirsAuthorName },
      at,
    });
  })();
  return { conflict: conflictInfo(ctx, ctx.exchange.conflict(row.id)!), headVersionId: ctx.recommendations.record(rec.id)!.headVersionId };
}

function resolveBlock(ctx: ServiceContext, body: SerializedDocument, row: ConflictRow, input: ResolveInput, theirs: SerializedNode | null): SerializedDocument {
  const doc = JSON.parse(JSON.stringify(body)) as SerializedDocument;
  const children = doc.root.children;
  const at = children.findIndex((node, i) => unitKey(node, i) === row.target);
  const after = () => {
    if (row.afterKey === null) return 0;
    const i = children.findIndex((node, k) => unitKey(node, k) === row.afterKey);
    return i >= 0 ? i + 1 : children.length;
  };
  const place = (node: SerializedNode, replace: boolean) => {
    if (at >= 0) children.splice(replace ? at : at + 1, replace ? 1 : 0, node);
    else children.splice(after(), 0, node);
  };
  if (input.resolution === 'theirs') {
    if (theirs === null) {
      if (at >= 0) children.splice(at, 1);
    } else place(theirs, true);
  } else if (input.resolution === 'both') {
    // Their paragraph gets new ids: two blocks of one document never share one.
    if (theirs !== null) place(reidentified(ctx, theirs), false);
  } else {
    const ours = at >= 0 ? children[at]! : theirs;
    const edited = { ...paragraphFromPlainText(input.text!.trim(), row.target ?? undefined), ...(ours && ours.type !== 'list' ? { type: ours.type, $: ours.$ } : {}) };
    edited.children = paragraphFromPlainText(input.text!.trim(), undefined).children;
    place(edited, true);
  }
  if (children.length === 0) children.push(paragraphFromPlainText('', ctx.newId()));
  return doc;
}

function reidentified(ctx: ServiceContext, node: SerializedNode): SerializedNode {
  const wrapped = withBlockIds({ root: { type: 'root', children: [stripIds(node)] } }, ctx.newId);
  return wrapped.root.children[0]!;
}

function stripIds(node: SerializedNode): SerializedNode {
  const copy = JSON.parse(JSON.stringify(node)) as SerializedNode;
  const stack = [copy];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.$ && 'uid' in n.$) {
      const { uid: _uid, ...rest } = n.$;
      n.$ = rest;
    }
    for (const c of n.children ?? []) stack.push(c);
  }
  return copy;
}

/** A field's value typed as text on the command line or in a form, checked. */
function fieldValue(ctx: ServiceContext, meetingId: string, key: keyof RecommendationFields, text: string, french: boolean): unknown {
  const value = text.trim();
  const refuse = () => new PalabreError('resolution_not_possible', { fr: `valeur invalide pour ce champ\u00A0: ${value}`, en: `invalid value for this field: ${value}` });
  switch (key) {
    case 'horizon':
      return cleanFieldText(value, french);
    case 'deadline':
      if (value === '') return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw refuse();
      return value;
    case 'priority':
      if (value === '') return null;
      if (!PRIORITIES.includes(value as (typeof PRIORITIES)[number])) throw refuse();
      return value;
    case 'status':
      if (!RECOMMENDATION_STATUSES.includes(value as (typeof RECOMMENDATION_STATUSES)[number])) throw refuse();
      return value;
    case 'committeeId':
      if (ctx.meetings.committee(value)?.meetingId !== meetingId) throw refuse();
      return value;
    default:
      return value
        .split(';')
        .map((s) => cleanFieldText(s, french))
        .filter((s) => s.length > 0);
  }
}
