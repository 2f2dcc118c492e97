/**
 * Importing packages: every file is read and checked first (nothing written), then all of them land
 * in ONE transaction, or none does. For each recommendation of a package:
 * - unknown here → created with the same id, its whole history, attributed to its author;
 * - their head is ours or one of our ancestors → unchanged (importing twice changes nothing);
 * - our head is one of their ancestors → fast-forward: their head becomes ours;
 * - diverged → three-way merge against the lowest common ancestor (shared/merge): a version with two
 *   parents (ours, theirs), origin `merge`; what could not be merged is stored as conflicts, our side
 *   kept meanwhile.
 * Because versions keep their ids everywhere, a contribution that arrives twice, or through two routes
 * (directly, and inside someone else's merge), is recognised by its versions and merged once.
 * A thin contribution (format 3) carries only the versions made since its basis: the versions it
 * names without carrying them must be here already (packageBasis.ts), or nothing is imported.
 */
import { fieldsToJson, readVersionFields } from '../../../../shared/domain/fields';
import type { ConflictRef, ImportSummary } from '../../../../shared/domain/exchange';
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { Coauthor } from '../../../../shared/domain/review';
import type { RecommendationFields } from '../../../../shared/domain/types';
import { PalabreError } from '../../../../shared/errors';
import { documentJson } from '../../../../shared/merge/document';
import { mergeRecommendation, type RecommendationState } from '../../../../shared/merge/recommendation';
import type { PackageRecommendation, PalabrePackage } from '../../../../shared/package/format';
import type { RecommendationPlace } from '../../db/repositories/recommendations';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { currentParticipant } from '../profile';
import { reindexRecommendation } from '../versioning';
import { storeMergeConflict } from './conflictStore';
import { ancestry, loadDag, lowestCommonAncestor, type Dag } from './dag';
import { findDuplicates } from './duplicates';
import { knownVersion, type KnownVersion } from './knownVersions';
import { checkPrerequisites, recordBasis } from './packageBasis';
import { foreign, insertVersions } from './packageVersions';
import { describeFile } from './packageFile';
import { setUpMeeting } from './setUpMeeting';
import { applyCommitteeOrders, placeInNewCommittee } from './placementSync';
import { applyDiscussion } from './discussionSync';
import { applyRecordChanges } from './recordSync';
import { applyTrashState, type TrashOutcome } from './trashSync';

export interface PackageSource {
  /** Shown in the summary and in messages: a file name, never a folder. */
  name: string;
  pkg: PalabrePackage;
}

type Outcome = 'created' | 'fastForwarded' | 'merged' | 'unchanged';
const RANK: Readonly<Record<Outcome, number>> = { unchanged: 0, fastForwarded: 1, merged: 2, created: 3 };

/** A recommendation whose trash state an import changed, and how. */
export type TrashChange = 'deleted' | 'restored';

interface Tally {
  outcomes: Map<string, Outcome>;
  /** Recommendations whose search row is out of date: brought up to date once, at the end of the batch. */
  stale: Set<string>;
  /** The head each projection set, with its content: the search rows are made from it, not read back. */
  heads: Map<string, { versionId: string; title: string; body: SerializedDocument }>;
  /** Version DAGs read in this batch, kept up to date as versions are written: 40 packages, one read each. */
  dags: Map<string, Dag>;
  /** Versions already at hand in this batch (the merges made, the ones read), so each is parsed once. */
  versions: Map<string, KnownVersion>;
  /** Who signs the merges: the same participant for the whole batch. */
  me: ReturnType<typeof currentParticipant>;
  conflicts: Map<string, string[]>;
  trash: Map<string, TrashChange>;
  /** An edit of the meeting, a committee or a participant was taken. */
  recordsChanged: boolean;
  committees: number;
  participants: number;
  comments: number;
  wrote: boolean;
}

