/**
 * Blocks a version shares with its parent (format 5): written as references when equal to the
 * parent's, put back as the parent's own; malformed or dangling references are refused.
 */
import { describe, expect, it } from 'vitest';
import { paragraphNode, textNode, type SerializedDocument, type SerializedNode } from '../../../shared/document/lexicalJson';
import { DOCUMENT_LIMITS } from '../../../shared/document/validate';
import type { PackageRecommendation, PackageVersion } from '../../../shared/package/format';
import { checkPackageBody, resolveSameBlocks, sameContent, shareBlocksWithParents, shareSameBlocks } from '../../../shared/package/sameBlocks';

const doc = (...blocks: SerializedNode[]): SerializedDocument => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: blocks } });
const para = (uid: string, text: string) => paragraphNode([textNode(text)], uid);
/** A value with its keys sorted, as a package (canonical JSON) gives a block back. */
const sorted = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])])) : value;

describe('blocks shared with the parent', () => {
  const parent = doc(para('a', 'Considérant la multiplication des crises\u202F;'), para('b', 'Les États membres renforcent l’alerte précoce.'), para('c', 'La Commission suit «\u00A0chaque année\u00A0» la mise en œuvre.'));

  it('writes the blocks left as they were as references, whatever the order of their keys, and puts the parent’s back', () => {
    const child = doc(sorted(parent.root.children[0]) as SerializedNode, para('b', 'Les États membres renforcent l’alerte précoce et la réponse.'), sorted(parent.root.children[2]) as SerializedNode);
    const written = shareSameBlocks(child, parent);
    expect(written.shared).toBe(2);
    expect(written.doc.root.children).toEqual([{ same: 'a' }, child.root.children[1], { same: 'c' }]);
    expect(child.root.children[0]).not.toHaveProperty('same');
    expect(checkPackageBody(written.doc)).toBeNull();
    const back = resolveSameBlocks(written.doc, parent);
    expect(back.ok && sameContent(back.doc, child)).toBe(true);
    // The parent's own blocks, not copies: the merge that follows compares them at no cost.
    expect(back.ok && back.doc.root.children[0]).toBe(parent.root.children[0]);
  });

  it('spells out a block whose key the parent has twice, or that the version has twice', () => {
    const twice = doc(para('a', 'Un.'), para('a', 'Deux.'));
    expect(shareSameBlocks(doc(para('a', 'Un.')), twice).shared).toBe(0);
    const written = shareSameBlocks(doc(para('a', 'Un.'), para('a', 'Un.')), doc(para('a', 'Un.')));
    expect(written.doc.root.children.map((b) => 'same' in b)).toEqual([true, false]);
  });

  it('refuses a malformed reference, one named twice, and one the parent does not have', () => {
    for (const bad of [{ same: '' }, { same: 3 }, { same: 'a', text: 'x' }, { same: 'x'.repeat(201) }]) {
      expect(checkPackageBody(doc(bad as unknown as SerializedNode))).toBe('bad_node');
    }
    expect(checkPackageBody(doc({ same: 'a' } as unknown as SerializedNode, { same: 'a' } as unknown as SerializedNode))).toBe('bad_node');
    // The blocks spelled out beside references are checked as any document's.
    expect(checkPackageBody(doc({ same: 'a' } as unknown as SerializedNode, { type: 'script', version: 1 } as SerializedNode))).toBe('bad_node');
    expect(resolveSameBlocks(doc({ same: 'z' } as unknown as SerializedNode), parent)).toEqual({ ok: false, problem: 'unknown_block', key: 'z' });
  });

  it('refuses a version that the parent’s blocks would make longer than a document may be', () => {
    const long = 'é'.repeat(DOCUMENT_LIMITS.maxTextLength - 10);
    const big = doc(para('a', long));
    const child = doc({ same: 'a' } as unknown as SerializedNode, para('b', 'Quelques mots de plus que la limite.'));
    expect(checkPackageBody(child)).toBeNull();
    expect(resolveSameBlocks(child, big)).toEqual({ ok: false, problem: 'too_long' });
  });

  it('compares content, not key order, and takes an undefined property for an absent one', () => {
    expect(sameContent({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameContent([1, 2], [2, 1])).toBe(false);
    expect(sameContent({ a: null }, { a: {} })).toBe(false);
  });

  it('shares, in a whole package, each version’s blocks with its parent as spelled out, and leaves a version whose parent is elsewhere as it is', () => {
    const v = (id: string, parentIds: string[], body: SerializedDocument) => ({ id, parentIds, body }) as unknown as PackageVersion;
    const second = doc(parent.root.children[0]!, para('b', 'Deuxième rédaction.'), parent.root.children[2]!);
    const third = doc(parent.root.children[0]!, para('b', 'Troisième rédaction.'), parent.root.children[2]!);
    const rec = { id: 'r1', versions: [v('v1', [], parent), v('v2', ['v1'], second), v('v3', ['v2'], third)] } as unknown as PackageRecommendation;
    const orphan = { id: 'r2', versions: [v('w2', ['w1'], second)] } as unknown as PackageRecommendation;
    const written = shareBlocksWithParents([rec, orphan]);
    expect(written.shared).toBe(4);
    const [r1, r2] = written.recommendations;
    expect(r1!.versions[0]!.body).toBe(parent);
    // v3 is compared with v2 spelled out: its first and last blocks are v2's, written as references.
    expect(r1!.versions.slice(1).map((x) => x.body.root.children)).toEqual([
      [{ same: 'a' }, second.root.children[1], { same: 'c' }],
      [{ same: 'a' }, third.root.children[1], { same: 'c' }],
    ]);
    expect(r2!.versions[0]!.body).toBe(second);
    // What was given is not changed.
    expect(rec.versions[2]!.body).toBe(third);
    expect(third.root.children.some((b) => 'same' in b)).toBe(false);
  });
});
