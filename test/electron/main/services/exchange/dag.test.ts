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

  it('says when two versions share no history', () => {
    expect(lowestCommonAncestor(dag({ x: [], y: [] }), 'x', 'y')).toBeNull();
  });
});
