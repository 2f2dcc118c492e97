import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphFromPlainText, textBlocks, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { mergeDocuments } from '../../../shared/merge/document';

type Para = { uid: string; words: string[] };
const toDoc = (paras: Para[]): SerializedDocument => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paras.map((p) => paragraphFromPlainText(p.words.join(' '), p.uid)) },
});

/** One side's edit: each paragraph kept, removed or edited (words dropped, new words added); new paragraphs inserted. */
const sideEdit = (base: Para[], tag: string) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom('keep', 'remove', 'edit'), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })), { minLength: base.length, maxLength: base.length }),
      fc.array(fc.nat(base.length), { maxLength: 3 }),
    )
    .map(([ops, inserts]) => {
      const out: Para[] = [];
      base.forEach((p, i) => {
        const [op, drops] = ops[i]!;
        if (op === 'remove') return;
        if (op === 'keep') out.push(p);
        else out.push({ uid: p.uid, words: [...p.words.filter((_, k) => !drops[k]), `${tag}${i}`] });
      });
      inserts.forEach((at, k) => out.splice(Math.min(at, out.length), 0, { uid: `${tag}-new-${k}`, words: [`${tag}n${k}`] }));
      return out;
    });

describe('document merge properties', () => {
  it('never loses a paragraph or a word that both sides kept, nor a paragraph either side added', () => {
    const baseArb = fc.integer({ min: 1, max: 6 }).map((n) => Array.from({ length: n }, (_, i) => ({ uid: `p${i}`, words: Array.from({ length: 6 }, (_, k) => `w${i}x${k}`) })));
    fc.assert(
      fc.property(baseArb.chain((base) => fc.tuple(fc.constant(base), sideEdit(base, 'a'), sideEdit(base, 'b'))), ([base, ours, theirs]) => {
        const merged = mergeDocuments(toDoc(base), toDoc(ours), toDoc(theirs));
        const result = new Map(textBlocks(merged.doc).map((b) => [b.uid, b.text.split(' ')]));
        for (const p of base) {
          const o = ours.find((q) => q.uid === p.uid);
          const t = theirs.find((q) => q.uid === p.uid);
          if (!o || !t) continue;
          const words = result.get(p.uid);
          expect(words).toBeDefined();
          for (const w of p.words) if (o.words.includes(w) && t.words.includes(w)) expect(words).toContain(w);
        }
        for (const p of [...ours, ...theirs].filter((q) => q.uid.includes('-new-'))) expect(result.get(p.uid)).toEqual(p.words);
        // Our edits are in the result wherever they are not in conflict with a removal.
        for (const p of ours) if (!base.some((b) => b.uid === p.uid) || result.has(p.uid)) for (const w of p.words.filter((w) => w.startsWith('a'))) expect(result.get(p.uid)).toContain(w);
      }),
      { numRuns: 300 },
    );
  });
});
