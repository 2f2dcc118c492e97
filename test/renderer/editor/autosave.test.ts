/**
 * Autosave of a recommendation, as the editing page drives it: the editor calls change() on every
 * edit, the saver reads title and body itself when it saves. The database is an in-memory stand-in
 * for `recommendation.save` that keeps versions like the real one (a known base version, a new
 * version on top of the head, nothing written for an identical state) and can be made slow or to fail.
 * Time is fake: every delay below is the one a user would live through.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveInput, type SaveStatus, type Snapshot } from '../../../renderer/src/editor/autosave';
import { emptyDocument, paragraphNode, textBlocks, textNode, type SerializedDocument } from '../../../shared/document/lexicalJson';
import type { Recommendation } from '../../../shared/domain/types';
import { cleanText } from '../../../shared/text';
import { errorValue, type ErrorCode, type Result } from '../../../shared/errors';

const REC_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const FIRST_TITLE = 'Sécurité alimentaire au Sahel';
const FIRST_TEXT = 'Considérant la résolution 2025/3,';

function body(...paragraphs: string[]): SerializedDocument {
  const doc = emptyDocument();
  doc.root.children = paragraphs.map((text, i) => paragraphNode([textNode(text)], `p-${i + 1}`));
  return doc;
}

function textOf(doc: SerializedDocument): string[] {
  return textBlocks(doc).map((b) => b.text);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

interface StoredVersion {
  id: string;
  parentId: string | null;
  title: string;
  body: SerializedDocument;
}

interface SaveCall {
  input: SaveInput;
  startedAt: number;
  endedAt: number | null;
}

type Failure = { code: ErrorCode } | 'throw';

/** The database side of `recommendation.save`, in memory. */
class FakeStore {
  readonly versions: StoredVersion[];
  readonly calls: SaveCall[] = [];
  /** How long a save takes, in (fake) milliseconds. */
  latencyMs = 0;
  private readonly failures: Failure[] = [];
  private running = 0;
  maxRunning = 0;

  constructor(title: string, doc: SerializedDocument) {
    this.versions = [{ id: 'v1', parentId: null, title, body: clone(doc) }];
  }

  get head(): StoredVersion {
    return this.versions[this.versions.length - 1]!;
  }

  /** The next `times` saves fail with `failure` (an error result, or a rejected call). */
  failNext(failure: Failure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(failure);
  }

  save = async (input: SaveInput): Promise<Result<Recommendation>> => {
    const call: SaveCall = { input: clone(input), startedAt: Date.now(), endedAt: null };
    this.calls.push(call);
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    try {
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      const failure = this.failures.shift();
      if (failure === 'throw') throw new Error('IPC channel closed');
      if (failure) return { ok: false, error: errorValue(failure.code) };
      if (input.recommendationId !== REC_ID || !this.versions.some((v) => v.id === input.baseVersionId)) {
        return { ok: false, error: errorValue('not_found', input.baseVersionId) };
      }
      const title = cleanText(input.title).replace(/\s+/g, ' ').trim();
      if (!title) return { ok: false, error: errorValue('empty_title') };
      const head = this.head;
      if (head.title !== title || JSON.stringify(head.body) !== JSON.stringify(input.body)) {
        this.versions.push({ id: `v${this.versions.length + 1}`, parentId: head.id, title, body: clone(input.body) });
      }
      return { ok: true, value: this.recommendation() };
    } finally {
      this.running--;
      call.endedAt = Date.now();
    }
  };

  private recommendation(): Recommendation {
    const head = this.head;
    return {
      id: REC_ID,
      meetingId: 'meeting-1',
      position: 0,
      number: '1',
      title: head.title,
      authorId: null,
      authorName: null,
      authorDelegation: null,
      lastEditorName: null,
      updatedAt: new Date(Date.now()).toISOString(),
      status: 'draft',
      committeeId: 'committee-1',
      addressees: [],
      leadActors: [],
      horizon: '',
      deadline: null,
      priority: null,
      headVersionId: head.id,
      body: clone(head.body),
      committeeName: 'Commission 1',
    };
  }
}

interface JournalEntry extends Snapshot {
  baseVersionId: string;
  at: number;
}

/** The crash journal, in memory: what a reload would find, and when it was written. */
class FakeJournal {
  entry: JournalEntry | null = null;
  readonly writes: JournalEntry[] = [];
  write = (snapshot: Snapshot, baseVersionId: string): void => {
    this.entry = { ...clone(snapshot), baseVersionId, at: Date.now() };
    this.writes.push(this.entry);
  };
  clear = (): void => {
    this.entry = null;
  };
}

