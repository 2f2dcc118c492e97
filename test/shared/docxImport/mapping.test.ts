import { describe, expect, it } from 'vitest';
import { blocksToDocument } from '../../../shared/docxImport/blocksToLexical';
import { firstSentence, mapDocument, matchCommittee } from '../../../shared/docxImport/mapping';
import type { ImportedBlock, Run } from '../../../shared/docxImport/model';
import { TEXT_FORMAT, countWords, documentToPlainText, textBlocks } from '../../../shared/document/lexicalJson';
import { paragraphKindOf } from '../../../shared/document/paragraphKind';

const plain = (text: string): Run => ({ text, format: 0 });
const bold = (text: string): Run => ({ text, format: TEXT_FORMAT.bold });
const p = (...runs: Array<Run | string>): ImportedBlock => ({ kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? plain(r) : r)) });
const h = (level: number, text: string): ImportedBlock => ({ kind: 'heading', level, runs: [plain(text)] });
const ol = (...items: string[]): ImportedBlock => ({ kind: 'list', ordered: true, items: items.map((t) => ({ runs: [plain(t)], lists: [] })) });
const ul = (...items: string[]): ImportedBlock => ({ kind: 'list', ordered: false, items: items.map((t) => ({ runs: [plain(t)], lists: [] })) });

function ids() {
  let n = 0;
  return () => `uid-${++n}`;
}

const map = (blocks: ImportedBlock[], existing = [{ id: 'k1', name: 'Alerte précoce' }]) => mapDocument(blocks, existing, 'Contribution', ids());
const summary = (blocks: ImportedBlock[], existing?: Array<{ id: string; name: string }>) => {
  const m = map(blocks, existing);
  return m.recommendations.map((r) => [m.committees.find((c) => c.key === r.committeeKey)!.name, r.title, textBlocks(r.body).map((b) => b.text)]);
};

describe('matching headings to the meeting’s committees', () => {
  const existing = [
    { id: 'k1', name: 'Alerte précoce' },
    { id: 'k2', name: 'Échange d’informations' },
  ];
  it('ignores accents, case, apostrophes and a numbered « Commission » prefix', () => {
    expect(matchCommittee('ALERTE PRECOCE', existing)?.id).toBe('k1');
    expect(matchCommittee("echange d'informations", existing)?.id).toBe('k2');
    expect(matchCommittee('Commission 2\u00A0: Échange d’informations', existing)?.id).toBe('k2');
    expect(matchCommittee('Axe II – Alerte précoce', existing)?.id).toBe('k1');
    expect(matchCommittee('Financement', existing)).toBeUndefined();
  });

  it('proposes a heading that matches nothing as a new committee, and merges two headings of one name', () => {
    const m = map([h(1, 'Financement'), p('Les États abondent un fonds.'), h(1, 'alerte precoce'), p('Le réseau est créé.'), h(1, 'FINANCEMENT'), p('Un audit est publié.')]);
    expect(m.committees.map((c) => [c.name, c.existingId])).toEqual([
      ['Financement', null],
      ['Alerte précoce', 'k1'],
    ]);
    expect(m.recommendations.map((r) => r.committeeKey)).toEqual(['c1', 'c2', 'c1']);
  });

  it('sends text before any heading to the meeting’s first committee, or to a new one named after the file', () => {
    expect(summary([p('Le réseau est créé.')])).toEqual([['Alerte précoce', 'Le réseau est créé', ['Le réseau est créé.']]]);
    expect(summary([p('Le réseau est créé.')], [])).toEqual([['Contribution', 'Le réseau est créé', ['Le réseau est créé.']]]);
  });

  it('leaves out a heading with nothing under it', () => {
    expect(map([h(1, 'Vide'), h(1, 'Financement'), p('Un fonds.')]).committees.map((c) => c.name)).toEqual(['Financement']);
  });
});