export function importPackages(ctx: ServiceContext, sources: readonly PackageSource[], options: { meetingId?: string | undefined } = {}): ImportSummary {
  if (sources.length === 0) throw new PalabreError('invalid_input', 'no file');
  const meetingId = options.meetingId ?? sources[0]!.pkg.meeting.id;
  for (const { name, pkg } of sources) {
    if (pkg.meeting.id !== meetingId) throw new PalabreError('package_other_meeting', `${name}: ${pkg.meeting.title} (${pkg.meeting.id})`);
  }
  checkPrerequisites(ctx, sources);
  const tally: Tally = {
    outcomes: new Map(),
    stale: new Set(),
    heads: new Map(),
    dags: new Map(),
    versions: new Map(),
    me: currentParticipant(ctx),
    conflicts: new Map(),
    trash: new Map(),
    recordsChanged: false,
    committees: 0,
    participants: 0,
    comments: 0,
    wrote: false,
  };
  let meetingCreated = false;
  const run = ctx.db.transaction(() => {
    for (const source of sources) {
      // Only the package that sets the meeting up gives its order; later ones append to it.
      const setUp = setUpMeeting(ctx, source.pkg);
      if (setUp) {
        meetingCreated = true;
        tally.wrote = true;
      }
      importOne(ctx, source, tally, setUp);
      recordBasis(ctx, source.pkg);
    }
    for (const id of tally.stale) reindexRecommendation(ctx, id, tally.heads.get(id));
    if (tally.wrote) {
      recordAudit(ctx, {
        meetingId,
        action: 'package.import',
        detail: {
          files: sources.map((s) => ({ name: s.name, kind: s.pkg.kind, from: s.pkg.createdBy?.name ?? null, digest: s.pkg.digest.value })),
          ...countsOf(tally),
        },
        at: ctx.timestamp(),
      });
    }
  });
  run();
  const ids = (o: Outcome) => [...tally.outcomes].filter(([, v]) => v === o).map(([k]) => k);
  const created = ids('created');
  return {
    meetingId,
    meetingCreated,
    files: sources.map((s) => describeFile(s.name, s.pkg)),
    created,
    fastForwarded: ids('fastForwarded'),
    merged: ids('merged'),
    unchanged: ids('unchanged'),
    conflicts: [...tally.conflicts].map(([recommendationId, conflictIds]): ConflictRef => ({ recommendationId, conflictIds })),
    deleted: [...tally.trash].filter(([, c]) => c === 'deleted').map(([id]) => id),
    restored: [...tally.trash].filter(([, c]) => c === 'restored').map(([id]) => id),
    duplicates: created.length > 0 ? findDuplicates(ctx, meetingId, new Set(created)) : [],
    detailsUpdated: tally.recordsChanged,
    committeesAdded: tally.committees,
    participantsAdded: tally.participants,
    commentsAdded: tally.comments,
    wordFiles: [],
    noChange: !tally.wrote,
  };
}

function countsOf(t: Tally) {
  const n = (o: Outcome) => [...t.outcomes.values()].filter((v) => v === o).length;
  const trash = (c: TrashChange) => [...t.trash.values()].filter((v) => v === c).length;
  return {
    created: n('created'),
    fastForwarded: n('fastForwarded'),
    merged: n('merged'),
    conflicts: [...t.conflicts.values()].reduce((s, c) => s + c.length, 0),
    deleted: trash('deleted'),
    restored: trash('restored'),
    detailsUpdated: t.recordsChanged,
  };
}

function importOne(ctx: ServiceContext, { name, pkg }: PackageSource, tally: Tally, keepPositions: boolean): void {
  const meetingId = pkg.meeting.id;
  const x = ctx.exchange;
  for (const c of pkg.committees) {
    const owner = x.committeeMeeting(c.id);
    if (owner !== undefined && owner !== meetingId) throw foreign('committee', c.id);
    if (owner !== undefined) continue;
    const position = keepPositions ? c.position : ctx.meetings.committees(meetingId).reduce((max, k) => Math.max(max, k.position), 0) + 1;
    if (x.insertCommittee({ id: c.id, meetingId, name: c.name, position, createdAt: c.createdAt })) tally.committees++;
  }
  // Delegations are unique by name in a meeting: one created here under another id is the same delegation.
  const delegationIds = new Map<string, string>();
  for (const d of pkg.delegations) {
    const owner = x.delegationMeeting(d.id);
    if (owner !== undefined && owner !== meetingId) throw foreign('delegation', d.id);
    if (owner !== undefined) delegationIds.set(d.id, d.id);
    else {
      const sameName = x.delegationByName(meetingId, d.name);
      if (sameName) delegationIds.set(d.id, sameName);
      else {
        x.insertDelegation(d.id, meetingId, d.name);
        delegationIds.set(d.id, d.id);
      }
    }
  }
  for (const p of pkg.participants) {
    const owner = x.participantMeeting(p.id);
    if (owner !== undefined && owner !== meetingId) throw foreign('participant', p.id);
    if (owner !== undefined) continue;
    if (x.insertParticipant({ id: p.id, meetingId, delegationId: delegationIds.get(p.delegationId)!, name: p.name, role: p.role, createdAt: p.createdAt })) tally.participants++;
  }
  if (tally.committees + tally.participants > 0) tally.wrote = true;
  if (applyRecordChanges(ctx, pkg, delegationIds)) {
    tally.recordsChanged = true;
    tally.wrote = true;
  }

  // Where each recommendation stands, read once for the package: one appears once in it, and
  // taking it in changes its own row only, so no earlier step of the loop has changed an entry.
  const places = ctx.recommendations.placesIn(meetingId);
  for (const rec of pkg.recommendations) importRecommendation(ctx, name, pkg, rec, tally, keepPositions, places);
  // After all of them: a recommendation may point to one that comes later in the package.
  for (const rec of pkg.recommendations) if (pointMergedInto(ctx, rec)) tally.wrote = true;
  // Orders last: they name recommendations this package may just have created or moved.
  if (applyCommitteeOrders(ctx, pkg) > 0) tally.wrote = true;

  const discussion = applyDiscussion(ctx, pkg);
  tally.comments += discussion.comments;
  for (const id of discussion.commented) tally.stale.add(id);
  if (discussion.comments + discussion.amendmentsChanged > 0) tally.wrote = true;
}

