/**
 * The crash journal of unsaved edits (local storage). What a user would notice: French text comes
 * back exactly as typed after a crash, and a damaged or hostile entry never breaks the editor (it
 * is simply not offered), nor does a full storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, readDraft, writeDraft, type DraftEntry } from '../../../renderer/src/editor/draftJournal';
import { emptyDocument, paragraphNode, textNode, type SerializedDocument } from '../../../shared/document/lexicalJson';

/** A minimal Web Storage, as the renderer's window provides it. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  unavailable = false;
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.unavailable) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.unavailable) throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    if (this.unavailable) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const REC = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const OTHER_REC = '16fd2706-8baf-433b-82eb-8c7fada847da';

function frenchDraft(): DraftEntry {
  const body = emptyDocument();
  body.root.children = [
    paragraphNode([textNode('Considérant l’urgence climatique au Sahel\u202F; les États membres « s’engagent » à agir\u202F!')], 'p-1'),
    paragraphNode([textNode('Où ? À Niamey, en août — çà et là, Œuvre commune, ÇA ÉTÉ déjà vu…', 1)], 'p-2'),
  ];
  return { title: 'Sécurité alimentaire\u202F: « priorité » n°\u00A01', body, baseVersionId: 'version-12', savedAt: '2026-03-14T09:26:53.000Z' };
}

/** Puts raw text where the journal keeps this recommendation's entry (found by writing one first). */
function plantRaw(recommendationId: string, raw: string): void {
  writeDraft(recommendationId, frenchDraft());
  const keys = [...storage.items.keys()].filter((k) => k.endsWith(recommendationId));
  expect(keys).toHaveLength(1);
  storage.items.set(keys[0]!, raw);
}

function rawEntry(body: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ title: 'Titre', baseVersionId: 'version-1', savedAt: '2026-03-14T09:26:53.000Z', body, ...extra });
}

describe('draft journal', () => {
  it('gives back French text exactly as typed, per recommendation, until cleared', () => {
    const draft = frenchDraft();
    writeDraft(REC, draft);

    expect(readDraft(REC)).toEqual(draft);
    expect(readDraft(OTHER_REC)).toBeNull();

    // A later write replaces the entry.
    const later = { ...draft, title: 'Sécurité alimentaire — révisé', baseVersionId: 'version-13' };
    writeDraft(REC, later);
    expect(readDraft(REC)).toEqual(later);

    clearDraft(REC);
    expect(readDraft(REC)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('reads nothing when there is nothing, and clearing nothing is harmless', () => {
    expect(readDraft(REC)).toBeNull();
    expect(() => clearDraft(REC)).not.toThrow();
  });

  it.each([
    ['text that is not JSON', '{"title":"Considérant'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a JSON string', '"Considérant"'],
    ['an array', '[1,2,3]'],
  ])('reads a corrupt entry (%s) as nothing, without throwing', (_label, raw) => {
    plantRaw(REC, raw);
    expect(() => readDraft(REC)).not.toThrow();
    expect(readDraft(REC)).toBeNull();
  });

  it.each([
    ['no title', rawEntry(emptyDocument(), { title: undefined })],
    ['a title that is not text', rawEntry(emptyDocument(), { title: 42 })],
    ['no base version', rawEntry(emptyDocument(), { baseVersionId: null })],
    ['no body', rawEntry(undefined)],
    ['a body without a root', rawEntry({ children: [] })],
    ['a root of the wrong type', rawEntry({ root: { type: 'paragraph', children: [] } })],
    ['text that is not a string', rawEntry({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 7 }] }] } })],
    ['a block id that is not text', rawEntry({ root: { type: 'root', children: [{ type: 'paragraph', $: { uid: { evil: true } }, children: [] }] } })],
  ])('reads an entry of the wrong shape (%s) as nothing', (_label, raw) => {
    plantRaw(REC, raw);
    expect(readDraft(REC)).toBeNull();
  });

  it('reads a hostile document (10,000 levels deep) as nothing, without overflowing the stack', () => {
    const depth = 10_000;
    const open = '{"type":"paragraph","children":['.repeat(depth);
    const close = ']}'.repeat(depth);
    const raw = `{"title":"Titre","baseVersionId":"version-1","savedAt":"x","body":{"root":{"type":"root","children":[${open}${close}]}}}`;
    plantRaw(REC, raw);
    expect(() => readDraft(REC)).not.toThrow();
    expect(readDraft(REC)).toBeNull();
  });

  it('reads a document with an unknown kind of node (a script, an image) as nothing', () => {
    for (const type of ['script', 'image', 'html', 'root']) {
      const body: SerializedDocument = emptyDocument();
      body.root.children = [paragraphNode([{ type, version: 1, text: 'alert(1)' }], 'p-1')];
      plantRaw(REC, rawEntry(body));
      expect(readDraft(REC), type).toBeNull();
    }
  });

  it('does not throw when the storage is full, and keeps the previous entry readable', () => {
    const first = frenchDraft();
    writeDraft(REC, first);
    storage.full = true;
    expect(() => writeDraft(REC, { ...first, title: 'Plus récent' })).not.toThrow();
    expect(readDraft(REC)).toEqual(first);
  });

  it('does not throw when the storage is unavailable altogether', () => {
    storage.unavailable = true;
    expect(() => writeDraft(REC, frenchDraft())).not.toThrow();
    expect(readDraft(REC)).toBeNull();
    expect(() => clearDraft(REC)).not.toThrow();
  });
});
