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
