/**
 * The -wal file is synced off the main thread, in groups: a burst of commits costs at most two syncs,
 * each commit is covered by a sync that started after it, a missing file is fine, and a failure is
 * told to the caller (never left as an unhandled rejection).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWalFlusher, syncWalFile } from '../../../../electron/main/db/walFlush';
import { call } from '../../../../electron/main/handlers';
import { makeTempDir, openTempStore, removeTempDir } from '../../../helpers/tempDb';
import { gatedSync, turns } from '../../../helpers/gatedSync';

describe('createWalFlusher', () => {
  it('runs one sync for the requests made while another runs, started after all of them', async () => {
    const disk = gatedSync();
    const flusher = createWalFlusher('/db-wal', { syncFile: disk.syncFile });
    const done: string[] = [];
    const first = flusher.request().then(() => done.push('first'));
    expect(disk.started).toEqual(['/db-wal']);
    // Three commits while the first sync runs: they wait for one more sync, not three.
    const later = ['a', 'b', 'c'].map((name) => flusher.request().then(() => done.push(name)));
    await turns();
    expect(disk.started).toHaveLength(1);
    disk.release(0);
    await first;
    await turns();
    // The second sync starts only once the first is over: the first may have missed their pages.
    expect(done).toEqual(['first']);
    expect(disk.started).toHaveLength(2);
    disk.release(1);
    await Promise.all(later);
    expect(done).toEqual(['first', 'a', 'b', 'c']);
    expect(disk.started).toHaveLength(2);
  });

  it('does not count a request made once the queued sync has started as covered by it', async () => {
    const disk = gatedSync();
    const flusher = createWalFlusher('/db-wal', { syncFile: disk.syncFile });
    void flusher.request();
    const second = flusher.request();
    disk.release(0);
    await turns();
    expect(disk.started).toHaveLength(2);
    // The second sync is running: a commit now needs a third.
    let thirdDone = false;
    const third = flusher.request().then(() => (thirdDone = true));
    disk.release(1);
    await second;
    await turns();
    expect(thirdDone).toBe(false);
    expect(disk.started).toHaveLength(3);
    disk.release(2);
    await third;
  });

  it('settles once every commit requested so far is on disk', async () => {
    const disk = gatedSync();
    const flusher = createWalFlusher('/db-wal', { syncFile: disk.syncFile });
    await flusher.settled();
    void flusher.request();
    void flusher.request();
    let settled = false;
    const all = flusher.settled().then(() => (settled = true));
    disk.release(0);
    await turns();
    expect(settled).toBe(false);
    disk.release(1);
    await all;
    expect(settled).toBe(true);
  });

  it('rejects the requests a failed sync covered, reports it, and stays unconfirmed until a sync succeeds', async () => {
    const disk = gatedSync();
    const reported: unknown[] = [];
    const flusher = createWalFlusher('/db-wal', { syncFile: disk.syncFile, onError: (error) => reported.push(error) });
    const failing = flusher.request();
    // Nobody waits for this one: its failure must not surface as an unhandled rejection.
    void flusher.request();
    const ioError = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    disk.release(0, ioError);
    await expect(failing).rejects.toBe(ioError);
    expect(flusher.unconfirmed).toBe(true);
    disk.release(1, ioError);
    await expect(flusher.settled()).rejects.toBe(ioError);
    expect(reported).toEqual([ioError, ioError]);
    const retry = flusher.request();
    disk.release(2);
    await retry;
    expect(flusher.unconfirmed).toBe(false);
    await flusher.settled();
  });
});

describe('syncWalFile, on real files', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('palabre-walflush-');
  });
  afterEach(() => removeTempDir(dir));

  it('syncs the -wal file of a database that was just written', async () => {
    const store = await openTempStore();
    try {
      const synced: string[] = [];
      const flusher = createWalFlusher(`${store.db.name}-wal`, {
        syncFile: (path) => {
          synced.push(path);
          return syncWalFile(path);
        },
      });
      await call(store.dispatch, 'meeting:create', { title: 'Réunion de Dakar' });
      expect(existsSync(`${store.path}-wal`)).toBe(true);
      await flusher.request();
      expect(synced).toEqual([`${store.path}-wal`]);
      expect(flusher.unconfirmed).toBe(false);
    } finally {
      store.cleanup();
    }
  });

  it('takes a missing -wal file (not WAL, or checkpointed away on close) as nothing to sync', async () => {
    await expect(syncWalFile(join(dir, 'absent.sqlite-wal'))).resolves.toBeUndefined();
    const flusher = createWalFlusher(join(dir, 'absent.sqlite-wal'));
    await flusher.request();
    expect(flusher.unconfirmed).toBe(false);
  });

  it('fails on a file it cannot sync, and says so', async () => {
    // A folder where the -wal file should be: it cannot be opened for writing.
    const path = join(dir, 'folder.sqlite-wal');
    mkdirSync(path);
    const reported: unknown[] = [];
    const flusher = createWalFlusher(path, { onError: (error) => reported.push(error) });
    await expect(flusher.request()).rejects.toMatchObject({ code: 'EISDIR' });
    expect(reported).toHaveLength(1);
    expect(flusher.unconfirmed).toBe(true);
  });

  it('survives the database being closed while it syncs', async () => {
    const store = await openTempStore();
    try {
      await call(store.dispatch, 'meeting:create', { title: 'Réunion de Lomé' });
      const flusher = createWalFlusher(`${store.db.name}-wal`);
      const inFlight = flusher.request();
      // Closing the last connection checkpoints (and syncs) the file and removes the -wal.
      store.db.close();
      await expect(inFlight).resolves.toBeUndefined();
      await expect(flusher.request()).resolves.toBeUndefined();
    } finally {
      store.cleanup();
    }
  });
});
