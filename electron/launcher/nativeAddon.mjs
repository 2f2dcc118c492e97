/**
 * Prepares the Electron build of better-sqlite3 in `.native/` (once per Electron version, platform
 * and architecture). The Node build in node_modules is never touched: tests and the CLI use it.
 * The folder name must stay equal to nativeBindingPath in electron/main/nativeBinding.ts.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { reasonFrom, runCaptured } from './run.mjs';

const PREBUILT_TIMEOUT_MS = 2 * 60_000;
const COMPILE_TIMEOUT_MS = 20 * 60_000;
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

export function nativeBindingPath(appRoot, electronVersion, platform, arch) {
  return join(appRoot, '.native', `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

/**
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function ensureNativeAddon({ root, electronVersion, platform, arch, env, log }) {
  const target = nativeBindingPath(root, electronVersion, platform, arch);
  if (existsSync(target)) return { ok: true, path: target };
  log();

  const work = mkdtempSync(join(tmpdir(), 'palabre-sqlite-'));
  try {
    const source = join(root, 'node_modules', 'better-sqlite3');
    const copy = join(work, 'better-sqlite3');
    // The copy leaves the Node build behind: only sources go to the Electron build.
    cpSync(source, copy, { recursive: true, filter: (path) => path !== join(source, 'build') && !path.startsWith(join(source, 'build') + sep) });

    const flags = { runtime: 'electron', target: electronVersion, arch, platform };
    const prebuilt = runCaptured(
      process.execPath,
      [join(root, 'node_modules', 'prebuild-install', 'bin.js'), ...toArgs(flags)],
      { cwd: copy, env, timeoutMs: PREBUILT_TIMEOUT_MS },
    );
    let built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    let reason = '';
    if (!prebuilt.ok || !existsSync(built)) {
      const gyp = nodeGyp(env);
      const compiled = gyp
        ? runCaptured(
            process.execPath,
            [gyp, 'rebuild', '--release', ...toArgs({ runtime: 'electron', target: electronVersion, arch, 'dist-url': ELECTRON_HEADERS_URL }, '=')],
            { cwd: copy, env, timeoutMs: COMPILE_TIMEOUT_MS },
          )
        : { ok: false, output: 'node-gyp not found' };
      if (!compiled.ok || !existsSync(built)) {
        reason = [reasonFrom(prebuilt.output), reasonFrom(compiled.output)].filter(Boolean).join(' / ');
        built = '';
      }
    }
    if (!built) return { ok: false, reason };

    // Copied under a temporary name and renamed: an interrupted copy never looks like a finished one.
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    return { ok: true, path: target };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function toArgs(flags, joiner) {
  return Object.entries(flags).flatMap(([name, value]) => (joiner ? [`--${name}${joiner}${value}`] : [`--${name}`, value]));
}

/** node-gyp as npm runs it: npm names it in the environment of `npm start`; else npm's own copy. */
function nodeGyp(env) {
  const candidates = [
    env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}
