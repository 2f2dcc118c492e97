import { describe, expect, it } from 'vitest';
import { documentFromPlainText, paragraphNode, textBlocks, textNode, type SerializedDocument, type SerializedNode } from '../../../shared/document/lexicalJson';
import { applyFrenchTypographyToDocument } from '../../../shared/typography/document';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

function doc(...children: SerializedNode[]): SerializedDocument {
  const d = documentFromPlainText('x', () => 'p');
  d.root.children = children;
  return d;
}
const texts = (d: SerializedDocument) => textBlocks(d).map((b) => b.text);

describe('French typography on a document', () => {
  it('fixes every text node of every block: apostrophes, spaces before ; : ! ? and inside « »', () => {
    const input = doc(
      paragraphNode([textNode("Considérant l'urgence d'agir ; les États membres s'engagent : « alerte précoce » !")], 'a'),
      { type: 'heading', tag: 'h2', version: 1, children: [textNode('Axe 1 : prévention ?')], $: { uid: 'h' } },
      {
        type: 'list',
        version: 1,
        listType: 'number',
        children: [{ type: 'listitem', version: 1, value: 1, children: [textNode("d'adopter la grille ;")], $: { uid: 'li' } }],
      },
    );
    expect(texts(applyFrenchTypographyToDocument(input))).toEqual([
      `Considérant l’urgence d’agir${NNBSP}; les États membres s’engagent${NBSP}: «${NBSP}alerte précoce${NBSP}»${NNBSP}!`,
      `Axe 1${NBSP}: prévention${NNBSP}?`,
      `d’adopter la grille${NNBSP};`,
    ]);
  });

  it('is idempotent, and leaves the input and the block ids alone', () => {
    const input = doc(paragraphNode([textNode("L'alerte ; « Sahel » : oui !")], 'p-1'));
    const before = JSON.stringify(input);
    const once = applyFrenchTypographyToDocument(input);
    expect(applyFrenchTypographyToDocument(once)).toEqual(once);
    expect(JSON.stringify(input)).toBe(before);
    expect(textBlocks(once).map((b) => b.uid)).toEqual(['p-1']);
  });

  it('fixes punctuation in another text node than the word it follows (bold, a link), formats staying on their words', () => {
    const input = doc(
      paragraphNode(
        [
          textNode('la ', 0),
          textNode('Conférence', 1),
          textNode(' ; puis la '),
          { type: 'link', version: 1, url: 'https://example.org', children: [textNode('plateforme ')] },
          textNode(': tout'),
          textNode('«', 2),
          textNode(' urgence'),
        ],
        'p',
      ),
    );
    const out = applyFrenchTypographyToDocument(input);
    const nodes = (out.root.children[0]!.children ?? []) as SerializedNode[];
    expect(nodes.map((n) => n.text ?? n.children?.[0]?.text)).toEqual([
      'la ',
      'Conférence',
      `${NNBSP}; puis la `,
      `plateforme${NBSP}`,
      ': tout',
      '«',
      `${NBSP}urgence`,
    ]);
    // Formats stay on their words.
    expect(nodes.map((n) => n.format ?? null)).toEqual([0, 1, 0, null, 0, 2, 0]);
    expect(applyFrenchTypographyToDocument(out)).toEqual(out);
  });

  it('leaves web addresses, times and inline code as typed', () => {
    const input = doc(paragraphNode([textNode('Voir https://cs.example.org/a?b=1 à 12:30 ; '), textNode("let x = 'a' ;", 16)], 'p'));
    expect(texts(applyFrenchTypographyToDocument(input))).toEqual([`Voir https://cs.example.org/a?b=1 à 12:30${NNBSP}; let x = 'a' ;`]);
  });
});
