import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../shared/diff/documentDiff';
import { renderDiffText, sideBlocks } from '../../../shared/diff/render';
import { emptyDocument, paragraphNode, textBlocks, textNode, TEXT_FORMAT, type SerializedDocument, type SerializedNode } from '../../../shared/document/lexicalJson';
import { setParagraphKind } from '../../../shared/document/paragraphKind';
import { edit, seeded, sentence } from './random';

/** A document of paragraphs given as [uid, text]. */
function doc(...paragraphs: Array<[string | undefined, string] | SerializedNode>): SerializedDocument {
  const d = emptyDocument();
  d.root.children = paragraphs.map((p) => (Array.isArray(p) ? paragraphNode([textNode(p[1])], p[0]) : p));
  return d;
}

describe('document diff', () => {
  it('aligns paragraphs by their stable id and compares each word by word', () => {
    const before = doc(['a', 'Considérant que les crises se préparent.'], ['b', 'Les experts recommandent un réseau.'], ['c', 'Fin.']);
    const after = doc(['a', 'Considérant que les crises se préparent.'], ['b', 'Les experts recommandent un réseau national.'], ['c', 'Fin.']);
    const diff = diffDocuments(before, after);
    expect(diff.blocks.map((b) => [b.status, b.oldUid, b.newUid])).toEqual([
      ['unchanged', 'a', 'a'],
      ['changed', 'b', 'b'],
      ['unchanged', 'c', 'c'],
    ]);
    expect(diff.stats).toMatchObject({ changed: 1, unchanged: 2, insertedWords: 1, deletedWords: 0 });
    expect(renderDiffText(diff, 'fr', { changedOnly: true })).toBe('Les experts recommandent un réseau{+ national+}.');
  });

  it('shows added and removed paragraphs where they stand, and a rewritten paragraph as changed', () => {
    const before = doc(['a', 'Premier.'], ['b', 'Deuxième, supprimé.'], ['c', 'Troisième.']);
    const after = doc(['a', 'Premier.'], ['n', 'Nouveau paragraphe.'], ['c', 'Troisième, complété.']);
    const diff = diffDocuments(before, after);
    expect(diff.blocks.map((b) => [b.status, b.oldIndex, b.newIndex])).toEqual([
      ['unchanged', 0, 0],
      ['removed', 1, null],
      ['added', null, 1],
      ['changed', 2, 2],
    ]);
    expect(renderDiffText(diff, 'en')).toBe('Premier.\n\n[-Deuxième, supprimé.-]\n\n{+Nouveau paragraphe.+}\n\nTroisième{+, complété+}.');
  });

  it('finds a moved paragraph, edited or not, and says so', () => {
    const before = doc(['a', 'Alpha.'], ['b', 'Bravo.'], ['c', 'Charlie.'], ['d', 'Delta.']);
    const after = doc(['a', 'Alpha.'], ['c', 'Charlie.'], ['d', 'Delta.'], ['b', 'Bravo, déplacé.']);
    const diff = diffDocuments(before, after);
    const moved = diff.blocks.filter((b) => b.status === 'moved');
    expect(moved.map((b) => [b.oldUid, b.oldIndex, b.newIndex, b.textChanged])).toEqual([['b', 1, 3, true]]);
    expect(renderDiffText(diff, 'fr', { changedOnly: true })).toBe('(déplacé) Bravo{+, déplacé+}.');
  });

  it('aligns paragraphs without ids (pasted, imported) by their text', () => {
    const before = doc([undefined, 'Les États membres créent un réseau d’alerte précoce.'], [undefined, 'Autre chose.']);
    const after = doc([undefined, 'Autre chose.'], [undefined, 'Les États membres créent un réseau confédéral d’alerte précoce.']);
    const diff = diffDocuments(before, after);
    // Two blocks, both found again: one of them moved (which one is a tie), none added or removed.
    expect(diff.blocks).toHaveLength(2);
    expect(diff.blocks.map((b) => b.status)).toContain('moved');
    expect(diff.stats).toMatchObject({ added: 0, removed: 0 });
    expect(diff.blocks.find((b) => b.textChanged)!.runs.filter((r) => r.kind === 'insert').map((r) => r.text)).toEqual(['confédéral ']);
  });

  it('shows a change of paragraph kind and of formatting', () => {
    const p = paragraphNode([textNode('Rappelant les engagements pris.')], 'p');
    const preambular = paragraphNode([textNode('Rappelant les engagements pris.')], 'p');
    setParagraphKind(preambular, 'preambular');
    const bold = paragraphNode([textNode('Rappelant '), textNode('les engagements', TEXT_FORMAT.bold), textNode(' pris.')], 'p');
    expect(renderDiffText(diffDocuments(doc(p), doc(preambular)), 'fr')).toBe('(dispositif → préambule) Rappelant les engagements pris.');
    const formatted = diffDocuments(doc(p), doc(bold));
    expect(formatted.blocks[0]!.status).toBe('changed');
    expect(renderDiffText(formatted, 'fr')).toBe('Rappelant {~les engagements~} pris.');
  });

  it('is identical for the same document', () => {
    const d = doc(['a', 'Un.'], ['b', 'Deux.']);
    expect(diffDocuments(d, JSON.parse(JSON.stringify(d)) as SerializedDocument)).toMatchObject({ identical: true, stats: { unchanged: 2 } });
  });

  it('holds both documents exactly: each side’s blocks, in order (200 seeded cases)', () => {
    const random = seeded(4);
    for (let k = 0; k < 200; k++) {
      let uid = 0;
      const paragraphs: Array<[string, string]> = Array.from({ length: 1 + Math.floor(random() * 6) }, () => [`u${uid++}`, sentence(random, 3 + Math.floor(random() * 12))]);
      const edited: Array<[string, string]> = [];
      for (const [id, text] of paragraphs) {
        const what = random();
        if (what < 0.15) continue; // removed
        edited.push([id, what < 0.6 ? edit(random, text, 1 + Math.floor(random() * 4)) : text]);
        if (random() < 0.15) edited.push([`u${uid++}`, sentence(random, 5)]); // added
      }
      if (edited.length > 1 && random() < 0.3) edited.push(edited.splice(Math.floor(random() * edited.length), 1)[0]!); // moved
      const before = doc(...paragraphs);
      const after = doc(...edited);
      const diff = diffDocuments(before, after);
      expect(sideBlocks(diff, 'old').map((b) => [b.uid, b.text])).toEqual(textBlocks(before).map((b) => [b.uid, b.text]));
      expect(sideBlocks(diff, 'new').map((b) => [b.uid, b.text])).toEqual(textBlocks(after).map((b) => [b.uid, b.text]));
    }
  });
});
