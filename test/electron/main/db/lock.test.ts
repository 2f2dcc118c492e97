/**
 * One writer per database file: the lock taken by whoever opens it, refused to a second holder,
 * released on close, and taken over after its holder was killed (a crash must not lock the user out).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDatabaseLock, lockHolder, lockPathFor } from '../../../../electron/main/db/lock';
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
  it('is a file beside the database naming its holder, removed on release', () => {
    const lock = acquireDatabaseLock(path, 'cli');
    expect(lock.path).toBe(`${path}.lock`);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, by: 'cli' });
    // This very process, asked again, is refused too: one open per file, even in one process.
    const error = refusal(() => acquireDatabaseLock(path, 'app'));
    expect(error.code).toBe('db_locked');
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    lock.release();
    acquireDatabaseLock(path, 'app').release();
  });

  it('is refused while another process holds it, with the holder named in French and English', async () => {
    holders.push(await startHolder(path));
    const holder = holders[0]!;
    expect(lockHolder(path)).toMatchObject({ pid: holder.pid, by: 'app' });
    const error = refusal(() => acquireDatabaseLock(path, 'cli'));
    expect(error.code).toBe('db_locked');
    expect(error.toValue().message.fr).toContain(`déjà ouverte par la fenêtre de Palabre (processus ${holder.pid}`);
    expect(error.toValue().message.en).toContain(`already open in the Palabre window (process ${holder.pid}`);
  });

  it('is taken over once its holder was killed with SIGKILL', async () => {
    const holder = await startHolder(path);
    await holder.kill();
    // The dead holder's lock file is still there: a crash cannot clean up.
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: holder.pid });
    expect(lockHolder(path)).toBeUndefined();
    const lock = acquireDatabaseLock(path, 'cli');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('is taken over when the lock file was cut short, and respected when it comes from another machine', () => {
    writeFileSync(lockPathFor(path), '{"pid": 12');
    acquireDatabaseLock(path, 'cli').release();

    writeFileSync(lockPathFor(path), JSON.stringify({ pid: process.pid + 1, host: 'portable-du-rapporteur', since: '2025-11-17T08:00:00Z', by: 'app' }));
    const error = refusal(() => acquireDatabaseLock(path, 'cli'));
    expect(error.toValue().message.en).toContain('on portable-du-rapporteur');
    // Releasing someone else's lock does nothing.
    expect(existsSync(lockPathFor(path))).toBe(true);
  });
});
