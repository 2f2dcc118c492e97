/**
 * Importing packages: every file is read and checked first (nothing written), then all of them land
 * in ONE transaction, or none does. For each recommendation of a package:
 * - unknown here → created with the same id, its whole history, attributed to its author;
 * - their head is ours or one of our ancestors → unchanged (importing twice changes nothing);
 * - our head is one of their ancestors → fast-forward: their head becomes ours;
 * - diverged → three-way merge against the lowest common ancestor (shared/merge) into the batch's
 *   one merge version of the recommendation (pendingMerges.ts): parents ours, then each of theirs
 *   merged, origin `merge`; what could not be merged is stored as conflicts, our side kept meanwhile.
 * Because versions keep their ids everywhere, a contribution that arrives twice, or through two routes
 * (directly, and inside someone else's merge), is recognised by its versions and merged once.
 * A thin contribution (format 3) carries only the versions made since its basis: the versions it
 * names without carrying them must be here already (packageBasis.ts), or nothing is imported.
 */
import type { ConflictRef, ImportSummary } from '../../../../shared/domain/exchange';
import { PalabreError } from '../../../../shared/errors';
import type { PackageRecommendation, PalabrePackage } from '../../../../shared/package/format';
import type { RecommendationPlace } from '../../db/repositories/recommendations';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { currentParticipant } from '../profile';
import { reindexRecommendation } from '../versioning';
import { findDuplicates } from './duplicates';
import { checkPrerequisites, recordBasis } from './packageBasis';
import { putBackSharedBlocks, type StoredVersion } from './parentBlocks';
import { foreign, insertVersions } from './packageVersions';
import { describeFile } from './packageFile';
import { setUpMeeting } from './setUpMeeting';
import { applyCommitteeOrders } from './placementSync';
import { applyCommitteesOrder, applyRemovals, removeAsThere } from './removalSync';
import { applyDiscussion } from './discussionSync';
import { applyRecordChanges } from './recordSync';
import { applyTrashState, type TrashOutcome } from './trashSync';
import { project, setOutcome, type CommitteeFate, type Outcome, type Tally, type TrashChange } from './importTally';
import { mergeVersions } from './mergeVersions';
import { writePendingMerge, writePendingMerges } from './pendingMerges';

export interface PackageSource {
  /** Shown in the summary and in messages: a file name, never a folder. */
  name: string;
  pkg: PalabrePackage;
}

export interface ImportPackagesOptions {
  meetingId?: string | undefined;
  /**
   * The batch was prepared already (preparePackages, before the backup): the bodies it read here to
   * put shared blocks back, which the merges start from.
   */
  prepared?: Map<string, StoredVersion> | undefined;
  /** Filled with each recommendation the batch created and the file it came in (for a caller that finds duplicates itself). */
  createdFrom?: Map<string, string> | undefined;
}

/**
 * What must hold before a batch writes anything: every version a thin package builds on is here or
 * earlier in the batch, and every block a version shares with its parent is put back. Returns the
 * bodies read here for it.
 */
export function preparePackages(ctx: ServiceContext, sources: readonly PackageSource[]): Map<string, StoredVersion> {
  checkPrerequisites(ctx, sources);
  const stored = new Map<string, StoredVersion>();
  putBackSharedBlocks(ctx, sources, stored);
  return stored;
}

export function importPackages(ctx: ServiceContext, sources: readonly PackageSource[], options: ImportPackagesOptions = {}): ImportSummary {
  if (sources.length === 0) throw new PalabreError('invalid_input', 'no file');
  const meetingId = options.meetingId ?? sources[0]!.pkg.meeting.id;
  for (const { name, pkg } of sources) {
    if (pkg.meeting.id !== meetingId) throw new PalabreError('package_other_meeting', `${name}: ${pkg.meeting.title} (${pkg.meeting.id})`);
  }
  const bodies = options.prepared ?? preparePackages(ctx, sources);
  const tally: Tally = {
    outcomes: new Map(),
    stale: new Set(),
    heads: new Map(),
    dags: new Map(),
    versions: new Map(),
    bodies,
    pending: new Map(),
    me: currentParticipant(ctx),
    conflicts: new Map(),
    trash: new Map(),
    recordsChanged: false,
    committees: 0,
    committeeFates: new Map(),
    participants: 0,
    participantsRemoved: new Map(),
    comments: 0,
    commentsUpdated: 0,
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
    writePendingMerges(ctx, tally);
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
  // The first file that carries a recommendation created it.
  const createdFrom = options.createdFrom ?? new Map<string, string>();
  const isNew = new Set(created);
  sources.forEach((source, i) => {
    for (const rec of source.pkg.recommendations) if (isNew.has(rec.id) && !createdFrom.has(rec.id)) createdFrom.set(rec.id, `package ${i}`);
  });
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
    duplicates: created.length > 0 ? findDuplicates(ctx, meetingId, createdFrom) : [],
    detailsUpdated: tally.recordsChanged,
    committeesAdded: tally.committees,
    ...committeeFatesOf(ctx, tally),
    participantsAdded: tally.participants,
    participantsRemoved: [...tally.participantsRemoved.values()],
    commentsAdded: tally.comments,
    commentsUpdated: tally.commentsUpdated,
    wordFiles: [],
    noChange: !tally.wrote,
  };
}

