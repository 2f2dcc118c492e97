/**
 * Storing what an import could not decide, each side attributed to the person who made that side's
 * change — not to whoever happens to have written the head of that side. Between the base and a
 * head there may be several versions (someone's edit, then a colleague's unrelated edit, then a
 * merge): the author named is the one of the version that introduced the side's value.
 */
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import { readVersionFields } from '../../../../shared/domain/fields';
import type { RecommendationFields } from '../../../../shared/domain/types';
import { unitKey } from '../../../../shared/merge/document';
import type { MergeConflict } from '../../../../shared/merge/recommendation';
import type { VersionHeader, VersionRow } from '../../db/repositories/recommendations';
import type { ServiceContext } from '../context';
import { ancestry, type Dag } from './dag';

type Fallback = Pick<RecommendationFields, 'status' | 'committeeId'>;

/** A version's header (no body) and, only when asked, its body: most conflicts are about a field or the title. */
interface VersionAt {
  header: VersionHeader;
  body: () => SerializedDocument;
}

/** The value a conflict is about, as a version holds it: the title, a field, or one block. */
function targetValue(v: VersionAt, conflict: MergeConflict, fallback: Fallback): string {
  if (conflict.kind === 'title') return v.header.title;
  if (conflict.kind === 'field') return JSON.stringify(readVersionFields(v.header.fieldsJson, fallback)[conflict.field]);
  return JSON.stringify(v.body().root.children.find((node, i) => unitKey(node, i) === conflict.blockKey) ?? null);
}

/**
 * The version, between `baseId` (excluded) and `headId`, that gave the conflict's target the value
 * it has at the head: walking back from the head while a parent since the base already had it.
 * `batch`: what the caller has at hand (an import's merges, one not written yet), read here otherwise.
 */
function introducingVersion(ctx: ServiceContext, dag: Dag, headId: string, baseId: string | null, conflict: MergeConflict, fallback: Fallback, batch: BatchVersions): VersionHeader {
  const at = (id: string): VersionAt => ({
    header: batch.header?.(id) ?? ctx.recommendations.versionHeader(id)!,
    body: () => batch.body(id) ?? (JSON.parse(ctx.recommendations.version(id)!.bodyJson) as SerializedDocument),
  });
  const before = baseId ? ancestry(dag, baseId) : new Set<string>();
  let current = at(headId);
  const value = targetValue(current, conflict, fallback);
  for (;;) {
    let next: VersionAt | undefined;
    // One parent read at a time: most often the first (our earlier head) already had the value.
    for (const p of dag.parents.get(current.header.id) ?? []) {
      if (before.has(p)) continue;
      const parent = at(p);
      if (targetValue(parent, conflict, fallback) === value) {
        next = parent;
        break;
      }
    }
    if (!next) return current.header;
    current = next;
  }
}

/** A body this batch has parsed already, or undefined. */
export type ParsedBody = (versionId: string) => SerializedDocument | undefined;

/** The versions an import batch has at hand: bodies parsed, and the headers of versions it has not written yet. */
export interface BatchVersions {
  body: ParsedBody;
  header?: (versionId: string) => VersionHeader | undefined;
}

/**
 * The latest edit on `headId`'s side that `seenId`'s side had not seen (for a deletion against an
 * edit): merges are skipped, they only carry edits made elsewhere. The head when there is none.
 */
export function latestUnseenEdit(ctx: ServiceContext, dag: Dag, headId: string, seenId: string | null): VersionRow {
  const seen = seenId ? ancestry(dag, seenId) : new Set<string>();
  const unseen = [...ancestry(dag, headId)]
    .filter((id) => !seen.has(id))
    .map((id) => ctx.recommendations.version(id)!)
    .filter((v) => v.origin !== 'merge')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1));
  return unseen[0] ?? ctx.recommendations.version(headId)!;
}

export interface ConflictSides<Side = Pick<VersionRow, 'id'>> {
  meetingId: string;
  recommendationId: string;
  mergeVersionId: string;
  baseVersionId: string | null;
  ours: Side;
  theirs: Side;
  at: string;
}

