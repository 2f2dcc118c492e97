/**
 * What one import batch keeps as it goes (importPackage.ts): each recommendation's outcome, the
 * heads and search rows to redo at the end, the version graphs and parsed versions at hand, and the
 * projection of a new head onto its recommendation.
 */
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { RecommendationFields } from '../../../../shared/domain/types';
import type { RecommendationPlace } from '../../db/repositories/recommendations';
import type { ServiceContext } from '../context';
import type { currentParticipant } from '../profile';
import type { Dag } from './dag';
import type { KnownVersion } from './knownVersions';
import type { StoredVersion } from './parentBlocks';
import type { PendingMerge } from './pendingMerges';
import { placeInNewCommittee } from './placementSync';

export type Outcome = 'created' | 'fastForwarded' | 'merged' | 'unchanged';
const RANK: Readonly<Record<Outcome, number>> = { unchanged: 0, fastForwarded: 1, merged: 2, created: 3 };

/** What an import did with a committee removed, or brought back, elsewhere. */
export type CommitteeFate = 'removed' | 'restored' | 'kept';

/** A recommendation whose trash state an import changed, and how. */
export type TrashChange = 'deleted' | 'restored';

export interface Tally {
  outcomes: Map<string, Outcome>;
  /** Recommendations whose search row is out of date: brought up to date once, at the end of the batch. */
  stale: Set<string>;
  /** The head each projection set, with its content: the search rows are made from it, not read back. */
  heads: Map<string, { versionId: string; title: string; body: SerializedDocument }>;
  /**
   * Where the meeting's recommendations stand, read once for the batch; a recommendation's entry is
   * dropped when the batch writes its row (project, a trash change), so an entry is what the row says.
   */
  places?: Map<string, RecommendationPlace>;
  /** Version DAGs read in this batch, kept up to date as versions are written: 40 packages, one read each. */
  dags: Map<string, Dag>;
  /** Versions already at hand in this batch (the merges made, the ones read), so each is parsed once. */
  versions: Map<string, KnownVersion>;
  /** Bodies read here before the batch wrote anything (preparePackages): parsed once, shared with the packages' versions. */
  bodies: ReadonlyMap<string, StoredVersion>;
  /** Recommendation id → its merge this batch has not written yet (pendingMerges.ts). */
  pending: Map<string, PendingMerge>;
  /** Who signs the merges: the same participant for the whole batch. */
  me: ReturnType<typeof currentParticipant>;
  conflicts: Map<string, string[]>;
  trash: Map<string, TrashChange>;
  /** An edit of the meeting, a committee or a participant was taken. */
  recordsChanged: boolean;
  committees: number;
  /** Committee id → what the batch did to it (the latest word counts): removal, return, or a removal not taken. */
  committeeFates: Map<string, CommitteeFate>;
  participants: number;
  /** Participant id → name, for those removed here because they were removed elsewhere. */
  participantsRemoved: Map<string, string>;
  comments: number;
  commentsUpdated: number;
  wrote: boolean;
}

export function setOutcome(tally: Tally, id: string, outcome: Outcome): void {
  const was = tally.outcomes.get(id);
  if (was === undefined || RANK[outcome] > RANK[was]) tally.outcomes.set(id, outcome);
}

/**
 * Sets the recommendation's head and the projection of its fields (its search row is redone at the
 * end of the batch); moved to another committee by the version, it goes to the end of that one.
 */
export function project(
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
  // `before` is the row as it stands (nothing wrote it since it was read): its status and committee need no second read.
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
  }, before);
  tally.places?.delete(recommendationId);
  tally.stale.add(recommendationId);
  tally.heads.set(recommendationId, { versionId: headVersionId, title: content.title, body: content.body });
}
