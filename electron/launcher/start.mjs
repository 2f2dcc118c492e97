/**
 * `npm start`: runs the desktop app. Three steps, each explained to the user when it cannot be done:
 *   1. the Electron binary (downloaded once; impossible offline, which is said plainly);
 *   2. better-sqlite3 built for Electron's ABI, in `.native/` (the Node build stays for tests and CLI);
 *   3. `electron-vite preview`, which builds the app and starts Electron; its exit code is ours.
 * Plain Node, no TypeScript: it must run before anything is built. Extra arguments go to
 * electron-vite (e.g. `npm start -- --skipBuild`).
 *
 * Environment: PALABRE_ELECTRON_DIST or ELECTRON_OVERRIDE_DIST_PATH (an unpacked Electron),
 * PALABRE_SKIP_ELECTRON_DOWNLOAD=1 (do not try to download), PALABRE_NATIVE_BINDING (an addon built
 * for this Electron, used as is).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectron } from './electronBinary.mjs';
import { messages } from './messages.mjs';
import { ensureNativeAddon } from './nativeAddon.mjs';
import { reasonFrom } from './run.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env };
const say = (lines) => console.log(lines.join('\n'));
const complain = (lines) => console.error(lines.join('\n'));

const electron = ensureElectron({ root, env, platform: process.platform, log: (version) => say(messages.downloadingElectron(version)) });
if (!electron.ok) {
  complain(
    messages.electronMissing({ version: electron.version, platform: process.platform, arch: process.arch, detail: reasonFrom(electron.output) }),
  );
  process.exit(1);
}

let binding = env.PALABRE_NATIVE_BINDING;
if (binding) {
  if (!existsSync(binding)) {
    complain(messages.bindingOverrideMissing(binding));
    process.exit(1);
  }
} else {
  const addon = ensureNativeAddon({
    root,
    electronVersion: electron.version,
    platform: process.platform,
    arch: process.arch,
    env,
    log: () => say(messages.preparingAddon(electron.version)),
  });
  if (!addon.ok) {
    complain(messages.addonFailed({ version: electron.version, detail: addon.reason }));
    process.exit(1);
  }
  binding = addon.path;
}

const child = spawn(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // electron-vite reads ELECTRON_EXEC_PATH instead of looking for the binary itself.
  env: { ...env, PALABRE_NATIVE_BINDING: binding, ELECTRON_EXEC_PATH: electron.executable },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  complain(messages.previewFailed(error.message));
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
