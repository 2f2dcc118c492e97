/** A recommendation's version DAG as stored here: ancestry and the lowest common ancestor of two heads. */
import type { ServiceContext } from '../context';

export interface Dag {
  parents: Map<string, string[]>;
  /** When a version was made: only read to choose between several lowest common ancestors (criss-cross merges). */
  createdAt: Pick<ReadonlyMap<string, string>, 'get'>;
  /**
   * Ancestries already worked out. A version's ancestry never changes (versions are only ever
   * added, below nothing), so a batch of imports that asks again and again is answered from here.
   */
  ancestors?: Map<string, ReadonlySet<string>>;
}

export function loadDag(ctx: ServiceContext, recommendationId: string): Dag {
  // The parents only: the versions' rows carry their whole text, and a long history is read on every import.
  const times = new Map<string, string | undefined>();
  const createdAt = {
    get(id: string): string | undefined {
      if (!times.has(id)) times.set(id, ctx.recommendations.version(id)?.createdAt);
      return times.get(id);
    },
  };
  return { parents: ctx.recommendations.parents(recommendationId), createdAt, ancestors: new Map() };
}

/** The version and all its ancestors (not to be changed: it may be remembered). Iterative: a history can be long. */
export function ancestry(dag: Dag, versionId: string): ReadonlySet<string> {
  const known = dag.ancestors?.get(versionId);
  if (known) return known;
  const seen = new Set<string>();
  const stack = [versionId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    const remembered = id === versionId ? undefined : dag.ancestors?.get(id);
    if (remembered) {
      for (const a of remembered) seen.add(a);
      continue;
    }
    seen.add(id);
    for (const p of dag.parents.get(id) ?? []) stack.push(p);
  }
  dag.ancestors?.set(versionId, seen);
  return seen;
}

/**
 * The lowest common ancestor of two versions: among their common ancestors, those that are no
 * ancestor of another common one; of several (criss-cross merges), the latest, then the greatest id,
 * so that every machine picks the same. Null when they share no history.
 */
export function lowestCommonAncestor(dag: Dag, a: string, b: string): string | null {
  const ofA = ancestry(dag, a);
  const common = [...ancestry(dag, b)].filter((id) => ofA.has(id));
  if (common.length === 0) return null;
  // The widest histories first: a common ancestor already below one of them adds nothing (its own
  // ancestors are below that one too), so the usual case (one base under forty old versions) walks
  // one history, not forty.
  const byReach = common.map((id) => ({ id, reach: ancestry(dag, id) })).sort((x, y) => y.reach.size - x.reach.size);
  const dominated = new Set<string>();
  for (const { id, reach } of byReach) {
    if (dominated.has(id)) continue;
    for (const anc of reach) if (anc !== id) dominated.add(anc);
  }
  const lowest = common.filter((id) => !dominated.has(id));
  lowest.sort((x, y) => (dag.createdAt.get(y) ?? '').localeCompare(dag.createdAt.get(x) ?? '') || (x < y ? 1 : -1));
  return lowest[0]!;
}
