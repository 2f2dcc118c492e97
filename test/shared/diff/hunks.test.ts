import { describe, expect, it } from 'vitest';
import { applyHunks } from '../../../shared/diff/applyHunks';
import { diffDocuments } from '../../../shared/diff/documentDiff';
import { bodyHunks, fieldHunk, titleHunk } from '../../../shared/diff/hunks';
import { rebaseProposal } from '../../../shared/diff/rebase';
import {
  emptyDocument,
  paragraphNode,
  textBlocks,
  textNode,
  TEXT_FORMAT,
  type SerializedDocument,
  type SerializedNode,
} from '../../../shared/document/lexicalJson';
import { edit, seeded, sentence } from './random';

function doc(...paragraphs: Array<[string, string] | SerializedNode>): SerializedDocument {
  const d = emptyDocument();
  d.root.children = paragraphs.map((p) => (Array.isArray(p) ? paragraphNode([textNode(p[1])], p[0]) : p));
  return d;
}
const texts = (d: SerializedDocument) => textBlocks(d).map((b) => b.text);

const HEAD = doc(
  ['a', 'Les États membres créent un mécanisme d’alerte précoce.'],
  ['b', 'Le mécanisme est relié aux ministères chaque année.'],
);
const AMENDED = doc(
  ['a', 'Les États membres créent sans délai un mécanisme confédéral d’alerte précoce.'],
  ['b', 'Le mécanisme est relié aux ministères tous les six mois.'],
);

