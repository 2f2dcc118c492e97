import { describe, expect, it } from 'vitest';
import { documentToPlainText, emptyDocument, paragraphNode, textNode, withBlockIds, type SerializedNode } from '../../../shared/document/lexicalJson';
import { checkDocument, describeDocumentProblem, DOCUMENT_LIMITS, isSerializedDocument } from '../../../shared/document/validate';

function rootWith(children: unknown[]): unknown {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

/** A chain of `depth` nested list items, built without recursion. */
function nested(depth: number): unknown {
  let node: Record<string, unknown> = textNode('fond');
  for (let i = 0; i < depth; i++) node = { type: i % 2 ? 'list' : 'listitem', version: 1, children: [node] };
  return rootWith([{ type: 'paragraph', version: 1, children: [node] }]);
}

describe('checkDocument', () => {
  it('accepts a normal recommendation: paragraphs, heading, quote, lists, links, breaks, tabs', () => {
    const document = rootWith([
      { type: 'heading', tag: 'h2', version: 1, children: [textNode('Axe 1 — Alerte précoce')], $: { uid: 'h' } },
      paragraphNode([textNode('Les États '), textNode('conviennent', 1), { type: 'linebreak', version: 1 }, { type: 'tab', version: 1 }], 'p'),
      {
        type: 'list',
        listType: 'bullet',
        version: 1,
        children: [
          { type: 'listitem', version: 1, value: 1, children: [{ type: 'link', url: 'https://example.org', children: [textNode('plateforme')] }] },
          { type: 'listitem', version: 1, value: 2, children: [{ type: 'autolink', url: 'https://example.org', children: [textNode('site')] }] },
        ],
      },
      { type: 'quote', version: 1, children: [textNode('« Citation »')] },
    ]);
    expect(checkDocument(document)).toBeNull();
    expect(isSerializedDocument(document)).toBe(true);
    expect(checkDocument(emptyDocument())).toBeNull();
  });

  it('refuses a 10,000-deep document with a reason instead of overflowing the stack', () => {
    expect(checkDocument(nested(10_000))).toBe('too_deep');
    expect(checkDocument(nested(200_000))).toBe('too_deep');
    // The limit itself is allowed: root (0) > paragraph (1) > … > text at maxDepth.
    expect(checkDocument(nested(DOCUMENT_LIMITS.maxDepth - 2))).toBeNull();
    expect(checkDocument(nested(DOCUMENT_LIMITS.maxDepth - 1))).toBe('too_deep');
  });

  it('refuses node types the editor does not know', () => {
    expect(checkDocument(rootWith([{ type: 'script', children: [] }]))).toBe('bad_node');
    expect(checkDocument(rootWith([paragraphNode([{ type: 'image', src: 'file:///etc/passwd' }], 'p')]))).toBe('bad_node');
    expect(checkDocument(rootWith([{ children: [] }]))).toBe('bad_node');
    expect(checkDocument(rootWith([{ type: 42 }]))).toBe('bad_node');
  });

  it('refuses a root anywhere but at the top', () => {
    expect(checkDocument(rootWith([{ type: 'root', children: [] }]))).toBe('bad_node');
    expect(checkDocument(rootWith([paragraphNode([{ type: 'root', children: [textNode('x')] }], 'p')]))).toBe('bad_node');
  });

  it('refuses what is not a document object', () => {
    for (const value of [null, undefined, 'texte', 42, true, [], [{ root: {} }]]) expect(checkDocument(value)).toBe('not_object');
    expect(checkDocument({})).toBe('no_root');
    expect(checkDocument({ root: [] })).toBe('no_root');
    expect(checkDocument({ root: { type: 'paragraph', children: [] } })).toBe('no_root');
    expect(checkDocument({ root: { type: 'root', children: 'x' } })).toBe('no_root');
    expect(checkDocument(rootWith([{ type: 'paragraph', children: [{ type: 'text', text: 42 }] }]))).toBe('bad_node');
    expect(checkDocument(rootWith([{ type: 'paragraph', children: {} }]))).toBe('bad_node');
    expect(checkDocument(rootWith([{ type: 'paragraph', children: [], $: 'uid' }]))).toBe('bad_node');
    expect(checkDocument(rootWith([null]))).toBe('bad_node');
  });

  it('refuses objects that are not plain data (class instances, foreign prototypes)', () => {
    class Sneaky {
      type = 'paragraph';
      children = [];
    }
    expect(checkDocument(rootWith([new Sneaky()]))).toBe('bad_node');
    expect(checkDocument({ root: Object.create({ type: 'root', children: [] }) as unknown })).toBe('no_root');
  });

  it('refuses a huge text, in one node or spread over many', () => {
    const limit = DOCUMENT_LIMITS.maxTextLength;
    expect(checkDocument(rootWith([paragraphNode([textNode('a'.repeat(limit + 1))], 'p')]))).toBe('too_long');
    const half = 'b'.repeat(Math.ceil(limit / 2) + 1);
    expect(checkDocument(rootWith([paragraphNode([textNode(half)], 'p'), paragraphNode([textNode(half)], 'q')]))).toBe('too_long');
    expect(checkDocument(rootWith([paragraphNode([textNode('a'.repeat(limit))], 'p')]))).toBeNull();
  });

  it('refuses too many nodes', () => {
    const breaks: SerializedNode[] = Array.from({ length: DOCUMENT_LIMITS.maxNodes }, () => ({ type: 'linebreak', version: 1 }));
    expect(checkDocument(rootWith([paragraphNode(breaks, 'p')]))).toBe('too_many_nodes');
  });

  it('treats `__proto__` keys as data: nothing reaches Object.prototype', () => {
    const hostile = JSON.parse(
      '{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","text":"x","__proto__":{"polluted":"text"}}],' +
        '"$":{"__proto__":{"uid":"stolen","polluted":"state"}},"__proto__":{"polluted":"node"}}],"__proto__":{"polluted":"root"}},' +
        '"__proto__":{"polluted":"doc"}}',
    ) as unknown;
    const problem = checkDocument(hostile);
    expect(problem).toBeNull();
    if (isSerializedDocument(hostile)) {
      const withIds = withBlockIds(hostile, () => 'fresh');
      // The hidden `uid` under `__proto__` is not taken as the block's id.
      expect(withIds.root.children[0]!.$).toMatchObject({ uid: 'fresh' });
      expect(documentToPlainText(withIds)).toBe('x');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).uid).toBeUndefined();
  });
});

