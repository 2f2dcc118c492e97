import { describe, expect, it } from 'vitest';
import {
  blockIdOf,
  countWords,
  documentFromPlainText,
  documentToPlainText,
  emptyDocument,
  paragraphNode,
  textBlocks,
  textNode,
  withBlockIds,
  type SerializedDocument,
  type SerializedNode,
} from '../../../shared/document/lexicalJson';

function ids(prefix = 'new'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function doc(...children: SerializedNode[]): SerializedDocument {
  const d = emptyDocument();
  d.root.children = children;
  return d;
}

function listItem(children: SerializedNode[], uid?: string): SerializedNode {
  const node: SerializedNode = { type: 'listitem', version: 1, value: 1, children };
  if (uid) node.$ = { uid };
  return node;
}

function list(...items: SerializedNode[]): SerializedNode {
  return { type: 'list', version: 1, listType: 'number', start: 1, tag: 'ol', children: items };
}

const blockUids = (d: SerializedDocument) => textBlocks(d).map((b) => b.uid);

describe('withBlockIds', () => {
  it('keeps the ids paragraphs already have, so an edit can be aligned with the previous version', () => {
    const input = doc(paragraphNode([textNode('Premier')], 'p-1'), paragraphNode([textNode('Second')], 'p-2'));
    expect(blockUids(withBlockIds(input, ids()))).toEqual(['p-1', 'p-2']);
  });

  it('gives a new id to a block without one and to a pasted copy of an existing block', () => {
    const input = doc(
      paragraphNode([textNode('Original')], 'p-1'),
      paragraphNode([textNode('Copie collée')], 'p-1'),
      paragraphNode([textNode('Nouveau')], undefined),
      { type: 'heading', tag: 'h2', version: 1, children: [textNode('Titre')], $: { uid: '' } },
      list(listItem([textNode('Point')]), listItem([textNode('Point copié')], 'p-1')),
    );
    const out = withBlockIds(input, ids());
    expect(blockUids(out)).toEqual(['p-1', 'new-1', 'new-2', 'new-3', 'new-4', 'new-5']);
    expect(new Set(blockUids(out)).size).toBe(6);
    // Text nodes and the list container are not blocks and get no id.
    const nonBlocks: SerializedNode[] = [];
    const collect = (n: SerializedNode) => {
      if (n.type === 'text' || n.type === 'list') nonBlocks.push(n);
      n.children?.forEach(collect);
    };
    collect(out.root);
    expect(nonBlocks.every((n) => n.$ === undefined)).toBe(true);
  });

  it('keeps the other entries of the node state', () => {
    const input = doc({ ...paragraphNode([textNode('x')], undefined), $: { highlight: 'yellow' } });
    const [paragraph] = withBlockIds(input, ids()).root.children;
    expect(paragraph!.$).toEqual({ highlight: 'yellow', uid: 'new-1' });
  });

  it('does not modify the document it is given', () => {
    const input = doc(paragraphNode([textNode('A')], 'dup'), paragraphNode([textNode('B')], 'dup'), paragraphNode([], undefined));
    const before = JSON.stringify(input);
    const out = withBlockIds(input, ids());
    expect(JSON.stringify(input)).toBe(before);
    expect(out).not.toBe(input);
    expect(out.root.children[1]).not.toBe(input.root.children[1]);
  });
});

describe('textBlocks', () => {
  it('lists blocks in reading order, nested list items after their parent, each with its own text only', () => {
    const input = doc(
      { type: 'heading', tag: 'h2', version: 1, children: [textNode('Axe 1')], $: { uid: 'h' } },
      paragraphNode([textNode('Les États '), textNode('membres', 1), { type: 'linebreak', version: 1 }, textNode('conviennent :')], 'p'),
      list(
        listItem([textNode('alerte précoce')], 'li-1'),
        // A list item holding its own text and a sub-list.
        listItem([textNode('diplomatie'), list(listItem([textNode('formation')], 'li-2-a'), listItem([textNode('stages')], 'li-2-b'))], 'li-2'),
        // Lexical's shape for an indented item: a list item whose only child is the sub-list.
        listItem([list(listItem([textNode('niveau 2'), list(listItem([textNode('niveau 3')], 'li-3'))], 'li-n2'))], 'li-wrap'),
        listItem([{ type: 'link', url: 'https://example.org', version: 1, children: [textNode('plateforme')] }, textNode(' commune')], 'li-4'),
      ),
      { type: 'quote', version: 1, children: [textNode('« Citation »')], $: { uid: 'q' } },
    );
    const blocks = textBlocks(input).filter((b) => b.text !== '');
    expect(blocks.map((b) => [b.uid, b.type, b.text])).toEqual([
      ['h', 'heading', 'Axe 1'],
      ['p', 'paragraph', 'Les États membres\nconviennent :'],
      ['li-1', 'listitem', 'alerte précoce'],
      ['li-2', 'listitem', 'diplomatie'],
      ['li-2-a', 'listitem', 'formation'],
      ['li-2-b', 'listitem', 'stages'],
      ['li-n2', 'listitem', 'niveau 2'],
      ['li-3', 'listitem', 'niveau 3'],
      ['li-4', 'listitem', 'plateforme commune'],
      ['q', 'quote', '« Citation »'],
    ]);
  });
});

describe('plain text', () => {
  const frenchText = [
    'Renforcer le système d’alerte précoce « SAP »\u202F!',
    'Les États membres\u00A0: Mali, Burkina Faso, Niger.\nDeuxième ligne — œuvre, çà, là ; l’été\u202F?',
    'Échéance\u00A0: 2026 — Conférence des Chefs d’État.',
  ].join('\n\n');

  it('round-trips French text with accents, apostrophes, guillemets and non-breaking spaces', () => {
    const d = documentFromPlainText(frenchText, ids());
    expect(d.root.children).toHaveLength(3);
    expect(documentToPlainText(d)).toBe(frenchText);
    // And back again: the document made from its own text is the same text.
    expect(documentToPlainText(documentFromPlainText(documentToPlainText(d), ids('again')))).toBe(frenchText);
  });

  it('keeps a single newline as a line break inside the paragraph, and gives every paragraph an id', () => {
    const d = documentFromPlainText('Un\r\ndeux\r\n\r\n\r\nTrois', ids());
    expect(textBlocks(d)).toEqual([
      { uid: 'new-1', type: 'paragraph', text: 'Un\ndeux' },
      { uid: 'new-2', type: 'paragraph', text: 'Trois' },
    ]);
  });

  it('makes an empty text into one empty paragraph with an id', () => {
    const d = documentFromPlainText('  \n\n ', ids());
    expect(d.root.children).toHaveLength(1);
    expect(blockIdOf(d.root.children[0]!)).toBe('new-1');
    expect(documentToPlainText(d)).toBe('');
  });

  it('leaves empty paragraphs out of the plain text', () => {
    const d = doc(paragraphNode([textNode('A')], 'a'), paragraphNode([], 'b'), paragraphNode([textNode('B')], 'c'));
    expect(documentToPlainText(d)).toBe('A\n\nB');
  });
});

describe('countWords', () => {
  it('counts an elided word as one word', () => {
    expect(countWords('l’alerte')).toBe(1);
    expect(countWords("l'alerte")).toBe(1);
    expect(countWords('aujourd’hui')).toBe(1);
  });

  it('counts words, not punctuation, guillemets or dashes', () => {
    expect(countWords('Le système d’alerte précoce « SAP » fonctionne\u202F! — 2026')).toBe(7);
    expect(countWords('« — » ; : !')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});
