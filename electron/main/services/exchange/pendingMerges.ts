/**
 * One merge version per recommendation per import. Forty contributions that each touch a
 * recommendation used to leave forty merge versions behind, one per file, each read back by the
 * next: the history showed forty "merges" for one action of the rapporteur, and writing them was a
 * good part of the import's time. Now the first merge of a recommendation in a batch opens a
 * version that is not written yet; each further contribution is merged into it (the same three-way
 * merge, against the same base, as if the previous one had been written), and it is written once,
 * with every head it merged as a parent, when the batch is done with the recommendation.
 *
 * Until then the recommendation's head names it (the projection is set at each merge, as before),
 * it lives in the batch's memory (Tally.versions, its node in the DAG), and its conflicts wait with
 * it: they refer to it, and it is not in the database yet.
 */
import type { Coauthor } from '../../../../shared/domain/review';
import { fieldsToJson } from '../../../../shared/domain/fields';
import { documentJson } from '../../../../shared/merge/document';
import type { VersionHeader } from '../../db/repositories/recommendations';
import type { ServiceContext } from '../context';
import type { NewConflictRow } from './conflictStore';
import { ancestry, type Dag } from './dag';
import type { Tally } from './importTally';

export interface PendingMerge {
  id: string;
  /** Our head before the batch merged into it, then each head of theirs merged, in the order merged. */
  parents: string[];
  /** Who made the heads merged in (not the one who merges), once each. */
  coauthors: Coauthor[];
  /** Its conflicts, sides worked out when each was found, written with it. */
  conflicts: NewConflictRow[];
  /** When the latest contribution was merged in: the version's time. */
  at: string;
}

/** The pending merge's header as the conflict store reads a version's: who merges, its title and fields now. */
export function pendingHeader(tally: Tally, recommendationId: string, versionId: string): VersionHeader | undefined {
  const pending = tally.pending.get(recommendationId);
  if (pending?.id !== versionId) return undefined;
  const { state } = tally.versions.get(versionId)!;
  return {
    id: versionId,
    recommendationId,
    title: state.title,
    fieldsJson: fieldsToJson(state.fields),
    authorId: tally.me?.id ?? null,
    authorName: tally.me?.name ?? null,
    origin: 'merge',
    createdAt: pending.at,
    coauthorsJson: JSON.stringify(pending.coauthors),
  };
}

/**
 * Writes the recommendation's pending merge, if it has one, and then its conflicts. Called before
 * anything reads the head from the database (a trash change), and for every one at the end of the batch.
 */
export function writePendingMerge(ctx: ServiceContext, tally: Tally, recommendationId: string): void {
  const pending = tally.pending.get(recommendationId);
  if (!pending) return;
  tally.pending.delete(recommendationId);
  const dag = tally.dags.get(recommendationId)!;
  const parents = directParents(dag, pending.parents);
  dag.parents.set(pending.id, parents);
  const { state } = tally.versions.get(pending.id)!;
  const me = tally.me;
  ctx.recommendations.insertVersion(
    {
      id: pending.id,
      recommendationId,
      title: state.title,
      bodyJson: documentJson(state.body),
      fieldsJson: fieldsToJson(state.fields),
      authorId: me?.id ?? null,
      authorName: me?.name ?? null,
      origin: 'merge',
      createdAt: pending.at,
      coauthorsJson: JSON.stringify(pending.coauthors),
    },
    parents,
  );
  for (const conflict of pending.conflicts) ctx.exchange.insertConflict(conflict);
}

export function writePendingMerges(ctx: ServiceContext, tally: Tally): void {
  for (const recommendationId of [...tally.pending.keys()]) writePendingMerge(ctx, tally, recommendationId);
}

/**
 * The parents a merge needs: each once, and none that another already has in its history (an
 * expert's second contribution, built on the first, makes the first one's head redundant). Our
 * head stays first: it is the line the history follows, and the body is compressed against it.
 */
export function directParents(dag: Dag, parents: readonly string[]): string[] {
  const unique = [...new Set(parents)];
  return unique.filter((id, i) => i === 0 || !unique.some((other) => other !== id && ancestry(dag, other).has(id)));
}
