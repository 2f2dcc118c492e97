import { describe, expect, it } from 'vitest';
import { documentFromPlainText, paragraphNode, textNode } from '../../../shared/document/lexicalJson';
import { detectKind, paragraphKindOf, setParagraphKind, withDetectedKinds } from '../../../shared/document/paragraphKind';
import { checkDocument } from '../../../shared/document/validate';

describe('detectKind', () => {
  it.each([
    'Considérant que les crises se préparent pendant des mois ;',
    'Rappelant l’engagement des Chefs d’État ;',
    'Notant que les indicateurs diffèrent ;',
    'Reconnaissant le rôle des chefferies traditionnelles,',
    'Soulignant l’urgence,',
    'Saluant les efforts des États membres,',
    'Conscients que la rapidité de la réaction conditionne la médiation ;',
    'Consciente des enjeux,',
    'Préoccupés par la désinformation,',
    'Profondément préoccupés par la situation,',
    'Ayant examiné le rapport du Secrétariat,',
    'Tenant compte des difficultés de connexion ;',
    'Prenant acte des travaux du groupe technique,',
    'Convaincus de la nécessité d’agir,',
    'Guidés par la Charte,',
    'Vu la décision de la Conférence,',
    '« Considérant » entre guillemets,',
    '  CONSIDERANT sans accent ni minuscule',
    'Considering the importance of early warning,',
    'Recalling its previous decisions,',
    'Noting with concern,',
    'Recognizing the role of women,',
    'Recognising the role of youth,',
    'Bearing in mind the Charter,',
    'Welcoming the initiative,',
    'Deeply concerned by the crises,',
    'Concerned about disinformation,',
    'Taking into account the constraints,',
  ])('proposes preambular for « %s »', (text) => {
    expect(detectKind(text)).toBe('preambular');
  });

  it.each([
    'Les experts recommandent au Conseil des Ministres :',
    '1. de créer un mécanisme confédéral d’alerte précoce ;',
    'Notamment les points focaux nationaux.',
    'Guide commun des pratiques diplomatiques',
    'Vues et analyses des États membres',
    'Relevant authorities shall cooperate.',
    'Recommends that member States establish a platform;',
    '',
  ])('proposes operative for « %s »', (text) => {
    expect(detectKind(text)).toBe('operative');
  });
});

describe('the kind in node state', () => {
  it('is read next to the uid, absent meaning operative', () => {
    const node = paragraphNode([textNode('x')], 'p-1');
    expect(paragraphKindOf(node)).toBe('operative');
    setParagraphKind(node, 'preambular');
    expect(node.$).toEqual({ uid: 'p-1', kind: 'preambular' });
    expect(paragraphKindOf(node)).toBe('preambular');
    // Operative is not written, as Lexical leaves out a state equal to its default.
    setParagraphKind(node, 'operative');
    expect(node.$).toEqual({ uid: 'p-1' });
    const bare = paragraphNode([], undefined);
    setParagraphKind(bare, 'operative');
    expect(bare.$).toBeUndefined();
  });

  it('is set on the paragraphs of a plain text, and passes the document check', () => {
    let n = 0;
    const doc = withDetectedKinds(
      documentFromPlainText('Considérant la situation ;\n\nNotant les efforts ;\n\nLes experts recommandent :\n\n1. d’agir.', () => `p-${++n}`),
    );
    expect(doc.root.children.map(paragraphKindOf)).toEqual(['preambular', 'preambular', 'operative', 'operative']);
    expect(doc.root.children[0]!.$).toEqual({ uid: 'p-1', kind: 'preambular' });
    expect(checkDocument(doc)).toBeNull();
  });

  it('keeps a kind written explicitly, whatever the text says', () => {
    const doc = documentFromPlainText('Considérant…', () => 'p');
    doc.root.children[0]!.$ = { uid: 'p', kind: 'operative' };
    expect(paragraphKindOf(withDetectedKinds(doc).root.children[0]!)).toBe('operative');
  });
});
