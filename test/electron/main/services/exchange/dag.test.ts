import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestry, lowestCommonAncestor, type Dag } from '../../../../../electron/main/services/exchange/dag';

/** A DAG from "child: parents" lines, each version created one minute after the previous line's. */
function dag(lines: Record<string, string[]>): Dag {
  const ids = Object.keys(lines);
  return {
    parents: new Map(Object.entries(lines)),
    createdAt: new Map(ids.map((id, i) => [id, `2026-04-13T08:${String(i).padStart(2, '0')}:00.000Z`])),
  };
}

describe('version DAG', () => {
  const d = dag({ v1: [], v2: ['v1'], a1: ['v2'], b1: ['v2'], m1: ['a1', 'b1'], a2: ['m1'], b2: ['b1'], m2: ['b1', 'a1'] });

  it('knows a version’s ancestors (itself included)', () => {
    expect([...ancestry(d, 'm1')].sort()).toEqual(['a1', 'b1', 'm1', 'v1', 'v2']);
  });

  it('finds the lowest common ancestor of diverged heads', () => {
    expect(lowestCommonAncestor(d, 'a1', 'b1')).toBe('v2');
    expect(lowestCommonAncestor(d, 'a2', 'b2')).toBe('b1');
    expect(lowestCommonAncestor(d, 'a2', 'a1')).toBe('a1');
  });

  it('picks the same one of several lowest common ancestors on every machine (criss-cross merges)', () => {
    // m1 and m2 both merge a1 and b1: their common ancestors a1 and b1 are both lowest; the later wins.
    expect(lowestCommonAncestor(d, 'm1', 'm2')).toBe('b1');
    expect(lowestCommonAncestor(d, 'm2', 'm1')).toBe('b1');
  });

  it('finds, on any history, the ancestor the definition names (common, below no other common one, the latest)', () => {
    // Version i has up to two parents among the versions before it; some have none (histories joined by merges).
    const history = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(2)), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(history, fc.nat(), fc.nat(), (rows, x, y) => {
        const lines: Record<string, string[]> = {};
        rows.forEach(([p, q, n], i) => {
          lines[`v${i}`] = i === 0 ? [] : [...new Set([`v${p % i}`, `v${q % i}`].slice(0, n))];
        });
        const d = dag(lines);
        const a = `v${x % rows.length}`, b = `v${y % rows.length}`;
        const strictAncestors = (id: string) => new Set([...ancestry(d, id)].filter((v) => v !== id));
        const common = [...ancestry(d, a)].filter((v) => ancestry(d, b).has(v));
        const lowest = common.filter((c) => !common.some((o) => strictAncestors(o).has(c)));
        lowest.sort((u, w) => d.createdAt.get(w)!.localeCompare(d.createdAt.get(u)!) || (u < w ? 1 : -1));
        expect(lowestCommonAncestor({ ...d, ancestors: new Map() }, a, b)).toBe(lowest[0] ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it('says when two versions share no history', () => {
    expect(lowestCommonAncestor(dag({ x: [], y: [] }), 'x', 'y')).toBeNull();
  });
});
