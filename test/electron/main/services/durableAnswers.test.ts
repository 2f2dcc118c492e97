/**
 * « Enregistré » means on disk: the dispatcher answers a call that wrote only once the -wal file is
 * synced, serves other calls meanwhile, tells the user (in French and English) when the disk does
 * not confirm, and costs nothing to a call that wrote nothing.
 */
import Database from 'better-sqlite3';
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/main/db/open';
import { createWalFlusher, syncWalFile } from '../../../../electron/main/db/walFlush';
import { call, createDispatcher, type Dispatch } from '../../../../electron/main/handlers';
import { createContext, type ServiceContext } from '../../../../electron/main/services/context';
import { documentFromPlainText, documentToPlainText, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { Recommendation } from '../../../../shared/domain/types';
import type { Result } from '../../../../shared/errors';
import { gatedSync, turns, type GatedSync } from '../../../helpers/gatedSync';
import { makeTempDir, removeTempDir, steppingClock } from '../../../helpers/tempDb';

let dir: string;
let path: string;
let ctx: ServiceContext;
let dispatch: Dispatch;
let disk: GatedSync;
let logged: unknown[];
let rec: Recommendation;

beforeEach(async () => {
  dir = makeTempDir('palabre-durable-');
  path = join(dir, 'palabre.sqlite');
  const db = await openDatabase(path);
  // The setup writes go to disk at once; each test then drives the disk by hand.
  let gated = false;
  disk = gatedSync();
  const syncFile = (file: string) => (gated ? disk.syncFile(file) : syncWalFile(file));
  ctx = createContext(db, { now: steppingClock(), databasePath: path, walFlusher: createWalFlusher(`${path}-wal`, { syncFile }) });
  logged = [];
  dispatch = createDispatcher(ctx, (error) => logged.push(error));
  const meeting = await call(dispatch, 'meeting:create', { title: 'Réunion des experts, Bamako' });
  const committee = await call(dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  rec = await call(dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title: 'Réseau d’alerte' });
  gated = true;
});
afterEach(() => {
  if (ctx.db.open) ctx.db.close();
  removeTempDir(dir);
});

/** A save of `text` as the editor sends it: the same text comes with the same paragraph ids. */
function saveInput(text: string) {
  let n = 0;
  return { recommendationId: rec.id, baseVersionId: rec.headVersionId, title: rec.title, body: documentFromPlainText(text, () => `p-${n++}`) };
}

/** Starts a call and notes when its answer comes. */
function pending<T>(answer: Promise<T>): { answer: Promise<T>; answered: () => boolean } {
  let answered = false;
  void answer.then(() => (answered = true));
  return { answer, answered: () => answered };
}

/** The text of the recommendation as another connection to the file reads it. */
async function storedText(): Promise<string> {
  const db = await openDatabase(path);
  try {
    const other = createContext(db, { walFlusher: null });
    const head = other.recommendations.get(rec.id)!.headVersionId;
    return documentToPlainText(JSON.parse(other.recommendations.version(head)!.bodyJson) as SerializedDocument);
  } finally {
    db.close();
  }
}

describe('an answer to a call that wrote', () => {
  it('comes once the -wal file is synced, and other calls are served meanwhile', async () => {
    const save = pending(dispatch('recommendation:save', saveInput('Premier jet du réseau.')));
    await turns();
    expect(disk.started).toEqual([`${path}-wal`]);
    expect(save.answered()).toBe(false);
    // The main thread is free while the disk syncs: a read is answered, and sees the save.
    const read = await call(dispatch, 'recommendation:get', { recommendationId: rec.id });
    expect(documentToPlainText(read.body)).toBe('Premier jet du réseau.');
    expect(save.answered()).toBe(false);
    disk.release(0);
    const result = (await save.answer) as Result<Recommendation>;
    expect(result.ok).toBe(true);
    expect(disk.started).toHaveLength(1);
  });

  it('says in French and in English that the disk did not confirm it, and the save is still in the database', async () => {
    const save = pending(dispatch('recommendation:save', saveInput('Texte que le disque refuse.')));
    await turns();
    disk.release(0, Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    const result = await save.answer;
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'save_not_durable',
        message: {
          fr: 'Le disque n’a pas confirmé l’écriture (EIO)\u00A0: la modification est enregistrée, mais une coupure de courant pourrait l’effacer. Palabre réessaie à chaque opération\u202F; vérifiez le disque.',
          en: 'The disk did not confirm the write (EIO): the change is saved, but a power cut could erase it. Palabre tries again with every operation; check the disk.',
        },
      },
    });
    expect(logged).toHaveLength(1);
    expect(await storedText()).toBe('Texte que le disque refuse.');
  });

  it('after a failure, is "saved" for a retry that writes nothing only once the disk confirms, and the text reaches the database file', async () => {
    const first = pending(dispatch('recommendation:save', saveInput('Texte à confirmer.')));
    await turns();
    disk.release(0, Object.assign(new Error('EIO'), { code: 'EIO' }));
    expect((await first.answer).ok).toBe(false);
    // The autosave tries again with the same text: already stored, nothing is written, yet the answer
    // still waits for a sync, and fails while the disk fails.
    const retry = pending(dispatch('recommendation:save', saveInput('Texte à confirmer.')));
    await turns();
    expect(disk.started).toHaveLength(2);
    disk.release(1, Object.assign(new Error('EIO'), { code: 'EIO' }));
    expect(await retry.answer).toMatchObject({ ok: false, error: { code: 'save_not_durable' } });
    const again = pending(dispatch('recommendation:save', saveInput('Texte à confirmer.')));
    await turns();
    disk.release(2);
    expect(await again.answer).toMatchObject({ ok: true, value: { id: rec.id } });
    // The pages of the failed syncs were written again into the database file, which was synced.
    expect(statSync(`${path}-wal`).size).toBe(0);
    const copy = join(dir, 'main-file-only.sqlite');
    copyFileSync(path, copy);
    const alone = new Database(copy, { readonly: true });
    const versions = alone.prepare('SELECT count(*) FROM versions WHERE recommendation_id = ?').pluck().get(rec.id);
    alone.close();
    expect(versions).toBe(2);
    // The disk confirmed: a read pays nothing again.
    await call(dispatch, 'recommendation:get', { recommendationId: rec.id });
    expect(disk.started).toHaveLength(3);
  });
});