interface Person {
  id: string | null;
  name: string | null;
}

/** What differs between the kinds of conflict; the rest of the row comes from the sides. */
interface ConflictValues {
  kind: MergeConflict['kind'] | 'deletion';
  target: string | null;
  base: unknown;
  ours: unknown;
  theirs: unknown;
  afterKey: string | null;
  hunks: unknown[];
  oursAuthor: Person;
  theirsAuthor: Person;
}

/** A conflict as written, before it is: an import writes those of a merge once the merge's version is written. */
export type NewConflictRow = Parameters<ServiceContext['exchange']['insertConflict']>[0];

/** The one place a conflict row is made: both kinds below go through it. */
function conflictRow(ctx: ServiceContext, c: ConflictSides, v: ConflictValues): NewConflictRow {
  return {
    id: ctx.newId(),
    meetingId: c.meetingId,
    recommendationId: c.recommendationId,
    mergeVersionId: c.mergeVersionId,
    baseVersionId: c.baseVersionId,
    oursVersionId: c.ours.id,
    theirsVersionId: c.theirs.id,
    kind: v.kind,
    target: v.target,
    baseJson: JSON.stringify(v.base ?? null),
    oursJson: JSON.stringify(v.ours ?? null),
    theirsJson: JSON.stringify(v.theirs ?? null),
    afterKey: v.afterKey,
    hunksJson: JSON.stringify(v.hunks),
    oursAuthorId: v.oursAuthor.id,
    oursAuthorName: v.oursAuthor.name,
    theirsAuthorId: v.theirsAuthor.id,
    theirsAuthorName: v.theirsAuthor.name,
    createdAt: c.at,
  };
}

const authorOf = (v: VersionHeader): Person => ({ id: v.authorId, name: v.authorName });

/**
 * A three-way merge conflict (a paragraph, the title or a field), each side attributed to its
 * change's author, as a row to write once the merge's version is (the sides are worked out now,
 * against the history as it stands).
 */
export function mergeConflictRow(ctx: ServiceContext, dag: Dag, c: ConflictSides, conflict: MergeConflict, fallback: Fallback, batch: BatchVersions): NewConflictRow {
  const k = conflict;
  const where =
    k.kind === 'body'
      ? { target: k.blockKey, afterKey: k.afterKey, hunks: k.hunks }
      : k.kind === 'title'
        ? { target: null, afterKey: null, hunks: k.hunks }
        : { target: k.field, afterKey: null, hunks: [] };
  return conflictRow(ctx, c, {
    kind: k.kind,
    ...where,
    base: k.base,
    ours: k.ours,
    theirs: k.theirs,
    oursAuthor: authorOf(introducingVersion(ctx, dag, c.ours.id, c.baseVersionId, k, fallback, batch)),
    theirsAuthor: authorOf(introducingVersion(ctx, dag, c.theirs.id, c.baseVersionId, k, fallback, batch)),
  });
}

/**
 * A deletion against an edit: one side put the recommendation in the trash, the other edited it
 * meanwhile. `deletedBy` says which side deleted; that side's author is who deleted it, the other
 * side's is who made the latest edit the deleting side had not seen. Values: the title each side
 * had (null for the side that deleted).
 */
export function storeDeletionConflict(
  ctx: ServiceContext,
  c: ConflictSides<VersionRow> & { deletedBy: 'ours' | 'theirs'; deleter: Person; editor: VersionRow },
): string {
  const editor = authorOf(c.editor);
  const row = conflictRow(ctx, c, {
    kind: 'deletion',
    target: c.deletedBy,
    base: null,
    ours: c.deletedBy === 'ours' ? null : c.ours.title,
    theirs: c.deletedBy === 'theirs' ? null : c.theirs.title,
    afterKey: null,
    hunks: [],
    oursAuthor: c.deletedBy === 'ours' ? c.deleter : editor,
    theirsAuthor: c.deletedBy === 'theirs' ? c.deleter : editor,
  });
  ctx.exchange.insertConflict(row);
  return row.id;
}
