import { describe, expect, it } from 'vitest';
import { findQuote, locateAnchor, reanchor, type TextAnchor } from '../../../shared/comments/anchor';
import { emptyDocument, paragraphNode, textNode, type SerializedDocument } from '../../../shared/document/lexicalJson';

function doc(...paragraphs: Array<[string, string]>): SerializedDocument {
  const d = emptyDocument();
  d.root.children = paragraphs.map(([uid, text]) => paragraphNode([textNode(text)], uid));
  return d;
}

const TEXT = 'Les États membres créent un mécanisme d’alerte précoce relié aux ministères.';
const V1 = doc(['p', 'Considérant les crises.'], ['q', TEXT]);
/** The comment is on « mécanisme d’alerte précoce ». */
const ANCHOR: TextAnchor = { blockId: 'q', start: TEXT.indexOf('mécanisme'), end: TEXT.indexOf(' relié'), quote: 'mécanisme d’alerte précoce' };

const at = (d: SerializedDocument, a: TextAnchor) => reanchor(a, V1, d);
const spanOf = (d: SerializedDocument, uid: string, start: number, end: number) => {
  const node = d.root.children.find((n) => n.$?.uid === uid)!;
  return (node.children![0]!.text as string).slice(start, end);
};

describe('comment anchors follow the text', () => {
  it('stay on their span when the text before it is edited', () => {
    const v2 = doc(['p', 'Considérant les crises.'], ['q', 'Dès 2026, les États membres de la Confédération créent un mécanisme d’alerte précoce relié aux ministères.']);
    const { state, current } = at(v2, ANCHOR);
    expect(state).toBe('exact');
    expect(spanOf(v2, 'q', current!.start, current!.end)).toBe('mécanisme d’alerte précoce');
    expect(current!.start).toBeGreaterThan(ANCHOR.start);
  });

  it('stay where they were when the text after it is edited', () => {
    const v2 = doc(['p', 'Considérant les crises.'], ['q', 'Les États membres créent un mécanisme d’alerte précoce, relié aux ministères et aux gouverneurs.']);
    expect(at(v2, ANCHOR)).toEqual({ state: 'exact', current: { ...ANCHOR, blockIndex: 1 } });
  });

  it('cover the edited span when the text inside it is edited', () => {
    const v2 = doc(['p', 'Considérant les crises.'], ['q', 'Les États membres créent un mécanisme confédéral d’alerte précoce relié aux ministères.']);
    const { state, current } = at(v2, ANCHOR);
    expect(state).toBe('fuzzy');
    expect(current!.quote).toBe('mécanisme confédéral d’alerte précoce');
    expect(spanOf(v2, 'q', current!.start, current!.end)).toBe(current!.quote);
  });

  it('pick the occurrence where the comment was, when the quote appears twice', () => {
    const text = 'Un mécanisme d’alerte précoce national et un mécanisme d’alerte précoce confédéral.';
    const second = text.lastIndexOf('mécanisme');
    const before = doc(['q', text]);
    const anchor = { blockId: 'q', start: second, end: second + 'mécanisme d’alerte précoce'.length, quote: 'mécanisme d’alerte précoce' };
    const after = doc(['q', `Depuis 2026, ${text}`]);
    expect(reanchor(anchor, before, after).current!.start).toBe(second + 'Depuis 2026, '.length);
  });

  it('find a sentence moved to another paragraph', () => {
    const v2 = doc(['p', 'Considérant les crises, un mécanisme d’alerte précoce est créé.'], ['q', 'Les États membres agissent.']);
    const { state, current } = at(v2, ANCHOR);
    expect(state).toBe('moved');
    expect(current).toMatchObject({ blockId: 'p', quote: 'mécanisme d’alerte précoce', blockIndex: 0 });
  });

  it('are detached, not lost, when the text is gone', () => {
    const v2 = doc(['p', 'Considérant les crises.'], ['q', 'Les États membres se réunissent chaque année.']);
    expect(at(v2, ANCHOR)).toEqual({ state: 'detached', current: null });
    expect(at(doc(['p', 'Considérant les crises.']), ANCHOR)).toEqual({ state: 'detached', current: null });
  });
});

describe('placing an anchor', () => {
  it('checks the quote against the block, and finds it nearby if the offsets are stale', () => {
    expect(locateAnchor(V1, ANCHOR)).toEqual({ ...ANCHOR, blockIndex: 1 });
    expect(locateAnchor(V1, { ...ANCHOR, start: 0, end: 5 })).toEqual({ ...ANCHOR, blockIndex: 1 });
    expect(locateAnchor(V1, { ...ANCHOR, quote: 'absent du texte' })).toBeNull();
    expect(locateAnchor(V1, { ...ANCHOR, blockId: 'inconnu' })).toBeNull();
  });

  it('finds the first occurrence of a quote in reading order', () => {
    expect(findQuote(V1, 'crises')).toEqual({ blockId: 'p', start: 16, end: 22, quote: 'crises', blockIndex: 0 });
    expect(findQuote(V1, 'introuvable')).toBeNull();
  });
});