describe('hunks of an amendment', () => {
  it('are one per change, with a stable id, and mark the runs of the redline', () => {
    const { hunks, diff } = bodyHunks(diffDocuments(HEAD, AMENDED));
    expect(hunks.map((h) => [h.kind, h.blockUid, h.deleted, h.inserted])).toEqual([
      ['insert', 'a', '', 'sans délai '],
      ['insert', 'a', '', 'confédéral '],
      ['replace', 'b', 'chaque année', 'tous les six mois'],
    ]);
    expect(hunks[2]).toMatchObject({ before: 'Le mécanisme est relié aux ministères ', after: '.' });
    // Reviewed twice, the same ids; every changed run carries its hunk.
    expect(bodyHunks(diffDocuments(HEAD, AMENDED)).hunks.map((h) => h.id)).toEqual(hunks.map((h) => h.id));
    expect(new Set(hunks.map((h) => h.id)).size).toBe(3);
    for (const run of diff.blocks.flatMap((b) => b.runs)) {
      if (run.kind === 'equal') expect(run.hunkId).toBeUndefined();
      else expect(hunks.map((h) => h.id)).toContain(run.hunkId);
    }
  });

  it('keep their ids when the rest of the text changes', () => {
    const ids = bodyHunks(diffDocuments(HEAD, AMENDED)).hunks.map((h) => h.id);
    const otherHead = doc(['a', 'Les États membres créent un mécanisme d’alerte précoce.'], ['b', 'Le mécanisme, renforcé, est relié aux ministères chaque année.']);
    const otherAmended = doc(['a', 'Les États membres créent sans délai un mécanisme confédéral d’alerte précoce.'], ['b', 'Le mécanisme, renforcé, est relié aux ministères tous les six mois.']);
    expect(bodyHunks(diffDocuments(otherHead, otherAmended)).hunks.map((h) => h.id)).toEqual(ids);
  });

  it('give exactly the text of the accepted changes: two accepted, the third rejected', () => {
    const hunked = bodyHunks(diffDocuments(HEAD, AMENDED));
    const [sansDelai, confederal, sixMois] = hunked.hunks.map((h) => h.id);
    const result = applyHunks(HEAD, AMENDED, hunked, new Set([sansDelai!, sixMois!]));
    expect(texts(result)).toEqual(['Les États membres créent sans délai un mécanisme d’alerte précoce.', 'Le mécanisme est relié aux ministères tous les six mois.']);
    expect(textBlocks(result).map((b) => b.uid)).toEqual(['a', 'b']);
    expect(texts(applyHunks(HEAD, AMENDED, hunked, new Set([confederal!])))).toEqual([
      'Les États membres créent un mécanisme confédéral d’alerte précoce.',
      'Le mécanisme est relié aux ministères chaque année.',
    ]);
  });

  it('give the amendment itself when all are accepted, and the head when none are', () => {
    const hunked = bodyHunks(diffDocuments(HEAD, AMENDED));
    expect(applyHunks(HEAD, AMENDED, hunked, new Set(hunked.hunks.map((h) => h.id)))).toEqual(AMENDED);
    expect(applyHunks(HEAD, AMENDED, hunked, new Set())).toEqual(HEAD);
  });

  it('add, remove and move whole paragraphs one by one', () => {
    const head = doc(['a', 'Alpha.'], ['b', 'Bravo.'], ['c', 'Charlie.'], ['d', 'Delta.'], ['e', 'Echo.']);
    const amended = doc(['a', 'Alpha.'], ['n', 'Nouveau.'], ['c', 'Charlie.'], ['e', 'Echo.'], ['b', 'Bravo.']);
    const hunked = bodyHunks(diffDocuments(head, amended));
    const id = (kind: string) => hunked.hunks.find((h) => h.kind === kind)!.id;
    expect(hunked.hunks.map((h) => [h.kind, h.blockUid])).toEqual([
      ['block-insert', 'n'],
      ['block-delete', 'd'],
      ['block-move', 'b'],
    ]);
    expect(texts(applyHunks(head, amended, hunked, new Set([id('block-insert')])))).toEqual(['Alpha.', 'Nouveau.', 'Bravo.', 'Charlie.', 'Delta.', 'Echo.']);
    expect(texts(applyHunks(head, amended, hunked, new Set([id('block-delete')])))).toEqual(['Alpha.', 'Bravo.', 'Charlie.', 'Echo.']);
    expect(texts(applyHunks(head, amended, hunked, new Set([id('block-move')])))).toEqual(['Alpha.', 'Charlie.', 'Delta.', 'Echo.', 'Bravo.']);
    expect(texts(applyHunks(head, amended, hunked, new Set([id('block-move'), id('block-insert')])))).toEqual([
      'Alpha.', 'Nouveau.', 'Charlie.', 'Delta.', 'Echo.', 'Bravo.',
    ]);
  });

  it('apply a format change alone, keeping the other formats', () => {
    const head = doc(paragraphNode([textNode('Un système d’alerte précoce et rapide.')], 'a'));
    const amended = doc(paragraphNode([textNode('Un système '), textNode('d’alerte', TEXT_FORMAT.bold), textNode(' précoce, fiable et rapide.')], 'a'));
    const hunked = bodyHunks(diffDocuments(head, amended));
    expect(hunked.hunks.map((h) => h.kind)).toEqual(['format', 'insert']);
    const result = applyHunks(head, amended, hunked, new Set([hunked.hunks[0]!.id]));
    expect(result.root.children[0]!.children!.map((n) => [n.text, n.format])).toEqual([
      ['Un système ', 0],
      ['d’alerte', TEXT_FORMAT.bold],
      [' précoce et rapide.', 0],
    ]);
  });

  it('keep a list item in a list', () => {
    const list = (...items: Array<[string, string]>): SerializedNode => ({
      type: 'list', version: 1, listType: 'number', tag: 'ol', start: 1, direction: null, format: '', indent: 0,
      children: items.map(([uid, text], i) => ({ type: 'listitem', version: 1, value: i + 1, direction: null, format: '', indent: 0, children: [textNode(text)], $: { uid } })),
    });
    const head = doc(['p', 'Les experts recommandent :'], list(['i1', 'de créer un réseau ;'], ['i2', 'de former les diplomates.']));
    const amended = doc(['p', 'Les experts recommandent :'], list(['i1', 'de créer un réseau ;'], ['i3', 'd’échanger les informations ;'], ['i2', 'de former les diplomates.']));
    const hunked = bodyHunks(diffDocuments(head, amended));
    const other = doc(['p', 'Les experts recommandent vivement :'], list(['i1', 'de créer un réseau ;'], ['i3', 'd’échanger les informations ;'], ['i2', 'de former les diplomates.']));
    const both = bodyHunks(diffDocuments(head, other));
    const result = applyHunks(head, other, both, new Set(both.hunks.filter((h) => h.kind === 'block-insert').map((h) => h.id)));
    expect(result.root.children.map((n) => n.type)).toEqual(['paragraph', 'list']);
    expect(texts(result)).toEqual(['Les experts recommandent :', 'de créer un réseau ;', 'd’échanger les informations ;', 'de former les diplomates.']);
    expect(applyHunks(head, amended, hunked, new Set(hunked.hunks.map((h) => h.id)))).toEqual(amended);
  });

  it('accepting any subset gives a text made of exactly those changes (300 seeded cases)', () => {
    const random = seeded(9);
    for (let k = 0; k < 300; k++) {
      const a = sentence(random, 4 + Math.floor(random() * 15));
      const b = edit(random, a, 1 + Math.floor(random() * 5));
      const head = doc(['x', a]);
      const amended = doc(['x', b]);
      const hunked = bodyHunks(diffDocuments(head, amended));
      const accepted = new Set(hunked.hunks.filter(() => random() < 0.5).map((h) => h.id));
      // What a reader expects: walk the redline, keep insertions accepted and deletions rejected.
      const expected = hunked.diff.blocks[0]!.runs
        .filter((r) => r.kind === 'equal' || r.kind === 'format' || (r.kind === 'insert') === accepted.has(r.hunkId!))
        .map((r) => r.text)
        .join('');
      expect(texts(applyHunks(head, amended, hunked, accepted))).toEqual([expected]);
    }
  });
});

