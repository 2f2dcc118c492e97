/**
 * `npm start` on a machine without the Electron binary (like this one): a clear message in both
 * languages, the way out (`npm run dev:browser`), exit code 1, and no stack trace. And when Electron
 * is there, electron-vite is started with the addon and its exit code becomes ours.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const launcher = resolve(__dirname, '../../electron/launcher/start.mjs');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'palabre-launcher-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function start(env: Record<string, string>, args: string[] = []) {
  // Only what the launcher needs from the outside, so the developer's own settings do not leak in.
  const base = { PATH: process.env.PATH ?? '', HOME: work };
  const result = spawnSync(process.execPath, [launcher, ...args], {
    env: { ...base, ...env },
    encoding: 'utf8',
    cwd: work,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, all: `${result.stdout}\n${result.stderr}` };
}

function expectNoStackTrace(output: string) {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/node:internal|\.js:\d+:\d+/);
}

describe('npm start without the Electron binary', () => {
  it('explains in French and English what to do, points to dev:browser, and exits 1', () => {
    const run = start({ PALABRE_ELECTRON_DIST: join(work, 'nonexistent'), PALABRE_SKIP_ELECTRON_DOWNLOAD: '1' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('n’a pas pu être téléchargé');
    expect(run.stderr).toContain('could not be downloaded');
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(run.stderr.match(/npm run dev:browser/g)).toHaveLength(2);
    expectNoStackTrace(run.all);
  });

  it('tries the download once and keeps its stack trace to itself when it fails', () => {
    const run = start({
      PALABRE_ELECTRON_DIST: join(work, 'nonexistent'),
      // A mirror that refuses connections at once, and an empty cache: the download fails, offline or not.
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: join(work, 'cache'),
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('téléchargement d’Electron');
    expect(run.stderr).toContain('npm run dev:browser');
    expectNoStackTrace(run.all);
  });
});

describe('npm start with an Electron binary', () => {
  /** An unpacked "Electron" that is a shell script saying which addon it was given. */
  function fakeElectron(exitCode: number) {
    const dist = join(work, 'electron-dist');
    mkdirSync(dist, { recursive: true });
    const binary = join(dist, 'electron');
    writeFileSync(binary, `#!/bin/sh\necho "electron started with addon $PALABRE_NATIVE_BINDING"\nexit ${exitCode}\n`);
    chmodSync(binary, 0o755);
    writeFileSync(join(dist, 'version'), 'v45.4.1');
    return dist;
  }

  it('starts electron-vite with the Electron build of better-sqlite3 and returns its exit code', () => {
    const addon = join(work, 'better_sqlite3.node');
    writeFileSync(addon, '');
    const run = start(
      // ELECTRON_ENTRY spares electron-vite its check of the built app: this test builds nothing.
      { PALABRE_ELECTRON_DIST: fakeElectron(7), PALABRE_NATIVE_BINDING: addon, ELECTRON_ENTRY: 'out/main/index.js' },
      ['--skipBuild'],
    );
    expect(run.stdout).toContain(`electron started with addon ${addon}`);
    expect(run.status).toBe(7);
  });

  it('refuses a PALABRE_NATIVE_BINDING that names a missing file', () => {
    const missing = join(work, 'missing.node');
    const run = start({ PALABRE_ELECTRON_DIST: fakeElectron(0), PALABRE_NATIVE_BINDING: missing }, ['--skipBuild']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(missing);
    expectNoStackTrace(run.all);
  });
});