/** One open editing page: the editor's content, the saver wired to it as EditorWorkspace does. */
function openPage(options: { title?: string; text?: string[] } = {}) {
  const title = options.title ?? FIRST_TITLE;
  const initial = body(...(options.text ?? [FIRST_TEXT]));
  const store = new FakeStore(title, initial);
  const journal = new FakeJournal();
  const editor = { title, body: clone(initial) };
  const saver = new Autosaver({
    recommendationId: REC_ID,
    baseVersionId: store.head.id,
    save: store.save,
    journal,
  });
  // The editor serializes afresh on every read.
  saver.setSource(() => ({ title: editor.title, body: clone(editor.body) }));
  saver.markLoaded();
  const statuses: SaveStatus[] = [];
  saver.subscribe(() => statuses.push(saver.getStatus()));

  return {
    store,
    journal,
    saver,
    editor,
    /** Status changes as the indicator would show them (repeats collapsed). */
    shown: () => statuses.map((s) => s.kind).filter((kind, i, all) => i === 0 || all[i - 1] !== kind),
    status: () => saver.getStatus(),
    /** The user types: the body becomes these paragraphs. */
    type(...paragraphs: string[]) {
      editor.body = body(...paragraphs);
      saver.change();
    },
    retitle(next: string) {
      editor.title = next;
      saver.change();
    },
  };
}

/** Lets time pass (timers and the promises they settle). */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-14T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave: when it saves', () => {
  it('saves a burst of typing once, ~800 ms after the last keystroke', async () => {
    const page = openPage();
    const words = 'Considérant la résolution 2025/3, les États membres s’engagent'.split(' ');
    for (let i = 1; i <= words.length; i++) {
      page.type(words.slice(0, i).join(' '));
      await wait(150);
    }
    // 150 ms after the last keystroke: nothing yet.
    await wait(649);
    expect(page.store.calls).toHaveLength(0);
    expect(page.status().kind).toBe('dirty');

    await wait(1);
    expect(page.store.calls).toHaveLength(1);
    expect(page.store.calls[0]!.input).toMatchObject({ recommendationId: REC_ID, baseVersionId: 'v1', title: FIRST_TITLE });
    expect(textOf(page.store.head.body)).toEqual([words.join(' ')]);
    expect(page.status().kind).toBe('saved');

    // Nothing more to save, however long the page stays open.
    await wait(60_000);
    expect(page.store.calls).toHaveLength(1);
  });

  it('saves a change of title alone', async () => {
    const page = openPage();
    page.retitle('Sécurité alimentaire et nutrition au Sahel');
    await wait(800);
    expect(page.store.head).toMatchObject({ id: 'v2', title: 'Sécurité alimentaire et nutrition au Sahel' });
    expect(textOf(page.store.head.body)).toEqual([FIRST_TEXT]);
  });

  it('never has two saves in flight: what is typed during a slow save is saved right after it, on the new version', async () => {
    const page = openPage();
    page.store.latencyMs = 3000;
    page.type('Premier jet');
    await wait(800);
    expect(page.store.calls).toHaveLength(1);
    expect(page.status().kind).toBe('saving');

    // Typing goes on during the slow save; its own debounce ends while the first save still runs.
    await wait(200);
    page.type('Premier jet, puis la suite');
    await wait(800);
    expect(page.store.calls).toHaveLength(1);
    page.type('Premier jet, puis la suite et la fin');
    await wait(800);
    expect(page.store.calls).toHaveLength(1);

    // The first save lands at 3 800 ms: the second starts at once, on top of the version it created.
    await wait(3800 - 2600);
    expect(page.store.calls).toHaveLength(2);
    expect(page.store.calls[1]!.startedAt).toBe(page.store.calls[0]!.endedAt);
    expect(page.store.calls[1]!.input.baseVersionId).toBe('v2');
    expect(textOf(page.store.calls[1]!.input.body)).toEqual(['Premier jet, puis la suite et la fin']);
    expect(page.status().kind).toBe('saving');

    await wait(3000);
    expect(page.store.calls).toHaveLength(2);
    expect(page.store.maxRunning).toBe(1);
    expect(page.status().kind).toBe('saved');
    expect(page.store.versions.map((v) => [v.id, v.parentId])).toEqual([
      ['v1', null],
      ['v2', 'v1'],
      ['v3', 'v2'],
    ]);
    expect(textOf(page.store.head.body)).toEqual(['Premier jet, puis la suite et la fin']);
  });

  it('saves what was typed during a slow save as soon as it lands, without waiting for another debounce', async () => {
    const page = openPage();
    page.store.latencyMs = 500;
    page.type('Un');
    await wait(1000); // the save runs from 800 ms to 1 300 ms
    page.type('Un, deux');
    expect(page.status().kind).toBe('saving');
    await wait(300);
    expect(page.store.calls).toHaveLength(2);
    expect(page.store.calls[1]!.startedAt).toBe(page.store.calls[0]!.endedAt);
    expect(page.store.calls[1]!.input.baseVersionId).toBe('v2');
    expect(page.status().kind).toBe('saving');
    await wait(500);
    expect(textOf(page.store.head.body)).toEqual(['Un, deux']);
    // The debounce of the second edit finds nothing left to save.
    await wait(5000);
    expect(page.store.calls).toHaveLength(2);
    expect(page.status().kind).toBe('saved');
    expect(page.store.maxRunning).toBe(1);
  });

  it('flush() saves at once and resolves true only once the edit is stored', async () => {
    const page = openPage();
    page.store.latencyMs = 1000;
    page.type('Texte à enregistrer avant de quitter');
    let result: boolean | undefined;
    void page.saver.flush().then((ok) => (result = ok));

    await wait(0);
    expect(page.store.calls).toHaveLength(1);
    expect(result).toBeUndefined();
    await wait(999);
    expect(result).toBeUndefined();
    await wait(1);
    expect(result).toBe(true);
    expect(textOf(page.store.head.body)).toEqual(['Texte à enregistrer avant de quitter']);

    // The debounced save it replaced does not run again.
    await wait(5000);
    expect(page.store.calls).toHaveLength(1);
  });

  it('flush() during a slow save waits for it, then stores the latest state too', async () => {
    const page = openPage();
    page.store.latencyMs = 1000;
    page.type('Version A');
    await wait(800);
    page.type('Version B');
    const flushed = page.saver.flush();
    await wait(2000);
    await expect(flushed).resolves.toBe(true);
    expect(page.store.calls.map((c) => textOf(c.input.body)[0])).toEqual(['Version A', 'Version B']);
    expect(page.store.maxRunning).toBe(1);
  });

  it('does not save a state identical to the stored one', async () => {
    const page = openPage();
    // An update that changes nothing (formatting applied then removed, say).
    page.saver.change();
    await wait(5000);
    expect(page.store.calls).toHaveLength(0);
    expect(page.status().kind).toBe('saved');

    page.type('Nouveau texte');
    await wait(800);
    expect(page.store.calls).toHaveLength(1);

    // Typed, then undone before the save: back to the stored text.
    page.type('Nouveau texte, ajout');
    await wait(300);
    page.type('Nouveau texte');
    await wait(5000);
    expect(page.store.calls).toHaveLength(1);
    expect(page.status().kind).toBe('saved');

    await expect(page.saver.flush()).resolves.toBe(true);
    await expect(page.saver.flush()).resolves.toBe(true);
    expect(page.store.calls).toHaveLength(1);
  });
});

