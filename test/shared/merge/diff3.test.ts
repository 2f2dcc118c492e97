import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffIds, merge3 } from '../../../shared/merge/diff3';

/** The longest common subsequence's length, by the textbook table (small inputs only). */
function lcsLength(a: readonly number[], b: readonly number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = up;
    }
  }
  return row[b.length]!;
}

const sequence = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 });

describe('token diff', () => {
  it('gives changes that rebuild the other side and keep as many tokens as possible', () => {
    fc.assert(
      fc.property(sequence, sequence, (o, s) => {
        const changes = diffIds(o, s);
        const rebuilt: number[] = [];
        let at = 0;
        for (const c of changes) {
          rebuilt.push(...o.slice(at, c.oStart), ...s.slice(c.sStart, c.sEnd));
          at = c.oEnd;
        }
        rebuilt.push(...o.slice(at));
        expect(rebuilt).toEqual(s);
        const kept = o.length - changes.reduce((n, c) => n + c.oEnd - c.oStart, 0);
        expect(kept).toBe(lcsLength(o, s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('three-way merge of token sequences', () => {
  const join = (regions: ReturnType<typeof merge3<number>>, side: 'a' | 'b') => regions.flatMap((r) => ('ok' in r ? r.ok : r.conflict[side]));

  it('gives back x, without conflict, for merge(o, x, x), merge(o, o, x) and merge(o, x, o)', () => {
    fc.assert(
      fc.property(sequence, sequence, (o, x) => {
        for (const regions of [merge3(x, o, x), merge3(o, o, x), merge3(x, o, o)]) {
          expect(regions.every((r) => 'ok' in r)).toBe(true);
          expect(join(regions, 'a')).toEqual(x);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applies replacements of neighbouring tokens from both sides, and conflicts on the same token', () => {
    expect(merge3([1, 20, 3, 4], [1, 2, 3, 4], [1, 2, 30, 4])).toEqual([{ ok: [1, 20, 30, 4] }]);
    expect(merge3([1, 20, 3], [1, 2, 3], [1, 21, 3])).toEqual([{ ok: [1] }, { conflict: { a: [20], o: [2], b: [21] } }, { ok: [3] }]);
    expect(merge3([1, 7, 2], [1, 2], [1, 8, 2])).toEqual([{ ok: [1] }, { conflict: { a: [7], o: [], b: [8] } }, { ok: [2] }]);
  });
});

describe('overlapping replacements, token by token', () => {
  it('does not call a word both sides changed alike a conflict because one side also changed the next word', () => {
    expect(merge3([1, 20, 30, 4], [1, 2, 3, 4], [1, 2, 30, 4])).toEqual([{ ok: [1, 20, 30, 4] }]);
  });

  it('still reports a word changed differently, and the other side inserting inside a rewritten stretch', () => {
    expect(merge3([1, 20, 30, 4], [1, 2, 3, 4], [1, 2, 31, 4])).toEqual([{ ok: [1] }, { conflict: { a: [20, 30], o: [2, 3], b: [2, 31] } }, { ok: [4] }]);
    expect(merge3([1, 20, 30, 4], [1, 2, 3, 4], [1, 2, 9, 3, 4])).toEqual([{ ok: [1] }, { conflict: { a: [20, 30], o: [2, 3], b: [2, 9, 3] } }, { ok: [4] }]);
  });
});

describe('a word replaced next to its repeat', () => {
  it('is a change where it stands, not an insertion before the repeat and a deletion after', () => {
    // « de capacités capacités recommandation » (0 2 2 1): the first « capacités » and the last word replaced.
    expect(diffIds([0, 2, 2, 1], [0, 9, 2, 10])).toEqual([
      { side: 'a', oStart: 1, oEnd: 2, sStart: 1, sEnd: 2 },
      { side: 'a', oStart: 3, oEnd: 4, sStart: 3, sEnd: 4 },
    ]);
    // « suivi États plateforme États dialogue » (2 3 4 3 6): the first three replaced, the second « États » kept.
    expect(diffIds([2, 3, 4, 3, 6], [7, 8, 8, 3, 6])).toEqual([{ side: 'a', oStart: 0, oEnd: 3, sStart: 0, sEnd: 3 }]);
  });

  it('lets the other side’s change to the next word land', () => {
    // Ours replaced the first « capacités » and the last word, theirs the second « capacités ».
    expect(merge3([0, 9, 2, 10], [0, 2, 2, 1], [0, 2, 7, 1])).toEqual([{ ok: [0, 9, 7, 10] }]);
  });
});

describe('a paragraph rewritten whole', () => {
  it('is one replacement beyond the edit budget: a conflict if the other side touched it, nothing lost', () => {
    const o = Array.from({ length: 3000 }, (_, i) => i);
    const a = o.map((t) => t + 10_000);
    const b = [...o.slice(0, 1500), 99_999, ...o.slice(1500)];
    const regions = merge3(a, o, b);
    expect(regions).toHaveLength(1);
    expect(regions[0]).toEqual({ conflict: { a, o, b } });
  });
});
