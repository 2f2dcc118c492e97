/**
 * Finds the Electron binary without calling `require('electron')`, which would start a download
 * and throw a stack trace on an offline machine. Tries electron's own install script once, quietly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCaptured } from './run.mjs';

const DOWNLOAD_TIMEOUT_MS = 60_000;

/** The executable inside an unpacked Electron zip, as electron's install script names it. */
export function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/**
 * Where the binary should be. PALABRE_ELECTRON_DIST (tests, unusual setups) and electron's own
 * ELECTRON_OVERRIDE_DIST_PATH name an unpacked Electron folder; otherwise node_modules/electron/dist.
 */
export function electronLocation(root, env, platform) {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable(platform);
  const dist = env.PALABRE_ELECTRON_DIST || env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  return { packageDir, dist, executable: join(dist, relative) };
}

/** The version of the binary we will run (its `version` file), else the one npm installed. */
export function electronVersion(location) {
  const versionFile = join(location.dist, 'version');
  if (existsSync(versionFile)) return readFileSync(versionFile, 'utf8').trim().replace(/^v/, '');
  const manifest = join(location.packageDir, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : 'unknown';
}

/**
 * @returns {{ ok: true, executable: string, version: string } | { ok: false, version: string, output: string }}
 */
export function ensureElectron({ root, env, platform, log }) {
  const location = electronLocation(root, env, platform);
  if (existsSync(location.executable)) return { ok: true, executable: location.executable, version: electronVersion(location) };

  let output = '';
  const installScript = join(location.packageDir, 'install.js');
  if (env.PALABRE_SKIP_ELECTRON_DOWNLOAD !== '1' && existsSync(installScript)) {
    log(electronVersion(location));
    const attempt = runCaptured(process.execPath, [installScript], {
      cwd: location.packageDir,
      env,
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
    });
    output = attempt.output;
  }
  // Read again: the install script writes path.txt and the version file when it succeeds.
  const after = electronLocation(root, env, platform);
  if (existsSync(after.executable)) return { ok: true, executable: after.executable, version: electronVersion(after) };
  return { ok: false, version: electronVersion(after), output };
}
