/**
 * Which better-sqlite3 addon the desktop app loads. The copy in node_modules is built for Node's ABI
 * (tests and the CLI use it); Electron needs its own build, which `npm start` prepares once in
 * `.native/` at the app root. The folder name must stay equal to the one in
 * electron/launcher/nativeAddon.mjs (a test compares them).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const NATIVE_BINDING_ENV = 'PALABRE_NATIVE_BINDING';
export const NATIVE_FOLDER = '.native';
export const ADDON_FILE = 'better_sqlite3.node';

export function nativeBindingPath(appRoot: string, electronVersion: string, platform: string, arch: string): string {
  return join(appRoot, NATIVE_FOLDER, `electron-${electronVersion}-${platform}-${arch}`, ADDON_FILE);
}

export interface NativeBindingQuery {
  appRoot: string;
  electronVersion: string;
  platform: string;
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
  exists?: (path: string) => boolean;
}

/**
 * The addon to pass to better-sqlite3's `nativeBinding`, or undefined to let better-sqlite3 find its
 * own (which loads only if node_modules was built for Electron, e.g. by electron-rebuild).
 * An explicit PALABRE_NATIVE_BINDING wins when the file is there.
 */
export function resolveNativeBinding(query: NativeBindingQuery): string | undefined {
  const exists = query.exists ?? existsSync;
  const override = query.env[NATIVE_BINDING_ENV];
  if (override && exists(override)) return override;
  const prepared = nativeBindingPath(query.appRoot, query.electronVersion, query.platform, query.arch);
  return exists(prepared) ? prepared : undefined;
}
