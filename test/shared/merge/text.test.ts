import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeFormattedText, mergePlainText } from '../../../shared/merge/text';

describe('word-level three-way merge', () => {
  it('takes changes to different words from both sides', () => {
    const base = 'Les États membres renforcent l’alerte précoce.';
    const merged = mergePlainText(base, 'Les États membres renforcent rapidement l’alerte précoce.', 'Les États membres renforcent l’alerte précoce\u202F; ils la financent.');
    expect(merged.conflicts).toEqual([]);
    expect(merged.ours).toBe('Les États membres renforcent rapidement l’alerte précoce\u202F; ils la financent.');
  });

  it('reports the same words changed differently as a conflict, ours kept, theirs aside', () => {
    const merged = mergePlainText('Le Conseil adopte le plan d’action.', 'Le Conseil adopte le plan d’urgence.', 'Le Conseil adopte le plan d’intervention.');
    expect(merged.conflicts).toEqual([{ base: 'd’action', ours: 'd’urgence', theirs: 'd’intervention' }]);
    expect(merged.ours).toBe('Le Conseil adopte le plan d’urgence.');
    expect(merged.theirs).toBe('Le Conseil adopte le plan d’intervention.');
  });

  it('takes changes to neighbouring words from both sides: different words are not a conflict', () => {
    const base = 'Les États membres renforcent la coordination de l’action diplomatique.';
    const merged = mergePlainText(base, 'Les États membres renforcent une coordination de l’action diplomatique.', 'Les États membres développent la coordination de l’action diplomatique.');
    expect(merged.conflicts).toEqual([]);
    expect(merged.ours).toBe('Les États membres développent une coordination de l’action diplomatique.');
  });

  it('takes a word removed next to a word replaced, but reports words inserted against a word the other side replaced', () => {
    const base = 'un réseau régional de médiateurs';
    expect(mergePlainText(base, 'un réseau de médiateurs', 'un réseau régional des médiateurs')).toEqual({ ours: 'un réseau des médiateurs', theirs: 'un réseau des médiateurs', conflicts: [] });
    // « vaste réseau » and « maillage » rewrite one phrase twice: which words go together is for the rapporteur.
    expect(mergePlainText(base, 'un vaste réseau régional de médiateurs', 'un maillage régional de médiateurs').conflicts).toHaveLength(1);
    expect(mergePlainText(base, 'un réseau régional de médiateurs formés', 'un réseau régional de négociateurs').conflicts).toHaveLength(1);
  });

  it('takes edits in different sentences of one paragraph, and still reports two insertions at the same place', () => {
    const base = 'Le Conseil adopte le plan. Les États le financent.';
    expect(mergePlainText(base, 'Le Conseil adopte le plan d’urgence. Les États le financent.', 'Le Conseil adopte le plan. Les États membres le financent.').conflicts).toEqual([]);
    const both = mergePlainText(base, 'Le Conseil adopte le plan d’urgence. Les États le financent.', 'Le Conseil adopte le plan régional. Les États le financent.');
    expect(both.conflicts).toEqual([{ base: '', ours: 'd’urgence', theirs: 'régional' }]);
    expect(both.ours).toBe('Le Conseil adopte le plan d’urgence. Les États le financent.');
    expect(both.theirs).toBe('Le Conseil adopte le plan régional. Les États le financent.');
  });

  it('does not call the same change made on both sides a conflict', () => {
    const merged = mergePlainText('un plan régional', 'un plan régional ambitieux', 'un plan régional ambitieux');
    expect(merged).toEqual({ ours: 'un plan régional ambitieux', theirs: 'un plan régional ambitieux', conflicts: [] });
  });
});

/** A text of distinct words, so that "the word w is in the result" has one meaning. */
const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** An edit of a word list: some words removed, some new words (never seen elsewhere) inserted. */
function edited(base: string[], removals: boolean[], inserts: number[], tag: string): string[] {
  const out: string[] = [];
  base.forEach((w, i) => {
    if (inserts[i]) out.push(...words(`${tag}${i}x`, inserts[i]));
    if (!removals[i]) out.push(w);
  });
  return out;
}

const editArb = (n: number) => fc.tuple(fc.array(fc.boolean(), { minLength: n, maxLength: n }), fc.array(fc.nat(2), { minLength: n, maxLength: n }));

describe('merge properties', () => {
  it('never loses a word that both sides kept, nor a word either side added', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(fc.constant(n), editArb(n), editArb(n))),
        ([n, [remA, insA], [remB, insB]]) => {
          const base = words('w', n);
          const ours = edited(base, remA, insA, 'a');
          const theirs = edited(base, remB, insB, 'b');
          const merged = mergePlainText(base.join(' '), ours.join(' '), theirs.join(' '));
          const inOurs = new Set(merged.ours.split(/\s+/));
          const inTheirs = new Set(merged.theirs.split(/\s+/));
          for (const w of base) {
            if (ours.includes(w) && theirs.includes(w)) {
              expect(inOurs.has(w)).toBe(true);
              expect(inTheirs.has(w)).toBe(true);
            }
          }
          // What ours added is in our result; what theirs added is in theirs (and in ours unless it conflicts).
          for (const w of ours.filter((w) => !base.includes(w))) expect(inOurs.has(w)).toBe(true);
          for (const w of theirs.filter((w) => !base.includes(w))) expect(inTheirs.has(w)).toBe(true);
          if (merged.conflicts.length === 0) {
            expect(merged.ours).toBe(merged.theirs);
            for (const w of theirs.filter((w) => !base.includes(w))) expect(inOurs.has(w)).toBe(true);
            // A word removed by one side and kept by the other is removed.
            for (const w of base) if (!ours.includes(w) || !theirs.includes(w)) expect(inOurs.has(w)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merge(base, x, x) = x, merge(base, base, x) = x and merge(base, x, base) = x', () => {
    const text = fc.array(fc.constantFrom('l’alerte', 'précoce', '«\u00A0plan\u00A0»', '\u202F;', 'États', ' ', ', ', 'aujourd’hui', '1,5', '\n'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (base, x) => {
        expect(mergePlainText(base, x, x)).toEqual({ ours: x, theirs: x, conflicts: [] });
        expect(mergePlainText(base, base, x)).toEqual({ ours: x, theirs: x, conflicts: [] });
        expect(mergePlainText(base, x, base)).toEqual({ ours: x, theirs: x, conflicts: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the merge of the middle only', () => {
  // Words, French signs with their no-break spaces, apostrophes, spaces, and formats: what the ends cut at and around.
  const piece = fc.constantFrom('Les', ' ', 'États', 'membres', 'l’alerte', '\u00A0:', ' ;', '«\u00A0', '\u00A0»', ',', '.', 'précoce', '2,5', 'a', '  ', 'x-y');
  const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
  const formatted = (t: string, bold: number) => ({ text: t, formats: [...t].flatMap((c, i) => (c.length === 2 ? [0, 0] : [i % 7 === bold ? 1 : 0])) });

  it('gives what the merge of the whole texts gives, whatever the three share at their ends', () => {
    fc.assert(
      fc.property(text, text, text, text, text, fc.integer({ min: 0, max: 8 }), (start, end, o, a, b, bold) => {
        const side = (middle: string, boldHere: number) => formatted(`${start}${middle}${end}`, boldHere);
        const [base, ours, theirs] = [side(o, bold), side(a, bold), side(b, bold === 8 ? 3 : bold)];
        expect(mergeFormattedText(base, ours, theirs)).toEqual(mergeFormattedText(base, ours, theirs, { trimEnds: false }));
      }),
      { numRuns: 3000 },
    );
  });
});
