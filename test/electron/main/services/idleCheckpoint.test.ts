/**
 * The WAL is copied into the database file while the user pauses, never inside a save: after a
 * write and a quiet moment, the database file alone (without its -wal) holds what was saved.
 */
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { documentFromPlainText } from '../../../../shared/document/lexicalJson';
import { startIdleCheckpoints } from '../../../../electron/main/services/idleCheckpoint';
import { openTempStore, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
let clock = 0;
let checkpoints: ReturnType<typeof startIdleCheckpoints>;
beforeEach(async () => {
  store = await openTempStore();
  // The schema just written by the migrations, in the database file: what follows starts from there.
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  clock = 0;
  // Driven by hand: the test says when time passes and when the connection is looked at.
  checkpoints = startIdleCheckpoints(store.ctx, { idleMs: 2000, pollMs: 3_600_000, now: () => clock });
});
afterEach(() => {
  checkpoints.stop();
  store.cleanup();
});

/** The meeting titles the database file holds by itself, as a copy without its -wal would show them. */
function titlesInMainFile(): string[] {
  const copy = join(store.dir, 'main-file-only.sqlite');
  copyFileSync(store.path, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return db.prepare('SELECT title FROM meetings ORDER BY title').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('checkpoints while the user pauses', () => {
  it('copies a save into the database file once the connection has been quiet, not before', async () => {
    checkpoints.tick();
    await call(store.dispatch, 'meeting:create', { title: 'Réunion de Bamako' });
    // The save is on disk in the -wal file; the database file does not hold it yet.
    expect(titlesInMainFile()).toEqual([]);
    expect(checkpoints.tick()).toBe(false);
    clock += 1000;
    expect(checkpoints.tick()).toBe(false);
    // Still writing: the pause starts again from the last change.
    await call(store.dispatch, 'meeting:create', { title: 'Réunion de Niamey' });
    clock += 1500;
    expect(checkpoints.tick()).toBe(false);
    clock += 2500;
    expect(checkpoints.tick()).toBe(true);
    expect(titlesInMainFile()).toEqual(['Réunion de Bamako', 'Réunion de Niamey']);
    // Nothing new: no checkpoint again.
    clock += 10_000;
    expect(checkpoints.tick()).toBe(false);
  });

  it('leaves SQLite’s own checkpoint to long bursts only: sixty saves in a row are not copied in the middle of one', async () => {
    const meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion de Bamako' });
    const committee = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
    let rec = await call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title: 'Système d’alerte' });
    const words = Array.from({ length: 400 }, (_, i) => `mot${i}`);
    for (let i = 0; i < 60; i++) {
      words[(i * 7) % 400] = `révision${i}`;
      let n = 0;
      rec = await call(store.dispatch, 'recommendation:save', {
        recommendationId: rec.id,
        baseVersionId: rec.headVersionId,
        title: 'Système d’alerte',
        body: documentFromPlainText(words.join(' '), () => `b${++n}`),
      });
    }
    // Far more pages than SQLite's default threshold (1,000), and none copied during the burst.
    const [walState] = store.db.pragma('wal_checkpoint(NOOP)') as Array<{ log: number }>;
    expect(walState!.log).toBeGreaterThan(1000);
    expect(titlesInMainFile()).toEqual([]);
    clock += 2500;
    checkpoints.tick();
    clock += 2500;
    expect(checkpoints.tick()).toBe(true);
    expect(titlesInMainFile()).toEqual(['Réunion de Bamako']);
  });
});