function setOutcome(tally: Tally, id: string, outcome: Outcome): void {
  const was = tally.outcomes.get(id);
  if (was === undefined || RANK[outcome] > RANK[was]) tally.outcomes.set(id, outcome);
}

function importRecommendation(
  ctx: ServiceContext,
  fileName: string,
  pkg: PalabrePackage,
  rec: PackageRecommendation,
  tally: Tally,
  keepPositions: boolean,
  places: ReadonlyMap<string, RecommendationPlace>,
): void {
  const meetingId = pkg.meeting.id;
  const x = ctx.exchange;
  // Not in this meeting: new here, or (refused below) another meeting's.
  const here = places.get(rec.id) ?? ctx.recommendations.headOf(rec.id);
  const owner = here?.meetingId;
  if (owner !== undefined && owner !== meetingId) throw foreign('recommendation', rec.id);
  // Nothing new (a thin contribution names every recommendation, most of them unchanged since its basis).
  if (here !== undefined && rec.versions.length === 0 && rec.trash === undefined && here.deletedAt === null && here.headVersionId === rec.headVersionId) {
    setOutcome(tally, rec.id, 'unchanged');
    return;
  }
  const at = ctx.timestamp();
  if (owner === undefined) {
    // A recommendation new here comes whole: checkPrerequisites refused a package naming its head without carrying it.
    const theirHead = rec.versions.find((v) => v.id === rec.headVersionId)!;
    const authorId = rec.authorId !== null && x.participantMeeting(rec.authorId) === meetingId ? rec.authorId : null;
    const sameCommittee = rec.committeeId === theirHead.fields.committeeId;
    x.insertRecommendation({
      id: rec.id,
      meetingId,
      committeeId: theirHead.fields.committeeId,
      position: keepPositions && sameCommittee ? rec.position : null,
      authorId,
      createdAt: rec.createdAt,
    });
    insertVersions(ctx, rec);
    project(ctx, tally, rec.id, theirHead.id, theirHead.fields, at, theirHead);
    recordAudit(ctx, {
      meetingId,
      recommendationId: rec.id,
      action: 'recommendation.import',
      detail: { title: theirHead.title, from: pkg.createdBy?.name ?? null, file: fileName },
      at,
    }, tally.me);
    setOutcome(tally, rec.id, 'created');
    tally.wrote = true;
    // Created in the trash when it is in the trash there: same history, same state.
    if (rec.trash) recordTrashChange(tally, rec.id, applyTrashState(ctx, pkg, rec, theirHead.id, fileName));
    return;
  }
  const headBefore = here!.headVersionId;
  mergeVersions(ctx, fileName, pkg, rec, tally, here!);
  // Alive here and no trash state there: nothing to take (applyTrashState's own first answer, without its reads).
  if (rec.trash === undefined && here!.deletedAt === null) return;
  recordTrashChange(tally, rec.id, applyTrashState(ctx, pkg, rec, headBefore, fileName));
}

function recordTrashChange(tally: Tally, id: string, outcome: TrashOutcome): void {
  if (outcome.change === 'none') return;
  tally.wrote = true;
  if (outcome.change === 'conflict') tally.conflicts.set(id, [...(tally.conflicts.get(id) ?? []), outcome.conflictId]);
  else tally.trash.set(id, outcome.change);
}

