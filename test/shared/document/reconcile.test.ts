import { describe, expect, it } from 'vitest';
import {
  blockIdOf,
  documentFromPlainText,
  emptyDocument,
  paragraphNode,
  textBlocks,
  textNode,
  type SerializedDocument,
} from '../../../shared/document/lexicalJson';
import { paragraphKindOf, setParagraphKind, withDetectedKinds } from '../../../shared/document/paragraphKind';
import { reconcileBlocks, similarity } from '../../../shared/document/reconcile';
import { checkDocument } from '../../../shared/document/validate';
import { applyFrenchTypographyToDocument } from '../../../shared/typography/document';

function ids(prefix = 'new'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const PARAGRAPHS = [
  'Considérant que les crises se préparent pendant des mois ;',
  'Notant que les indicateurs diffèrent d’un pays à l’autre ;',
  'Les experts recommandent :',
  '1. de créer un mécanisme confédéral d’alerte précoce ;',
  '2. de désigner un point focal dans chaque ministère.',
];

/** The stored version: paragraphs old-1… with their detected kinds. */
function stored(texts: readonly string[] = PARAGRAPHS): SerializedDocument {
  return withDetectedKinds(documentFromPlainText(texts.join('\n\n'), ids('old')));
}

const uids = (doc: SerializedDocument) => textBlocks(doc).map((b) => b.uid);

describe('reconcileBlocks', () => {
  it('keeps every id when nothing changed', () => {
    const old = stored();
    const next = reconcileBlocks(old, PARAGRAPHS, ids());
    expect(next).toEqual(old);
  });

  it('keeps the ids of unchanged and edited-in-place paragraphs; new ones get new ids', () => {
    const next = reconcileBlocks(
      stored(),
      [
        PARAGRAPHS[0]!,
        'Notant que les indicateurs utilisés diffèrent encore d’un pays à l’autre ;',
        'Rappelant les engagements pris à Niamey ;',
        PARAGRAPHS[2]!,
        PARAGRAPHS[3]!,
        '2. de désigner un point focal dans chaque ministère, sous deux mois.',
        '3. de faire rapport au prochain sommet.',
      ],
      ids(),
    );
    expect(uids(next)).toEqual(['old-1', 'old-2', 'new-1', 'old-3', 'old-4', 'old-5', 'new-2']);
    // A new paragraph gets the kind its text suggests; an edited one keeps its own.
    expect(next.root.children.map(paragraphKindOf)).toEqual(['preambular', 'preambular', 'preambular', 'operative', 'operative', 'operative', 'operative']);
    expect(checkDocument(next)).toBeNull();
  });

  it('gives a rewritten paragraph a new id, and drops the ids of removed ones', () => {
    const next = reconcileBlocks(stored(), [PARAGRAPHS[0]!, 'Un tout autre texte, sans rapport avec le précédent.', PARAGRAPHS[4]!], ids());
    expect(uids(next)).toEqual(['old-1', 'new-1', 'old-5']);
  });

  it('follows a paragraph that moved', () => {
    const next = reconcileBlocks(stored(), [PARAGRAPHS[1]!, PARAGRAPHS[0]!, PARAGRAPHS[2]!, PARAGRAPHS[4]!, PARAGRAPHS[3]!], ids());
    expect(uids(next)).toEqual(['old-2', 'old-1', 'old-3', 'old-5', 'old-4']);
  });

  it('gives a repeated paragraph the id once, and a new id to the copy', () => {
    const next = reconcileBlocks(stored(), [PARAGRAPHS[0]!, PARAGRAPHS[0]!, PARAGRAPHS[2]!], ids());
    expect(uids(next)).toEqual(['old-1', 'new-1', 'old-3']);
  });

  it('sees through French typography: a paragraph retyped with plain spaces is the same paragraph', () => {
    const old = applyFrenchTypographyToDocument(stored());
    const retyped = PARAGRAPHS.map((p) => p.replaceAll('’', "'"));
    expect(uids(reconcileBlocks(old, retyped, ids()))).toEqual(['old-1', 'old-2', 'old-3', 'old-4', 'old-5']);
  });

  it('keeps an untouched paragraph exactly as stored, formatting included', () => {
    const old = emptyDocument();
    old.root.children = [paragraphNode([textNode('Les experts '), textNode('recommandent', 1), textNode(' :')], 'old-1')];
    setParagraphKind(old.root.children[0]!, 'operative');
    const next = reconcileBlocks(old, ['Les experts recommandent :'], ids());
    expect(next.root.children[0]).toEqual(old.root.children[0]);
  });

  it('types into the empty paragraph of a new recommendation, as the editor does', () => {
    const fresh = documentFromPlainText('', ids('old'));
    const next = reconcileBlocks(fresh, ['Considérant la situation ;', 'Les experts recommandent.'], ids());
    expect(uids(next)).toEqual(['old-1', 'new-1']);
    expect(next.root.children.map(paragraphKindOf)).toEqual(['operative', 'operative']);
  });

  it('aligns list items of the stored version too, turning them into paragraphs', () => {
    const old = emptyDocument();
    old.root.children = [
      {
        type: 'list',
        version: 1,
        listType: 'number',
        children: [{ type: 'listitem', version: 1, value: 1, children: [textNode('de créer un réseau')], $: { uid: 'li-1' } }],
      },
    ];
    const next = reconcileBlocks(old, ['de créer un réseau'], ids());
    expect(next.root.children.map((n) => [n.type, blockIdOf(n)])).toEqual([['paragraph', 'li-1']]);
  });

  it('makes one empty paragraph of an empty text', () => {
    const next = reconcileBlocks(stored(), [], ids());
    expect(next.root.children).toHaveLength(1);
    expect(uids(next)).toEqual(['new-1']);
  });
});

describe('similarity', () => {
  it('is the share of words in common, without accents or case', () => {
    expect(similarity(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(similarity(['a', 'b'], ['c'])).toBe(0);
    expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b'])).toBeCloseTo(2 / 3);
    expect(similarity([], [])).toBe(1);
  });
});
