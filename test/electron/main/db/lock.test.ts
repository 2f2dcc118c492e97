/**
 * One writer per database file: the lock taken by whoever opens it, refused to a second holder (in
 * this process or another), given back on release, and free again the moment its holder is killed —
 * whatever the file naming the last holder says (a crash must not lock the user out, and a reused
 * pid must not either).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDatabaseLock, lockPathFor, readOwner } from '../../../../electron/main/db/lock';
import { PalabreError } from '../../../../shared/errors';
import { startHolder, type Holder } from '../../../helpers/processes';
import { makeTempDir, removeTempDir } from '../../../helpers/tempDb';

let dir: string;
let path: string;
const holders: Holder[] = [];
beforeEach(() => {
  dir = makeTempDir('palabre-lock-');
  path = join(dir, 'palabre.sqlite');
});
afterEach(async () => {
  for (const holder of holders.splice(0)) await holder.kill();
  removeTempDir(dir);
});

function refusal(run: () => unknown): PalabreError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PalabreError);
    return error as PalabreError;
  }
  throw new Error('expected the lock to be refused');
}

describe('the database lock', () => {
  it('is held by one connection at a time, even within one process, and given back on release', () => {
    const lock = acquireDatabaseLock(path, 'cli');
    expect(lock.path).toBe(`${path}.lock`);
    expect(readOwner(path)).toMatchObject({ pid: process.pid, by: 'cli' });
    const error = refusal(() => acquireDatabaseLock(path, 'app'));
    expect(error.code).toBe('db_locked');
    expect(error.toValue().message.en).toContain(`already open in a Palabre command (process ${process.pid}`);
    lock.release();
    lock.release();
    const again = acquireDatabaseLock(path, 'app');
    expect(readOwner(path)).toMatchObject({ by: 'app' });
    again.release();
  });

  it('is refused while another process holds it, with the holder named in French and English', async () => {
    holders.push(await startHolder(path));
    const holder = holders[0]!;
    const error = refusal(() => acquireDatabaseLock(path, 'cli'));
    expect(error.code).toBe('db_locked');
    expect(error.toValue().message.fr).toContain(`déjà ouverte par la fenêtre de Palabre (processus ${holder.pid}`);
    expect(error.toValue().message.en).toContain(`already open in the Palabre window (process ${holder.pid}`);
  });

  it('is free again as soon as its holder is killed with SIGKILL', async () => {
    const holder = await startHolder(path);
    await holder.kill();
    // The dead holder's files are still there: a crash cannot clean up. They do not matter.
    expect(existsSync(lockPathFor(path))).toBe(true);
    expect(readOwner(path)).toMatchObject({ pid: holder.pid });
    const lock = acquireDatabaseLock(path, 'cli');
    expect(readOwner(path)).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('ignores what the holder file says: a live pid in it (a reused pid) or a file cut short lock nobody out', () => {
    const owner = `${lockPathFor(path)}.json`;
    // The parent of this process is alive: a pid-file lock would believe it holds the database.
    writeFileSync(owner, JSON.stringify({ pid: process.ppid, host: 'vm', since: '2025-11-17T08:00:00Z', by: 'app' }));
    acquireDatabaseLock(path, 'cli').release();
    writeFileSync(owner, '{"pid": 12');
    acquireDatabaseLock(path, 'cli').release();
    expect(JSON.parse(readFileSync(owner, 'utf8'))).toMatchObject({ pid: process.pid });
  });
});
