/**
 * A package's versions into a recommendation this machine has: nothing new, a fast-forward, or a
 * three-way merge against the lowest common ancestor (shared/merge), stored as a version with two
 * parents, its conflicts beside it.
 */
import { fieldsToJson, readVersionFields } from '../../../../shared/domain/fields';
import type { Coauthor } from '../../../../shared/domain/review';
import { documentJson } from '../../../../shared/merge/document';
import { mergeRecommendation, type RecommendationState } from '../../../../shared/merge/recommendation';
import type { PackageRecommendation, PalabrePackage } from '../../../../shared/package/format';
import type { RecommendationPlace } from '../../db/repositories/recommendations';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { storeMergeConflict } from './conflictStore';
import { ancestry, loadDag, lowestCommonAncestor } from './dag';
import { project, setOutcome, type Tally } from './importTally';
import { knownVersion, parsedBody } from './knownVersions';
import { insertVersions } from './packageVersions';

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
  const coauthors: Coauthor[] = theirsRow.authorName && theirsRow.authorId !== (me?.id ?? null) ? [{ id: theirsRow.authorId, name: theirsRow.authorName }] : [];
  const mergeId = ctx.newId();
  ctx.recommendations.insertVersion(
    {
      id: mergeId,
      recommendationId: rec.id,
      title: merged.title,
      bodyJson: documentJson(merged.body),
      fieldsJson: fieldsToJson(merged.fields),
      authorId: me?.id ?? null,
      authorName: me?.name ?? null,
      origin: 'merge',
      createdAt: at,
      coauthorsJson: JSON.stringify(coauthors),
    },
    [ours, theirs],
  );
  dag.parents.set(mergeId, [ours, theirs]);
  tally.versions.set(mergeId, { author: { id: mergeId, authorId: me?.id ?? null, authorName: me?.name ?? null }, state: { title: merged.title, body: merged.body, fields: merged.fields } });
  project(ctx, tally, rec.id, mergeId, merged.fields, at, merged, row);
  // Each side named after who made that side's change, which may not be who wrote its head.
  const conflictIds = merged.conflicts.map((c) =>
    storeMergeConflict(ctx, dag, { meetingId, recommendationId: rec.id, mergeVersionId: mergeId, baseVersionId: baseId, ours: oursRow, theirs: theirsRow, at }, c, fallback, parsed),
  );
  // Their versions and our previous head are behind the merge now, their conflicts stored (which
  // read them): the next version is compressed against the merge, and the bodies that later ones
  // build on (the basis heads, the merges) keep the room.
  ctx.recommendations.forgetBodies([...inserted, ours]);
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
