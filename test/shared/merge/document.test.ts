import { describe, expect, it } from 'vitest';
import { paragraphFromPlainText, textBlocks, textNode, paragraphNode, type SerializedDocument } from '../../../shared/document/lexicalJson';
import fc from 'fast-check';
import { documentJson, mergeDocuments, mergeOrder, serialisesAlike } from '../../../shared/merge/document';
import { mergeFields, mergeList } from '../../../shared/merge/fields';
import type { RecommendationFields } from '../../../shared/domain/types';

function doc(...paragraphs: Array<[string, string]>): SerializedDocument {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs.map(([uid, text]) => paragraphFromPlainText(text, uid)) } };
}
const texts = (d: SerializedDocument) => textBlocks(d).map((b) => `${b.uid}:${b.text}`);

describe('document merge', () => {
  const base = doc(['p1', 'Considérant les risques climatiques.'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit sa mise en œuvre.']);

  it('merges edits in different paragraphs cleanly', () => {
    const ours = doc(['p1', 'Considérant les risques climatiques croissants.'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit sa mise en œuvre.']);
    const theirs = doc(['p1', 'Considérant les risques climatiques.'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit chaque année sa mise en œuvre.']);
    const merged = mergeDocuments(base, ours, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(texts(merged.doc)).toEqual(['p1:Considérant les risques climatiques croissants.', 'p2:Les États membres créent un système d’alerte.', 'p3:Le Conseil suit chaque année sa mise en œuvre.']);
  });

  it('serialises like ours around what changed (keys in ours’ order), so that it is stored as a small delta', () => {
    // Keys in the order a package gives them (sorted), not the order Lexical writes them.
    const sorted = (d: SerializedDocument) => JSON.parse(JSON.stringify(d, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v))) as SerializedDocument;
    const ours = sorted(doc(['p1', 'Considérant les risques climatiques croissants.'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit sa mise en œuvre.']));
    const theirs = sorted(doc(['p1', 'Considérant les risques climatiques.'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit sa mise en œuvre.'], ['p4', 'Nouveau.']));
    const merged = JSON.stringify(mergeDocuments(sorted(base), ours, theirs).doc);
    const before = JSON.stringify(ours);
    expect(merged.startsWith(before.slice(0, before.lastIndexOf(']')))).toBe(true);
    expect(Object.keys(JSON.parse(merged).root as object)).toEqual(Object.keys(ours.root));
    // A paragraph both sides edited is rebuilt word by word: still in ours' key order, block and text.
    const theirsToo = sorted(doc(['p1', 'Considérant les graves risques climatiques.'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit sa mise en œuvre.']));
    const rebuilt = mergeDocuments(sorted(base), ours, theirsToo).doc.root.children[0]!;
    expect(textBlocks({ root: { ...ours.root, children: [rebuilt] } })[0]!.text).toBe('Considérant les graves risques climatiques croissants.');
    expect(Object.keys(rebuilt)).toEqual(Object.keys(ours.root.children[0]!));
    expect(Object.keys(rebuilt.children![0]!)).toEqual(Object.keys(ours.root.children[0]!.children![0]!));
  });

  it('writes the JSON of a merged document, and of any document, exactly as JSON.stringify does', () => {
    const ours = doc(['p1', 'Considérant les risques « climatiques »\u202F;'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit sa mise en œuvre.']);
    const theirs = doc(['p1', 'Considérant les risques climatiques.'], ['p2', 'Les États membres créent un système d’alerte précoce.'], ['p3', 'Le Conseil suit sa mise en œuvre.']);
    const merged = mergeDocuments(base, ours, theirs).doc;
    expect(documentJson(merged)).toBe(JSON.stringify(merged));
    // Properties JSON leaves out are left out; an empty document and a duplicated block id too.
    const odd = { ...ours, extra: undefined, root: { ...ours.root, direction: undefined, children: [...ours.root.children, ours.root.children[0]!] } } as unknown as SerializedDocument;
    expect(documentJson(odd)).toBe(JSON.stringify(odd));
    const empty: SerializedDocument = { root: { ...ours.root, children: [] } };
    expect(documentJson(empty)).toBe(JSON.stringify(empty));
  });

  it('writes a version’s JSON with its parent’s serialisation of equal blocks, and its own where they differ', () => {
    const parent = doc(['p1', 'Considérant les risques climatiques.'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit sa mise en œuvre.']);
    documentJson(parent); // cut once, as an import cuts the base it merges against
    // Parsed from elsewhere (a package): equal blocks are other objects; p2 changed, p3 has its keys in another order.
    const child = JSON.parse(JSON.stringify(parent)) as SerializedDocument;
    child.root.children[1] = paragraphFromPlainText('Les États membres créent un système d’alerte précoce\u202F!', 'p2');
    const p3 = child.root.children[2]!;
    child.root.children[2] = Object.fromEntries(Object.entries(p3).reverse()) as typeof p3;
    expect(documentJson(child, parent)).toBe(JSON.stringify(child));
  });

  it('says two values serialise alike only when JSON.stringify writes them the same', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(null, true, 0, -0, 1.5, '', 'é', '«\u00A0»'), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('type', 'text', 'children', 'format'), tie('value'), { maxKeys: 3 })),
    })).value;
    fc.assert(
      fc.property(json, json, (a, b) => {
        if (serialisesAlike(a, b)) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        // A value and its copy (same keys, same order) always do.
        expect(serialisesAlike(a, JSON.parse(JSON.stringify(a)))).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(serialisesAlike({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  });

  it('keeps paragraphs both sides inserted, applies a move and a deletion', () => {
    const ours = doc(['p1', 'Considérant les risques climatiques.'], ['n1', 'Nouveau A.'], ['p2', 'Les États membres créent un système d’alerte.'], ['p3', 'Le Conseil suit sa mise en œuvre.']);
    const theirs = doc(['p3', 'Le Conseil suit sa mise en œuvre.'], ['p1', 'Considérant les risques climatiques.'], ['p2', 'Les États membres créent un système d’alerte.'], ['n2', 'Nouveau B.']);
    const merged = mergeDocuments(base, ours, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(textBlocks(merged.doc).map((b) => b.uid)).toEqual(['p3', 'p1', 'n1', 'p2', 'n2']);
    // A deletion on one side of a paragraph the other did not touch removes it.
    const without = mergeDocuments(base, doc(['p1', 'Considérant les risques climatiques.'], ['p3', 'Le Conseil suit sa mise en œuvre.']), base);
    expect(textBlocks(without.doc).map((b) => b.uid)).toEqual(['p1', 'p3']);
  });

  it('reports a paragraph removed on one side and edited on the other; keeps ours meanwhile', () => {
    const ours = doc(['p1', 'Considérant les risques climatiques.'], ['p3', 'Le Conseil suit sa mise en œuvre.']);
    const theirs = doc(['p1', 'Considérant les risques climatiques.'], ['p2', 'Les États membres créent un système d’alerte précoce.'], ['p3', 'Le Conseil suit sa mise en œuvre.']);
    const merged = mergeDocuments(base, ours, theirs);
    expect(textBlocks(merged.doc).map((b) => b.uid)).toEqual(['p1', 'p3']);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0]).toMatchObject({ blockKey: 'p2', ours: null, afterKey: 'p1' });
  });

  it('merges inside a paragraph word by word, formats included, and reports an overlap', () => {
    const bold = (uid: string, ...parts: Array<[string, number]>) => ({ root: { type: 'root' as const, version: 1, children: [paragraphNode(parts.map(([t, f]) => textNode(t, f)), uid)] } });
    const b = bold('p1', ['Le plan est adopté.', 0]);
    const o = bold('p1', ['Le ', 0], ['plan', 1], [' est adopté.', 0]);
    const t = bold('p1', ['Le plan est adopté sans délai.', 0]);
    const merged = mergeDocuments(b, o, t);
    expect(merged.conflicts).toEqual([]);
    const children = merged.doc.root.children[0]!.children!;
    expect(children.map((c) => [c.text, c.format])).toEqual([['Le ', 0], ['plan', 1], [' est adopté sans délai.', 0]]);

    const clash = mergeDocuments(b, bold('p1', ['Le plan est rejeté.', 0]), bold('p1', ['Le plan est amendé.', 0]));
    expect(clash.conflicts).toHaveLength(1);
    expect(clash.conflicts[0]!.hunks).toEqual([{ base: 'adopté', ours: 'rejeté', theirs: 'amendé' }]);
    expect(textBlocks(clash.doc)[0]!.text).toBe('Le plan est rejeté.');
  });

  it('orders keys once each', () => {
    expect(mergeOrder(['a', 'x', 'b'], ['a', 'b'], ['a', 'y', 'b'])).toEqual(['a', 'x', 'y', 'b']);
  });
});

describe('field merge', () => {
  const base: RecommendationFields = { status: 'draft', committeeId: 'c1', addressees: ['États membres'], leadActors: [], horizon: '2026', deadline: null, priority: null };
  it('takes each side’s changes, merges lists as sets, and reports a clash', () => {
    const ours = { ...base, priority: 'high' as const, addressees: ['États membres', 'Commission'], horizon: '2027' };
    const theirs = { ...base, deadline: '2026-12-31', addressees: ['Conseil des Ministres'], horizon: '2028' };
    const merged = mergeFields(base, ours, theirs);
    expect(merged.fields).toMatchObject({ priority: 'high', deadline: '2026-12-31', addressees: ['Commission', 'Conseil des Ministres'], horizon: '2027' });
    expect(merged.conflicts).toEqual([{ field: 'horizon', base: '2026', ours: '2027', theirs: '2028' }]);
  });
  it('treats addressees that differ only by accents or apostrophes as the same', () => {
    expect(mergeList([], ['Chefs d’État'], ["chefs d'etat"])).toEqual(['Chefs d’État']);
  });
});

describe('document merge, more cases', () => {
  const base = doc(['p1', 'Premier paragraphe.'], ['p2', 'Deuxième paragraphe.']);
  it('keeps our edited paragraph that they removed, as a conflict whose other side is a removal', () => {
    const ours = doc(['p1', 'Premier paragraphe.'], ['p2', 'Deuxième paragraphe amendé.']);
    const theirs = doc(['p1', 'Premier paragraphe.']);
    const merged = mergeDocuments(base, ours, theirs);
    expect(texts(merged.doc)).toEqual(['p1:Premier paragraphe.', 'p2:Deuxième paragraphe amendé.']);
    expect(merged.conflicts).toMatchObject([{ blockKey: 'p2', theirs: null }]);
  });

  it('gives back x for merge(base, x, x), merge(base, base, x) and merge(base, x, base)', () => {
    const x = doc(['p2', 'Deuxième paragraphe, déplacé et amendé.'], ['p3', 'Nouveau.']);
    for (const [o, t] of [[x, x], [base, x], [x, base]] as const) {
      const merged = mergeDocuments(base, o, t);
      expect(merged.conflicts).toEqual([]);
      expect(merged.doc).toEqual(x);
    }
  });
});