describe('title and field hunks', () => {
  it('exist only for a change', () => {
    expect(titleHunk('Titre', 'Titre')).toBeNull();
    expect(titleHunk('Titre', 'Titre amendé')).toMatchObject({ kind: 'title', deleted: 'Titre', inserted: 'Titre amendé' });
    expect(fieldHunk('addressees', ['Conseil des Ministres'], ['Conseil des Ministres', 'États membres'])).toMatchObject({
      kind: 'field',
      field: 'addressees',
      deleted: 'Conseil des Ministres',
      inserted: 'Conseil des Ministres, États membres',
    });
    expect(fieldHunk('priority', null, null)).toBeNull();
  });
});

describe('carrying an amendment onto a head that moved since', () => {
  const base = doc(['a', 'Alpha.'], ['b', 'Bravo.'], ['c', 'Charlie.']);

  it('is the amendment itself when the head has not moved', () => {
    const proposal = doc(['a', 'Alpha amendé.'], ['b', 'Bravo.'], ['c', 'Charlie.']);
    expect(rebaseProposal(base, proposal, base)).toEqual({ doc: proposal, conflicts: new Set() });
  });

  it('keeps the later edits of the head where the amendment changed nothing', () => {
    const proposal = doc(['a', 'Alpha amendé.'], ['b', 'Bravo.'], ['c', 'Charlie.']);
    const head = doc(['a', 'Alpha.'], ['b', 'Bravo revu.'], ['n', 'Nouveau.'], ['c', 'Charlie.']);
    const { doc: rebased, conflicts } = rebaseProposal(base, proposal, head);
    expect(texts(rebased)).toEqual(['Alpha amendé.', 'Bravo revu.', 'Nouveau.', 'Charlie.']);
    expect(conflicts.size).toBe(0);
    // Against the head, only the amendment's own change is left to decide.
    expect(bodyHunks(diffDocuments(head, rebased)).hunks.map((h) => [h.kind, h.inserted])).toEqual([['insert', ' amendé']]);
  });

  it('reports a paragraph changed on both sides as a conflict', () => {
    const proposal = doc(['a', 'Alpha.'], ['b', 'Bravo amendé.'], ['c', 'Charlie.']);
    const head = doc(['a', 'Alpha.'], ['b', 'Bravo revu.'], ['c', 'Charlie.']);
    const { doc: rebased, conflicts } = rebaseProposal(base, proposal, head);
    expect(texts(rebased)).toEqual(['Alpha.', 'Bravo amendé.', 'Charlie.']);
    expect([...conflicts]).toEqual(['b']);
  });
});