describe('autosave: failures', () => {
  it('retries a transient failure with a growing delay, showing the error meanwhile, and keeps the text', async () => {
    const page = openPage();
    page.store.failNext({ code: 'internal' }, 2);
    page.store.failNext('throw');
    page.type('Texte précieux');

    await wait(800);
    expect(page.store.calls).toHaveLength(1);
    expect(page.status()).toMatchObject({ kind: 'error', retrying: true, error: { code: 'internal' } });
    const status = page.status();
    if (status.kind === 'error') expect(status.error.message.fr).toMatch(/erreur interne/);

    // First retry after 2 s, then 4 s, then 8 s.
    await wait(1999);
    expect(page.store.calls).toHaveLength(1);
    await wait(1);
    expect(page.store.calls).toHaveLength(2);
    expect(page.status()).toMatchObject({ kind: 'error', retrying: true });

    await wait(3999);
    expect(page.store.calls).toHaveLength(2);
    await wait(1);
    expect(page.store.calls).toHaveLength(3);
    // A rejected call (the IPC itself failed) is an internal error too, and retried.
    expect(page.status()).toMatchObject({ kind: 'error', retrying: true, error: { code: 'internal' } });

    await wait(7999);
    expect(page.store.calls).toHaveLength(3);
    await wait(1);
    expect(page.store.calls).toHaveLength(4);
    expect(page.status().kind).toBe('saved');
    expect(textOf(page.store.head.body)).toEqual(['Texte précieux']);
    expect(page.store.versions).toHaveLength(2);

    // After a success the delay starts again from 2 s.
    page.store.failNext({ code: 'internal' });
    page.type('Texte précieux, suite');
    await wait(800 + 2000);
    expect(page.store.calls).toHaveLength(6);
    expect(page.status().kind).toBe('saved');
  });

  it('does not wait for the retry when the user types again: the new edit saves everything', async () => {
    const page = openPage();
    page.store.failNext({ code: 'internal' });
    page.type('Un');
    await wait(800);
    expect(page.status().kind).toBe('error');
    await wait(500);
    page.type('Un, deux');
    expect(page.status().kind).toBe('dirty');
    await wait(800);
    expect(page.store.calls).toHaveLength(2);
    expect(textOf(page.store.head.body)).toEqual(['Un, deux']);
    // The retry that was planned is not run on top.
    await wait(10_000);
    expect(page.store.calls).toHaveLength(2);
  });

  it('saves the text under the last stored title while the title is blank, and does not retry', async () => {
    const page = openPage();
    page.retitle('   ');
    page.type('Le texte ne doit pas attendre le titre');
    await wait(800);

    expect(page.store.calls).toHaveLength(1);
    expect(page.store.head.title).toBe(FIRST_TITLE);
    expect(textOf(page.store.head.body)).toEqual(['Le texte ne doit pas attendre le titre']);
    expect(page.status()).toMatchObject({ kind: 'error', retrying: false, error: { code: 'empty_title' } });
    await expect(page.saver.flush()).resolves.toBe(false);

    await wait(60_000);
    expect(page.store.calls).toHaveLength(1);
    expect(page.status()).toMatchObject({ kind: 'error', error: { code: 'empty_title' } });

    // Once a title is typed, it is stored.
    page.retitle('Nouveau titre');
    await wait(800);
    expect(page.store.head.title).toBe('Nouveau titre');
    expect(page.status().kind).toBe('saved');
  });

  it('does not retry a title the database refuses as empty', async () => {
    const page = openPage();
    // Only control characters: not blank to the editor, empty once cleaned by the database.
    page.retitle('\u0007');
    await wait(800);
    expect(page.store.calls).toHaveLength(1);
    expect(page.status()).toMatchObject({ kind: 'error', retrying: false, error: { code: 'empty_title' } });
    await wait(60_000);
    expect(page.store.calls).toHaveLength(1);
    // The edit is still journaled: nothing typed is lost.
    expect(page.journal.entry?.title).toBe('\u0007');
  });
});

