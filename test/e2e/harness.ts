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

/**
 * Waits until the page has drawn `frames` more frames (what a scroll or a render needs to show).
 * Bounded: a page that draws nothing for `limitMs` fails the test with a message saying so,
 * instead of hanging it until the test's own timeout with no clue where.
 */
export async function framesDrawn(page: BridgedApp['page'], frames = 2, limitMs = 5_000): Promise<void> {
  const drawn = await page.evaluate(
    ({ frames, limitMs }) =>
      new Promise<boolean>((done) => {
        const timer = setTimeout(() => done(false), limitMs);
        const step = (left: number) => {
          if (left === 0) {
            clearTimeout(timer);
            return done(true);
          }
          requestAnimationFrame(() => step(left - 1));
        };
        step(frames);
      }),
    { frames, limitMs },
  );
  if (!drawn) throw new Error(`The page drew no ${frames} frames in ${limitMs} ms (document.hidden or a blocked main thread).`);
}
