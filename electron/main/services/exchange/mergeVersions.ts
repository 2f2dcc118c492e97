/**
 * A package's versions into a recommendation this machine has: nothing new, a fast-forward, or a
 * three-way merge against the lowest common ancestor (shared/merge), into the one merge version the
 * batch makes for the recommendation (pendingMerges.ts), its conflicts beside it.
 */
import { fieldsToJson, readVersionFields } from '../../../../shared/domain/fields';
import type { Coauthor } from '../../../../shared/domain/review';
import { mergeRecommendation, type RecommendationState } from '../../../../shared/merge/recommendation';
import { PACKAGE_LIMITS, type PackageRecommendation, type PalabrePackage } from '../../../../shared/package/format';
import type { RecommendationPlace } from '../../db/repositories/recommendations';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { mergeConflictRow } from './conflictStore';
import { ancestry, loadDag, lowestCommonAncestor } from './dag';
import { project, setOutcome, type Tally } from './importTally';
import { knownVersion, parsedBody } from './knownVersions';
import { insertVersions } from './packageVersions';
import { pendingHeader, writePendingMerge } from './pendingMerges';

/**
 * Their versions into a recommendation we have: nothing new, a fast-forward, or a three-way merge.
 * `row`: the recommendation here as it is (writing versions does not change it).
 */
export function mergeVersions(ctx: ServiceContext, fileName: string, pkg: PalabrePackage, rec: PackageRecommendation, tally: Tally, row: RecommendationPlace): void {
  const meetingId = pkg.meeting.id;
  const at = ctx.timestamp();
  const known = tally.dags.get(rec.id);
  const fallback = { status: row.status, committeeId: row.committeeId };
  // The bodies this batch has parsed: the versions it wrote or read, the parents read to put shared blocks back.
  const parsed = (id: string) => parsedBody(tally.versions, id, fallback) ?? tally.bodies.get(id)?.body;
  const inserted = insertVersions(ctx, rec, known, parsed);
  const ours = row.headVersionId;
  const theirs = rec.headVersionId;
  if (ours === theirs) {
    // The same head: nothing to merge, and no history to load for it.
    if (inserted.size > 0) tally.wrote = true;
    setOutcome(tally, rec.id, 'unchanged');
    return;
  }
  const dag = known ?? loadDag(ctx, rec.id);
  tally.dags.set(rec.id, dag);
  if (ancestry(dag, ours).has(theirs)) {
    if (inserted.size > 0) tally.wrote = true;
    setOutcome(tally, rec.id, 'unchanged');
    return;
  }
  // Their head as the package has it, or (a thin package's head it did not carry) as stored here.
  const carriedHead = rec.versions.find((v) => v.id === theirs);
  const theirHead = carriedHead ?? knownVersion(ctx, tally.versions, theirs, fallback, tally.bodies).state;
  tally.wrote = true;
  if (ancestry(dag, theirs).has(ours)) {
    project(ctx, tally, rec.id, theirs, theirHead.fields, at, theirHead, row);
    recordAudit(ctx, { meetingId, recommendationId: rec.id, action: 'recommendation.import', detail: { title: theirHead.title, from: pkg.createdBy?.name ?? null, file: fileName, fastForward: true }, at }, tally.me);
    setOutcome(tally, rec.id, 'fastForwarded');
    return;
  }
  const baseId = lowestCommonAncestor(dag, ours, theirs);
  const { author: oursRow, state: oursState } = knownVersion(ctx, tally.versions, ours, fallback, tally.bodies);
  // Their head as the package has it when it was written here just now (the same content, not read back).
  const { author: theirsRow, state: theirsState } =
    carriedHead && inserted.has(theirs)
      ? { author: carriedHead, state: { title: carriedHead.title, body: carriedHead.body, fields: readVersionFields(fieldsToJson(carriedHead.fields), fallback) } }
      : knownVersion(ctx, tally.versions, theirs, fallback, tally.bodies);
  // No common history (a recommendation created twice under one id cannot happen; a damaged DAG can): theirs against an empty base.
  const baseState: RecommendationState = baseId
    ? knownVersion(ctx, tally.versions, baseId, fallback, tally.bodies).state
    : { title: '', body: { root: { ...oursState.body.root, children: [] } }, fields: oursState.fields };
  const merged = mergeRecommendation(baseState, oursState, theirsState);
  const me = tally.me;
  // Into the merge this batch already opened for the recommendation, or a new one (pendingMerges.ts)
  // when there is none, or it has as many parents as a package may carry (the open one is written).
  const pending = tally.pending.get(rec.id);
  const open = pending?.id === ours && pending.parents.length < PACKAGE_LIMITS.parentsPerVersion ? pending : undefined;
  if (pending && !open) writePendingMerge(ctx, tally, rec.id);
  const mergeId = open?.id ?? ctx.newId();
  // Each side named after who made that side's change, which may not be who wrote its head: worked
  // out against the history as it stands (our side is the merge so far), written with the merge.
  const batch = { body: parsed, header: (id: string) => pendingHeader(tally, rec.id, id) };
  const conflicts = merged.conflicts.map((c) =>
    mergeConflictRow(ctx, dag, { meetingId, recommendationId: rec.id, mergeVersionId: mergeId, baseVersionId: baseId, ours: oursRow, theirs: theirsRow, at }, c, fallback, batch),
  );
  const coauthors: Coauthor[] = [...(open?.coauthors ?? [])];
  if (theirsRow.authorName && theirsRow.authorId !== (me?.id ?? null) && !coauthors.some((c) => c.id === theirsRow.authorId && c.name === theirsRow.authorName)) {
    coauthors.push({ id: theirsRow.authorId, name: theirsRow.authorName });
  }
  const parents = [...(open?.parents ?? [ours]), theirs];
  tally.pending.set(rec.id, { id: mergeId, parents, coauthors, conflicts: [...(open?.conflicts ?? []), ...conflicts], at });
  dag.parents.set(mergeId, parents);
  // Its parents grew: the ancestry worked out for the merge so far is not its ancestry any more.
  dag.ancestors?.delete(mergeId);
  tally.versions.set(mergeId, { author: { id: mergeId, authorId: me?.id ?? null, authorName: me?.name ?? null }, state: { title: merged.title, body: merged.body, fields: merged.fields } });
  project(ctx, tally, rec.id, mergeId, merged.fields, at, merged, row);
  const conflictIds = conflicts.map((c) => c.id);
  // Their versions are behind the merge now, their conflicts worked out (which read them): the
  // bodies that later ones build on (the basis heads) keep the room.
  ctx.recommendations.forgetBodies(inserted);
  if (conflictIds.length > 0) tally.conflicts.set(rec.id, [...(tally.conflicts.get(rec.id) ?? []), ...conflictIds]);
  recordAudit(ctx, {
    meetingId,
    recommendationId: rec.id,
    action: 'recommendation.merge',
    detail: { from: pkg.createdBy?.name ?? theirsRow.authorName, file: fileName, conflicts: conflictIds.length },
    at,
  }, tally.me);
  setOutcome(tally, rec.id, 'merged');
}