describe('autosave: crash journal', () => {
  it('journals at most every 250 ms while typing, with the latest text and the base version', async () => {
    const page = openPage();
    const start = Date.now();
    for (let i = 1; i <= 20; i++) {
      page.type(`Frappe ${i}`);
      await wait(50);
    }
    // 1 000 ms of typing: a handful of writes, never two within 250 ms.
    const times = page.journal.writes.map((w) => w.at - start);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(250);
    for (const w of page.journal.writes) expect(w.baseVersionId).toBe('v1');

    // The last keystroke is journaled within 250 ms, before any save.
    await wait(250);
    expect(page.store.calls).toHaveLength(0);
    expect(textOf(page.journal.entry!.body)).toEqual(['Frappe 20']);
    expect(page.journal.entry!.title).toBe(FIRST_TITLE);
  });

  it('journals at once on journalNow() (page hidden), and only when something is unsaved', () => {
    const page = openPage();
    page.saver.journalNow();
    expect(page.journal.writes).toHaveLength(0);

    page.type('Tapé juste avant la fermeture');
    page.saver.journalNow();
    expect(page.journal.writes).toHaveLength(1);
    expect(page.journal.entry).toMatchObject({ title: FIRST_TITLE, baseVersionId: 'v1' });
    expect(textOf(page.journal.entry!.body)).toEqual(['Tapé juste avant la fermeture']);

    // Nothing new since: no rewrite.
    page.saver.journalNow();
    expect(page.journal.writes).toHaveLength(1);
  });

  it('clears the journal once the database holds everything, and journals later edits on the new version', async () => {
    const page = openPage();
    page.type('Un');
    await wait(300);
    expect(page.journal.entry).not.toBeNull();
    await wait(500);
    expect(page.store.head.id).toBe('v2');
    expect(page.journal.entry).toBeNull();

    page.type('Un, deux');
    page.saver.journalNow();
    expect(page.journal.entry?.baseVersionId).toBe('v2');
  });

  it('keeps the journal while a save fails, and while edits typed during a save are not stored yet', async () => {
    const page = openPage();
    page.store.failNext({ code: 'internal' });
    page.type('Un');
    await wait(800);
    expect(page.status().kind).toBe('error');
    expect(textOf(page.journal.entry!.body)).toEqual(['Un']);

    // The retry is slow; more typing meanwhile.
    page.store.latencyMs = 1000;
    await wait(2000); // retry starts
    expect(page.status().kind).toBe('saving');
    page.type('Un, deux');
    await wait(300);
    expect(textOf(page.journal.entry!.body)).toEqual(['Un, deux']);
    await wait(700); // the retry lands with « Un » only; « Un, deux » goes right after
    expect(page.store.calls).toHaveLength(3);
    expect(textOf(page.store.head.body)).toEqual(['Un']);
    expect(textOf(page.journal.entry!.body)).toEqual(['Un, deux']);

    await wait(1000);
    expect(textOf(page.store.head.body)).toEqual(['Un, deux']);
    expect(page.journal.entry).toBeNull();
  });

  it('does not bring back text deleted before it was saved', async () => {
    const page = openPage();
    page.type(FIRST_TEXT, 'Paragraphe tapé puis effacé');
    await wait(300);
    expect(textOf(page.journal.entry!.body)).toEqual([FIRST_TEXT, 'Paragraphe tapé puis effacé']);

    // Deleted again: the editor is back to the stored text, so there is nothing to save…
    page.type(FIRST_TEXT);
    await wait(5000);
    expect(page.store.calls).toHaveLength(0);
    // …and a reload must not restore the deleted paragraph from the journal.
    expect(page.journal.entry).toBeNull();
  });

  it('does not bring back deleted text when the page is left right after the deletion', async () => {
    const page = openPage();
    page.type(FIRST_TEXT, 'Paragraphe tapé puis effacé');
    await wait(300);
    page.type(FIRST_TEXT);
    // Leaving the page at once: the editor flushes, then stops its timers.
    await expect(page.saver.flush()).resolves.toBe(true);
    page.saver.dispose();
    await wait(5000);
    expect(page.store.calls).toHaveLength(0);
    expect(page.journal.entry).toBeNull();
  });

  it('keeps an undo typed during a save in the journal until it is stored', async () => {
    const page = openPage();
    page.store.latencyMs = 2000;
    page.type(FIRST_TEXT, 'Ajout');
    await wait(800); // the save of « Ajout » starts
    page.type(FIRST_TEXT); // undone while it runs
    await wait(300);
    // Should the app die now, the database is about to hold « Ajout »: the journal must hold the undo.
    expect(page.journal.entry).not.toBeNull();
    expect(textOf(page.journal.entry!.body)).toEqual([FIRST_TEXT]);

    await wait(5000);
    expect(textOf(page.store.head.body)).toEqual([FIRST_TEXT]);
    expect(page.journal.entry).toBeNull();
    expect(page.status().kind).toBe('saved');
  });
});

