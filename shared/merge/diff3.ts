/**
 * Three-way merge of token sequences, for the word-level merge (text.ts).
 *
 * Each side is compared with the base by a Myers diff on token ids (the common prefix and suffix
 * skipped first: two versions of a paragraph usually differ by a few words), which gives each side's
 * changes as ranges of the base replaced by new tokens. Two changes, one from each side, are a
 * conflict when they touch the same base tokens, or when one inserts where the other changes (at
 * either end of it, or at the same place as the other's insertion): « renforcent » → « consolident »
 * on one side, « renforcent sans délai » on the other is one phrase rewritten twice, and which words
 * go together is the rapporteur's call. Two changes that merely sit end to end — one side rewrites
 * a word, the other the next word — both land: they change different words, and a rapporteur would
 * not call that a disagreement (diff3 and git merge-file do, because two neighbouring edits of
 * lines of code are often one edit).
 *
 * What must stay true:
 * - merge(o, x, x), merge(o, o, x), merge(o, x, o) give x with no conflict;
 * - outside conflicts, every change of either side is applied, every token both kept is kept;
 * - at a conflict, `a` and `b` are each side's tokens over the same stretch of the base.
 */

export type Merge3Region<T> = { ok: T[] } | { conflict: { a: T[]; o: T[]; b: T[] } };

/** A change of one side: base tokens [oStart, oEnd) became the side's tokens [sStart, sEnd). */
interface Change {
  side: 'a' | 'b';
  oStart: number;
  oEnd: number;
  sStart: number;
  sEnd: number;
}

/**
 * Beyond this many token edits, the stretch is taken as one replacement: bounded work and memory
 * (the search keeps one row of 2·MAX_EDITS numbers per edit, 8 MB at most), deterministic.
 */
const MAX_EDITS = 1000;

/** The changes turning `o` into `s`, in order, never two touching (there is a common token between two). */
export function diffIds(o: readonly number[], s: readonly number[], side: 'a' | 'b' = 'a'): Change[] {
  let prefix = 0;
  while (prefix < o.length && prefix < s.length && o[prefix] === s[prefix]) prefix++;
  let suffix = 0;
  while (suffix < o.length - prefix && suffix < s.length - prefix && o[o.length - 1 - suffix] === s[s.length - 1 - suffix]) suffix++;
  const n = o.length - prefix - suffix;
  const m = s.length - prefix - suffix;
  if (n === 0 && m === 0) return [];
  // The matched pairs of the middle stretch, then the changes are the gaps between them.
  const matches = n === 0 || m === 0 ? [] : myersMatches(o, s, prefix, n, m);
  const changes: Change[] = [];
  let px = -1;
  let py = -1;
  for (const [x, y] of [...matches, [n, m] as const]) {
    if (x > px + 1 || y > py + 1) changes.push({ side, oStart: prefix + px + 1, oEnd: prefix + x, sStart: prefix + py + 1, sEnd: prefix + y });
    px = x;
    py = y;
  }
  return inPlace(changes, o, s, side);
}

/** How many neighbouring changes inPlace looks at together. */
const IN_PLACE_WINDOW = 8;

/**
 * Where a shortest edit script has several shapes, the one that edits words where they stand. With
 * a repeated word (« capacités capacités », or « États » twice a few words apart) a word replaced
 * can come out as an insertion before the repeat and a deletion after it: the same cost, but changes
 * in places the side never touched, that then clash with the other side's. A run of neighbouring
 * changes over stretches of the same length on both sides is redone position by position when that
 * costs no more.
 */
function inPlace(changes: Change[], o: readonly number[], s: readonly number[], side: 'a' | 'b'): Change[] {
  const out: Change[] = [];
  let i = 0;
  while (i < changes.length) {
    let best = -1;
    let cost = 0;
    for (let j = i; j < changes.length && j < i + IN_PLACE_WINDOW; j++) {
      const c = changes[j]!;
      cost += c.oEnd - c.oStart + (c.sEnd - c.sStart);
      const first = changes[i]!;
      if (j === i || c.oEnd - first.oStart !== c.sEnd - first.sStart) continue;
      let differing = 0;
      for (let k = 0; k < c.oEnd - first.oStart; k++) if (o[first.oStart + k] !== s[first.sStart + k]) differing++;
      if (2 * differing <= cost) best = j;
    }
    if (best < 0) {
      out.push(changes[i]!);
      i++;
      continue;
    }
    const first = changes[i]!;
    const length = changes[best]!.oEnd - first.oStart;
    for (let k = 0; k < length; k++) {
      if (o[first.oStart + k] === s[first.sStart + k]) continue;
      const last = out[out.length - 1];
      if (last && last.oEnd === first.oStart + k && last.oStart >= first.oStart) {
        last.oEnd++;
        last.sEnd++;
      } else out.push({ side, oStart: first.oStart + k, oEnd: first.oStart + k + 1, sStart: first.sStart + k, sEnd: first.sStart + k + 1 });
    }
    i = best + 1;
  }
  return out;
}

/**
 * Myers' greedy O((N+M)·D) shortest edit script over o[offset, offset+n) and s[offset, offset+m):
 * the pairs of positions (relative to offset) it matches, in order. Past MAX_EDITS edits, no pair:
 * the stretch counts as one replacement.
 */
