/**
 * Finds and launches a Chromium for the browser bridge: CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then Playwright's own browsers. Without one, a one-line fix is given.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep a headless Chromium quiet on a machine without network (and runnable as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export class ChromiumNotFoundError extends Error {
  constructor() {
    super(
      'Chromium not found: install it with `apt-get install chromium` (Debian) or set CHROMIUM_PATH to a Chromium executable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  throw new ChromiumNotFoundError();
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export async function launchChromium(options: { headless: boolean }): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: options.headless, args: CHROMIUM_ARGS });
}