describe('autosave: what the save indicator shows', () => {
  it('goes saved → dirty → saving → saved', async () => {
    const page = openPage();
    page.store.latencyMs = 400;
    expect(page.status().kind).toBe('saved');
    page.type('A');
    page.type('Ab');
    expect(page.status().kind).toBe('dirty');
    await wait(800);
    expect(page.status().kind).toBe('saving');
    await wait(400);
    expect(page.status().kind).toBe('saved');
    expect(page.shown()).toEqual(['dirty', 'saving', 'saved']);
  });

  it('shows the error while retrying, then saved', async () => {
    const page = openPage();
    page.store.failNext({ code: 'internal' });
    page.type('A');
    await wait(800 + 2000);
    expect(page.shown()).toEqual(['dirty', 'saving', 'error', 'saving', 'saved']);
  });

  it('keeps showing saving while edits typed during a save are stored right after it', async () => {
    const page = openPage();
    page.store.latencyMs = 500;
    page.type('A');
    await wait(1000);
    page.type('AB');
    const seen: string[] = [];
    for (let t = 0; t < 2000; t += 100) {
      await wait(100);
      seen.push(page.status().kind);
    }
    // Sampled as a screen would show it: saving until both saves are in, then saved.
    expect(seen.slice(0, 7).every((kind) => kind === 'saving')).toBe(true);
    expect(seen.slice(8)).toEqual(Array<string>(seen.length - 8).fill('saved'));
    expect(page.store.calls).toHaveLength(2);
  });
});