function myersMatches(o: readonly number[], s: readonly number[], offset: number, n: number, m: number): Array<readonly [number, number]> {
  const max = Math.min(n + m, MAX_EDITS);
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  const at = (k: number) => k + max + 1;
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[at(k - 1)]! < v[at(k + 1)]!) ? v[at(k + 1)]! : v[at(k - 1)]! + 1;
      let y = x - k;
      while (x < n && y < m && o[offset + x] === s[offset + y]) {
        x++;
        y++;
      }
      v[at(k)] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [];
  const pairs: Array<readonly [number, number]> = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const before = trace[d]!;
    const k = x - y;
    let snakeStart = 0;
    let prevX = 0;
    let prevY = 0;
    if (d > 0) {
      const down = k === -d || (k !== d && before[at(k - 1)]! < before[at(k + 1)]!);
      const prevK = down ? k + 1 : k - 1;
      prevX = before[at(prevK)]!;
      prevY = prevX - prevK;
      snakeStart = down ? prevX : prevX + 1;
    }
    while (x > snakeStart) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  return pairs.reverse();
}

/** Whether a change of one side and a change of the other are about the same base tokens. */
function clash(x: Change, y: Change): boolean {
  if (x.oStart < y.oEnd && y.oStart < x.oEnd) return true;
  const insertsInto = (ins: Change, other: Change) => ins.oStart === ins.oEnd && other.oStart <= ins.oStart && ins.oStart <= other.oEnd;
  return insertsInto(x, y) || insertsInto(y, x);
}

/**
 * A group of overlapping changes that all replace n tokens by n tokens, merged token by token: one
 * side rewrote « a b », the other only « b », and both wrote the same new « b »; that is not a
 * disagreement. Null when some token was changed differently on both sides (a real conflict), or
 * when a change inserts or removes tokens (no token-to-token correspondence to go by). Inside one
 * change no new token equals an old one (the diff would have kept it), so pairing them by position
 * drops no token a side kept.
 */
function tokenByToken<T>(group: readonly Change[], o: readonly T[], a: readonly T[], b: readonly T[], extent: { oStart: number; oEnd: number }): T[] | null {
  if (group.some((g) => g.oEnd - g.oStart !== g.sEnd - g.sStart)) return null;
  const out = o.slice(extent.oStart, extent.oEnd);
  const written = new Array<boolean>(out.length).fill(false);
  for (const g of group) {
    const seq = g.side === 'a' ? a : b;
    for (let k = 0; k < g.oEnd - g.oStart; k++) {
      const at = g.oStart + k - extent.oStart;
      const token = seq[g.sStart + k]!;
      if (written[at] && out[at] !== token) return null;
      out[at] = token;
      written[at] = true;
    }
  }
  return out;
}

/** Token ids shared by the three sequences, so the diffs compare numbers. */
function intern<T>(seqs: ReadonlyArray<readonly T[]>): number[][] {
  const ids = new Map<T, number>();
  return seqs.map((seq) =>
    seq.map((t) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      return id;
    }),
  );
}

const sameTokens = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((t, i) => t === y[i]);

export function merge3<T>(a: readonly T[], o: readonly T[], b: readonly T[]): Array<Merge3Region<T>> {
  const [ia, io, ib] = intern([a, o, b]) as [number[], number[], number[]];
  const changes = [...diffIds(io, ia, 'a'), ...diffIds(io, ib, 'b')].sort(
    // Insertions before replacements starting at the same place: an insertion at p comes before base token p.
    (x, y) => x.oStart - y.oStart || x.oEnd - x.oStart - (y.oEnd - y.oStart),
  );
  const regions: Array<Merge3Region<T>> = [];
  let ok: T[] = [];
  let at = 0;
  const flush = () => {
    if (ok.length > 0) regions.push({ ok });
    ok = [];
  };
  let i = 0;
  while (i < changes.length) {
    const group = [changes[i]!];
    const extent = { oStart: changes[i]!.oStart, oEnd: changes[i]!.oEnd };
    i++;
    while (i < changes.length && group.some((g) => g.side !== changes[i]!.side && clash(g, changes[i]!))) {
      const next = changes[i]!;
      group.push(next);
      extent.oEnd = Math.max(extent.oEnd, next.oEnd);
      i++;
    }
    for (let k = at; k < extent.oStart; k++) ok.push(o[k]!);
    at = extent.oEnd;
    const span = (side: 'a' | 'b', seq: readonly T[]): T[] => {
      const mine = group.filter((g) => g.side === side);
      if (mine.length === 0) return o.slice(extent.oStart, extent.oEnd);
      const first = mine[0]!;
      const last = mine[mine.length - 1]!;
      return seq.slice(first.sStart - (first.oStart - extent.oStart), last.sEnd + (extent.oEnd - last.oEnd));
    };
    const sa = span('a', a);
    if (group.length === 1) {
      ok.push(...(group[0]!.side === 'a' ? sa : span('b', b)));
      continue;
    }
    const sb = span('b', b);
    if (sameTokens(sa, sb)) {
      ok.push(...sa);
      continue;
    }
    const merged = tokenByToken(group, o, a, b, extent);
    if (merged) {
      ok.push(...merged);
      continue;
    }
    flush();
    regions.push({ conflict: { a: sa, o: o.slice(extent.oStart, extent.oEnd), b: sb } });
  }
  for (let k = at; k < o.length; k++) ok.push(o[k]!);
  flush();
  return regions;
}
