/**
 * The end-to-end harness: the built renderer in a real Chromium, `window.api` bridged to the real
 * handlers over the real SQLite file at `dbPath`. Usable from any Playwright or Vitest script:
 *
 *   const app = await launchApp({ dbPath: '/tmp/x.sqlite', locale: 'fr' });
 *   await app.page.getByRole('button', { name: 'Nouvelle réunion' }).click();
 *   await app.close();
 *
 * Needs `npm run build` first (the renderer in out/renderer) and a Chromium (CHROMIUM_PATH,
 * /usr/bin/chromium, or Playwright's own browsers).
 */
import { launchBridgedApp, type BridgedApp, type BridgeOptions } from '../../electron/browser/bridge';

export type { BridgedApp as LaunchedApp } from '../../electron/browser/bridge';

export interface LaunchOptions extends Partial<Omit<BridgeOptions, 'dbPath'>> {
  dbPath: string;
}

export function launchApp(options: LaunchOptions): Promise<BridgedApp> {
  return launchBridgedApp({ headless: true, locale: 'fr', ...options });
}