/**
 * Their versions into a recommendation we have: nothing new, a fast-forward, or a three-way merge.
 * `row`: the recommendation here as it is (writing versions does not change it).
 */
function mergeVersions(ctx: ServiceContext, fileName: string, pkg: PalabrePackage, rec: PackageRecommendation, tally: Tally, row: RecommendationPlace): void {
  const meetingId = pkg.meeting.id;
  const at = ctx.timestamp();
  const known = tally.dags.get(rec.id);
  const inserted = insertVersions(ctx, rec, known);
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
  const fallback = { status: row.status, committeeId: row.committeeId };
  const carriedHead = rec.versions.find((v) => v.id === theirs);
  const theirHead = carriedHead ?? knownVersion(ctx, tally.versions, theirs, fallback).state;
  tally.wrote = true;
  if (ancestry(dag, theirs).has(ours)) {
    project(ctx, tally, rec.id, theirs, theirHead.fields, at, theirHead, row);
    recordAudit(ctx, { meetingId, recommendationId: rec.id, action: 'recommendation.import', detail: { title: theirHead.title, from: pkg.createdBy?.name ?? null, file: fileName, fastForward: true }, at }, tally.me);
    setOutcome(tally, rec.id, 'fastForwarded');
    return;
  }
  const baseId = lowestCommonAncestor(dag, ours, theirs);
  const { author: oursRow, state: oursState } = knownVersion(ctx, tally.versions, ours, fallback);
  // Their head as the package has it when it was written here just now (the same content, not read back).
  const { author: theirsRow, state: theirsState } =
    carriedHead && inserted.has(theirs)
      ? { author: carriedHead, state: { title: carriedHead.title, body: carriedHead.body, fields: readVersionFields(fieldsToJson(carriedHead.fields), fallback) } }
      : knownVersion(ctx, tally.versions, theirs, fallback);
  // No common history (a recommendation created twice under one id cannot happen; a damaged DAG can): theirs against an empty base.
  const baseState: RecommendationState = baseId
    ? knownVersion(ctx, tally.versions, baseId, fallback).state
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
  // Their versions are behind the merge now: the next version is compressed against the merge.
  ctx.recommendations.forgetBodies(inserted);
  tally.versions.set(mergeId, { author: { id: mergeId, authorId: me?.id ?? null, authorName: me?.name ?? null }, state: { title: merged.title, body: merged.body, fields: merged.fields } });
  project(ctx, tally, rec.id, mergeId, merged.fields, at, merged, row);
  // Each side named after who made that side's change, which may not be who wrote its head.
  const conflictIds = merged.conflicts.map((c) =>
    storeMergeConflict(ctx, dag, { meetingId, recommendationId: rec.id, mergeVersionId: mergeId, baseVersionId: baseId, ours: oursRow, theirs: theirsRow, at }, c, fallback),
  );
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

/**
 * Sets the recommendation's head and the projection of its fields (its search row is redone at the
 * end of the batch); moved to another committee by the version, it goes to the end of that one.
 */
function project(
  ctx: ServiceContext,
  tally: Tally,
  recommendationId: string,
  headVersionId: string,
  fields: RecommendationFields,
  at: string,
  content: { title: string; body: SerializedDocument },
  before: RecommendationPlace = ctx.recommendations.headOf(recommendationId)!,
): void {
  if (before.deletedAt === null) placeInNewCommittee(ctx, recommendationId, before.committeeId, fields.committeeId);
  ctx.recommendations.setProjection({
    id: recommendationId,
    status: fields.status,
    committeeId: fields.committeeId,
    addresseesJson: JSON.stringify(fields.addressees),
    leadActorsJson: JSON.stringify(fields.leadActors),
    horizon: fields.horizon,
    deadline: fields.deadline,
    priority: fields.priority,
    headVersionId,
    updatedAt: at,
  });
  tally.stale.add(recommendationId);
  tally.heads.set(recommendationId, { versionId: headVersionId, title: content.title, body: content.body });
}

/** Sets the pointer of a recommendation consolidated elsewhere, when it is merged_into here too and not pointed yet. */
function pointMergedInto(ctx: ServiceContext, rec: PackageRecommendation): boolean {
  if (rec.mergedIntoId === null) return false;
  const row = ctx.recommendations.record(rec.id);
  if (row?.status !== 'merged_into' || ctx.exchange.recommendationMeeting(rec.mergedIntoId) !== row.meetingId) return false;
  if (ctx.exchange.mergedInto(rec.id) !== null) return false;
  ctx.exchange.setMergedInto(rec.id, rec.mergedIntoId);
  return true;
}
