/** Types of nativeAddon.mjs, for the test that keeps its folder name equal to the main process's. */
export function nativeBindingPath(appRoot: string, electronVersion: string, platform: string, arch: string): string;

export function ensureNativeAddon(options: {
  root: string;
  electronVersion: string;
  platform: string;
  arch: string;
  env: Record<string, string | undefined>;
  log: () => void;
}): { ok: true; path: string } | { ok: false; reason: string };