describe('a call that wrote nothing', () => {
  it('is answered without a sync', async () => {
    const meetings = await call(dispatch, 'meeting:list', {});
    await call(dispatch, 'recommendation:get', { recommendationId: rec.id });
    await call(dispatch, 'recommendation:list', { meetingId: meetings[0]!.id });
    await call(dispatch, 'search:query', { meetingId: meetings[0]!.id, query: 'alerte' });
    // A save identical to the head writes nothing either.
    await call(dispatch, 'recommendation:save', { recommendationId: rec.id, baseVersionId: rec.headVersionId, title: rec.title, body: rec.body });
    expect(disk.started).toEqual([]);
  });

  it('that fails is answered at once, without a sync', async () => {
    const result = await dispatch('recommendation:get', { recommendationId: crypto.randomUUID() });
    expect(result.ok).toBe(false);
    expect(disk.started).toEqual([]);
  });
});

describe('many saves at once', () => {
  it('share the syncs: two at most for a burst, each answer after a sync that started after its save', async () => {
    const first = pending(dispatch('recommendation:save', saveInput('Version 1.')));
    await turns();
    const others = [2, 3, 4].map((n) => pending(dispatch('recommendation:save', saveInput(`Version ${n}.`))));
    await turns();
    expect(disk.started).toHaveLength(1);
    disk.release(0);
    expect((await first.answer).ok).toBe(true);
    await turns();
    expect(others.map((o) => o.answered())).toEqual([false, false, false]);
    expect(disk.started).toHaveLength(2);
    disk.release(1);
    for (const other of others) expect((await other.answer).ok).toBe(true);
    expect(disk.started).toHaveLength(2);
  });
});

describe('closing the database while a sync is under way', () => {
  it('answers the save, which the close put on disk', async () => {
    const real = createWalFlusher(`${path}-wal`);
    Object.assign(ctx, { walFlusher: real });
    const save = dispatch('recommendation:save', saveInput('Écrit juste avant de quitter.'));
    // Quitting: the last connection closes, checkpoints and syncs, and removes the -wal file.
    ctx.db.close();
    expect((await save).ok).toBe(true);
    expect(await storedText()).toBe('Écrit juste avant de quitter.');
  });
});