describe('splitting a committee into recommendations', () => {
  it('makes one recommendation per deeper heading, the heading as its title', () => {
    expect(summary([h(1, 'Alerte précoce'), p('Introduction.'), h(2, 'Réseau'), p('Le réseau est créé.'), p('Il est financé.'), h(2, 'Formation'), p('Les agents sont formés.')])).toEqual([
      ['Alerte précoce', 'Réseau', ['Introduction.', 'Le réseau est créé.', 'Il est financé.']],
      ['Alerte précoce', 'Formation', ['Les agents sont formés.']],
    ]);
  });

  it('makes one per numbered item; a preambular paragraph opens the next one, an operative one continues the item', () => {
    expect(
      summary([
        p('Considérant que les crises se préparent,'),
        ol('Le réseau est créé. Il couvre la région.', 'Les agents sont formés.'),
        p('Cette formation est annuelle.'),
        p('Rappelant la déclaration de 2024,'),
        ol('Un rapport est publié.'),
        ul('en français', 'en anglais'),
      ]),
    ).toEqual([
      ['Alerte précoce', 'Le réseau est créé', ['Considérant que les crises se préparent,', 'Le réseau est créé. Il couvre la région.']],
      ['Alerte précoce', 'Les agents sont formés', ['Les agents sont formés.', 'Cette formation est annuelle.']],
      ['Alerte précoce', 'Un rapport est publié', ['Rappelant la déclaration de 2024,', 'Un rapport est publié.', 'en français', 'en anglais']],
    ]);
  });

  it('recognises items numbered by hand (« 1. », « 2) ») and drops the typed number', () => {
    expect(summary([p('1. Le réseau est créé.'), p('2) Les agents sont formés.'), p('Ils le sont chaque année.')])).toEqual([
      ['Alerte précoce', 'Le réseau est créé', ['Le réseau est créé.']],
      ['Alerte précoce', 'Les agents sont formés', ['Les agents sont formés.', 'Ils le sont chaque année.']],
    ]);
  });

  it('without items, makes one per operative paragraph, preambular ones joining the next', () => {
    expect(summary([p('Notant les progrès accomplis,'), p('Le réseau est créé.'), p('Les agents sont formés.')])).toEqual([
      ['Alerte précoce', 'Le réseau est créé', ['Notant les progrès accomplis,', 'Le réseau est créé.']],
      ['Alerte précoce', 'Les agents sont formés', ['Les agents sont formés.']],
    ]);
  });

  it('takes a wholly bold paragraph as the title of the paragraphs after it', () => {
    expect(summary([p(bold('Réseau')), p('Le réseau est créé.'), p('Il est financé.'), p(bold('Formation')), p('Les agents sont formés.')])).toEqual([
      ['Alerte précoce', 'Réseau', ['Le réseau est créé.', 'Il est financé.']],
      ['Alerte précoce', 'Formation', ['Les agents sont formés.']],
    ]);
  });

  it('takes a bold lead as the title and keeps the rest as the text', () => {
    const m = map([ol('x')].map(() => ({ kind: 'list', ordered: true, items: [{ runs: [bold('Réseau régional. '), plain('Le réseau est créé.')], lists: [] }] }) as ImportedBlock));
    expect(m.recommendations.map((r) => [r.title, documentToPlainText(r.body)])).toEqual([['Réseau régional', 'Le réseau est créé.']]);
  });

  it('keeps a trailing preambular paragraph with the last recommendation: no text is dropped', () => {
    const blocks = [h(1, 'Alerte'), ol('Le réseau est créé.'), p('Considérant enfin les moyens,'), h(1, 'Autre'), p('Notant seulement ceci,')];
    const m = map(blocks);
    const words = m.recommendations.reduce((n, r) => n + countWords(documentToPlainText(r.body)), 0);
    expect(words).toBe(countWords('Le réseau est créé. Considérant enfin les moyens, Notant seulement ceci,'));
  });
});

describe('titles', () => {
  it('are the first sentence, without its final stop, shortened at a word', () => {
    expect(firstSentence('Le réseau est créé. Il couvre la région.')).toBe('Le réseau est créé');
    expect(firstSentence('Les États s’engagent\u202F! Et après.')).toBe('Les États s’engagent\u202F!');
    expect(firstSentence('Première ligne\nseconde ligne')).toBe('Première ligne');
    const long = firstSentence('mot '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('mot…')).toBe(true);
  });
});

describe('the body as Lexical JSON', () => {
  it('keeps formats, links and line breaks, gives every block a stable id and proposes kinds', () => {
    const doc = blocksToDocument(
      [
        p('Considérant le «\u00A0réseau\u00A0»,'),
        { kind: 'paragraph', runs: [plain('Le '), { text: 'Conseil', format: TEXT_FORMAT.bold | TEXT_FORMAT.italic }, plain(' décide\n'), { text: 'voir', format: 0, href: 'https://example.org' }] },
        { kind: 'list', ordered: true, items: [{ runs: [plain('un')], lists: [{ kind: 'list', ordered: false, items: [{ runs: [plain('un bis')], lists: [] }] }] }] },
      ],
      ids(),
    );
    expect(doc.root.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'list']);
    expect(doc.root.children.slice(0, 2).map(paragraphKindOf)).toEqual(['preambular', 'operative']);
    expect(doc.root.children[1]!.children).toEqual([
      expect.objectContaining({ type: 'text', text: 'Le ', format: 0 }),
      expect.objectContaining({ type: 'text', text: 'Conseil', format: 3 }),
      expect.objectContaining({ type: 'text', text: ' décide', format: 0 }),
      { type: 'linebreak', version: 1 },
      expect.objectContaining({ type: 'link', url: 'https://example.org', children: [expect.objectContaining({ text: 'voir' })] }),
    ]);
    expect(textBlocks(doc).map((b) => b.text)).toEqual(['Considérant le «\u00A0réseau\u00A0»,', 'Le Conseil décide\nvoir', 'un', '', 'un bis']);
    const uids = textBlocks(doc).map((b) => b.uid);
    expect(new Set(uids).size).toBe(5);
    expect(uids.every((u) => u?.startsWith('uid-'))).toBe(true);
  });
});
