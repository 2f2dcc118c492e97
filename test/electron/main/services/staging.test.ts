/** Dropped files staged for an import are deleted once imported (or refused), on close, and when the process ends. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { dumpDatabase } from '../../cli/cliProcess';
import { errorOf, makeTempDir, openTempStore, removeTempDir, type TempStore } from '../../../helpers/tempDb';

const REPO = resolve(__dirname, '../../../..');
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('staged dropped files', { timeout: 60_000 }, () => {
  let store: TempStore;
  let staging: string;
  afterEach(() => {
    store.cleanup();
    removeTempDir(staging);
  });

  async function open(): Promise<TempStore> {
    store = await openTempStore();
    staging = makeTempDir('palabre-staging-');
    store.ctx.stagingDir = staging;
    return store;
  }

  it('a staged file refused by the import is deleted with its folder, the database unchanged', async () => {
    const s = await open();
    const staged = await call(s.dispatch, 'file:stage', { name: 'reunion.palabre', contentBase64: base64('{"format":"palabre-package","formatVersion":1') });
    const path = s.ctx.files.resolve(staged.token, 'read');
    expect(existsSync(path)).toBe(true);
    const before = dumpDatabase(s.path);
    const refused = errorOf(await s.dispatch('package:import', { fileTokens: [staged.token] }));
    expect(refused.message.fr).toMatch(/^Ce fichier n’est pas un paquet Palabre lisible/);
    expect(dumpDatabase(s.path)).toBe(before);
    expect(existsSync(dirname(path))).toBe(false);
    expect(readdirSync(staging)).toEqual([]);
    // The token now names nothing: a second import of it says the file is gone.
    expect(errorOf(await s.dispatch('package:import', { fileTokens: [staged.token] })).code).toBe('file_unreadable');
  });

  it('a staged file imported is deleted; a file chosen in a dialog is never deleted', async () => {
    const s = await open();
    const meeting = await call(s.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
    const chosenDir = makeTempDir();
    const chosen = join(chosenDir, 'reunion.palabre');
    await call(s.dispatch, 'package:export', { meetingId: meeting.id, kind: 'meeting', fileToken: s.ctx.files.grant(chosen, 'write') });
    const staged = await call(s.dispatch, 'file:stage', { name: 'copie.palabre', contentBase64: readFileSync(chosen).toString('base64') });
    const summary = await call(s.dispatch, 'package:import', { fileTokens: [s.ctx.files.grant(chosen, 'read'), staged.token] });
    expect(summary.files.map((f) => f.name)).toEqual(['reunion.palabre', 'copie.palabre']);
    expect(readdirSync(staging)).toEqual([]);
    expect(existsSync(chosen)).toBe(true);
    removeTempDir(chosenDir);
  });

  it('files staged and never imported are deleted on close', async () => {
    const s = await open();
    await call(s.dispatch, 'file:stage', { name: 'a.docx', contentBase64: base64('PK') });
    await call(s.dispatch, 'file:stage', { name: 'a.docx', contentBase64: base64('PK') });
    expect(readdirSync(staging).filter((n) => n.startsWith(`palabre-drop-${process.pid}-`))).toHaveLength(2);
    s.ctx.staging.discardAll();
    expect(readdirSync(staging)).toEqual([]);
  });

  it('files staged and never imported are deleted when the process ends', async () => {
    const s = await open();
    const out = await new Promise<string>((done, fail) =>
      execFile(process.execPath, ['--import', 'tsx', join(REPO, 'test/helpers/stageAndExit.ts'), s.path.replace(/\.sqlite$/, '-child.sqlite'), staging], { cwd: REPO, encoding: 'utf8' }, (error, stdout, stderr) =>
        error ? fail(new Error(`${error.message}: ${stderr}`)) : done(stdout),
      ),
    );
    const path = out.trim();
    expect(path.startsWith(staging)).toBe(true);
    expect(path.endsWith('Contribution d’Awa.palabre')).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(staging)).toEqual([]);
  });

  it('what a crashed process left is removed at the next staging; a running process’s files are left alone', async () => {
    const s = await open();
    // A process that has ended: its pid names no running process any more.
    const gone = await new Promise<number>((done) => {
      const child = execFile(process.execPath, ['-e', '0'], () => done(child.pid!));
    });
    const orphan = join(staging, `palabre-drop-${gone}-abc123`);
    const running = join(staging, `palabre-drop-${process.ppid}-def456`);
    const other = join(staging, 'notes-de-séance');
    for (const folder of [orphan, running, other]) mkdirSync(folder);
    writeFileSync(join(orphan, 'Contribution d’Awa.palabre'), '{}');
    await call(s.dispatch, 'file:stage', { name: 'b.palabre', contentBase64: base64('{}') });
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