/** The names of the committees removed, brought back, or kept against a removal, as the batch left them. */
function committeeFatesOf(ctx: ServiceContext, tally: Tally): Pick<ImportSummary, 'committeesRemoved' | 'committeesRestored' | 'committeesKept'> {
  const named = (fate: CommitteeFate) =>
    [...tally.committeeFates].filter(([, f]) => f === fate).map(([id]) => ctx.meetings.committeeRecord(id)?.name ?? id);
  return { committeesRemoved: named('removed'), committeesRestored: named('restored'), committeesKept: named('kept') };
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
    if (!x.insertCommittee({ id: c.id, meetingId, name: c.name, position, createdAt: c.createdAt })) continue;
    if (c.removal?.removed) removeAsThere(ctx, 'committee', c.id, c.removal);
    else tally.committees++;
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
    if (!x.insertParticipant({ id: p.id, meetingId, delegationId: delegationIds.get(p.delegationId)!, name: p.name, role: p.role, createdAt: p.createdAt })) continue;
    if (p.removal?.removed) removeAsThere(ctx, 'participant', p.id, p.removal);
    else tally.participants++;
  }
  if (tally.committees + tally.participants > 0) tally.wrote = true;
  if (applyRecordChanges(ctx, pkg, delegationIds)) {
    tally.recordsChanged = true;
    tally.wrote = true;
  }

  // Where each recommendation stands, read once for the batch (forty packages name the same six
  // hundred): an entry is dropped when the batch writes that row (project, recordTrashChange).
  tally.places ??= ctx.recommendations.placesIn(meetingId);
  for (const rec of pkg.recommendations) importRecommendation(ctx, name, pkg, rec, tally, keepPositions, tally.places);
  // After all of them: a recommendation may point to one that comes later in the package.
  for (const rec of pkg.recommendations) if (pointMergedInto(ctx, rec)) tally.wrote = true;
  // Removals once the recommendations are in: a committee holding one of them stays, or comes back.
  if (applyRemovals(ctx, pkg, tally.committeeFates, tally.participantsRemoved)) {
    tally.recordsChanged = true;
    tally.wrote = true;
  }
  // Orders last: they name recommendations this package may just have created or moved.
  if (applyCommitteeOrders(ctx, pkg) > 0) tally.wrote = true;
  if (applyCommitteesOrder(ctx, pkg)) {
    tally.recordsChanged = true;
    tally.wrote = true;
  }

  const discussion = applyDiscussion(ctx, pkg);
  tally.comments += discussion.comments;
  tally.commentsUpdated += discussion.commentsUpdated;
  for (const id of discussion.commented) tally.stale.add(id);
  if (discussion.comments + discussion.commentsUpdated + discussion.amendmentsChanged > 0) tally.wrote = true;
}

function importRecommendation(
  ctx: ServiceContext,
  fileName: string,
  pkg: PalabrePackage,
  rec: PackageRecommendation,
  tally: Tally,
  keepPositions: boolean,
  places: Map<string, RecommendationPlace>,
): void {
  const meetingId = pkg.meeting.id;
  const x = ctx.exchange;
  // Not in this meeting: new here, or (refused below) another meeting's.
  let here = places.get(rec.id);
  if (here === undefined) {
    here = ctx.recommendations.headOf(rec.id);
    if (here !== undefined) places.set(rec.id, here);
  }
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
  // Alive here and no trash state there: nothing to take (applyTrashState's own first answer, without its reads).
  const trashToWeigh = rec.trash !== undefined || here!.deletedAt !== null;
  // The trash state reads the history as stored, and weighs what we had before this file (which
  // the sender may not have seen): the batch's merge so far is written before, this file's after.
  if (trashToWeigh) writePendingMerge(ctx, tally, rec.id);
  const headBefore = here!.headVersionId;
  mergeVersions(ctx, fileName, pkg, rec, tally, here!);
  if (!trashToWeigh) return;
  writePendingMerge(ctx, tally, rec.id);
  recordTrashChange(tally, rec.id, applyTrashState(ctx, pkg, rec, headBefore, fileName));
}

function recordTrashChange(tally: Tally, id: string, outcome: TrashOutcome): void {
  if (outcome.change === 'none') return;
  tally.wrote = true;
  tally.places?.delete(id);
  if (outcome.change === 'conflict') tally.conflicts.set(id, [...(tally.conflicts.get(id) ?? []), outcome.conflictId]);
  else tally.trash.set(id, outcome.change);
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