describe('paragraph state', () => {
  it('accepts the uid and the paragraph kind, and refuses values that are not Palabre’s', () => {
    const withState = (state: unknown) => rootWith([{ ...paragraphNode([textNode('Considérant…')], 'p'), $: state }]);
    expect(checkDocument(withState({ uid: 'p', kind: 'preambular' }))).toBeNull();
    expect(checkDocument(withState({ uid: 'p', kind: 'operative' }))).toBeNull();
    expect(checkDocument(withState({ uid: 'p' }))).toBeNull();
    expect(checkDocument(withState({ uid: 'p', kind: 'annexe' }))).toBe('bad_node');
    expect(checkDocument(withState({ uid: 42 }))).toBe('bad_node');
  });
});

describe('describeDocumentProblem', () => {
  it('says what is wrong in words, in French and English', () => {
    expect(describeDocumentProblem('too_long')).toEqual({ fr: 'plus de 1\u202F000\u202F000 caractères', en: 'more than 1,000,000 characters' });
    expect(describeDocumentProblem('bad_node').fr).toBe('élément inconnu ou mal formé');
  });
});

describe('link addresses in an untrusted document', () => {
  const withLink = (type: 'link' | 'autolink', url: unknown) => rootWith([paragraphNode([{ type, url, version: 1, children: [textNode('cliquez')] } as SerializedNode], 'p')]);

  it.each(['https://cedeao.int/paix', 'http://example.org', 'mailto:secretariat@aes.int', 'HTTPS://EXAMPLE.ORG'])('keeps the safe address %s', (url) => {
    expect(checkDocument(withLink('link', url))).toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:window.__pwned=1',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'https://exa mple.org',
    '',
  ])('refuses the address %j, in links and autolinks, with a message in both languages', (url) => {
    expect(checkDocument(withLink('link', url))).toBe('unsafe_link');
    expect(checkDocument(withLink('autolink', url))).toBe('unsafe_link');
    const text = describeDocumentProblem('unsafe_link');
    expect(text.fr).toContain('https:');
    expect(text.en).toContain('only https:');
  });

  it('refuses a link without an address or with a non-string one', () => {
    expect(checkDocument(withLink('link', undefined))).toBe('unsafe_link');
    expect(checkDocument(withLink('link', { href: 'https://x.org' }))).toBe('unsafe_link');
  });
});
