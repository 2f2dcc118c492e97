/**
 * The bench's figures measured in Chromium (issue 8): the built renderer served through the
 * browser bridge over the bench's own database, as a user would see it.
 *
 * - First screen: from the start of the navigation (performance.timeOrigin) to the first rows of
 *   the 600-recommendation meeting painted. A MutationObserver installed before the page's own
 *   scripts notes when the first row is inserted; a requestAnimationFrame then a setTimeout(0)
 *   land just after the frame that shows it. Over several full loads of the page.
 * - Keystroke to paint: typing at the end of a 5,000-word recommendation, one key every 50 ms with
 *   a pause now and then (so that autosaves run as they do between bursts of typing). For each
 *   keydown, performance.now() is read in a capturing listener (before the editor handles it), and
 *   again after the next frame (requestAnimationFrame then setTimeout(0)). Event Timing
 *   (PerformanceObserver 'event', durationThreshold 16 ms) counts independently the keystrokes the
 *   browser itself saw take longer than a frame from input to paint.
 *   Letters and spaces only: Playwright sends no keydown for characters off a US keyboard.
 *
 * Without a Chromium the rows are skipped with a one-line fix; the rest of the bench runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_RENDERER_DIR, launchBridgedApp } from '../../electron/browser/bridge';
import { ChromiumNotFoundError, findChromium } from '../../electron/browser/chromium';
import type { ServiceContext } from '../../electron/main/services/context';
import { seedLongRecommendation } from '../helpers/largeMeeting';

const LOADS = 10;
const KEYSTROKES = 160;
const KEY_INTERVAL_MS = 50;
/** A pause after this many keys, long enough for the autosave (800 ms after the last change). */
const BURST = 40;
const SENTENCE = 'les delegations recommandent un suivi annuel des engagements pris ';

export interface Summary { median: number; p95: number; p99: number; runs: number }

export type ChromiumFigures =
  | { skipped: string }
  | {
      firstScreen: Summary & { rowsInPage: number; recommendations: number };
      keystroke: Summary & { words: number; overOneFrameByEventTiming: number };
    };

interface Options {
  ctx: ServiceContext;
  dbPath: string;
  meetingId: string;
  recommendations: number;
  stats(samples: number[]): Summary;
}

export async function benchChromium({ ctx, dbPath, meetingId, recommendations, stats }: Options): Promise<ChromiumFigures> {
  try {
    findChromium();
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error;
    console.log('chromium not found — install Debian\'s chromium (apt-get install chromium); Chromium rows skipped');
    return { skipped: 'chromium not found' };
  }
  ensureBuilt();
  const long = seedLongRecommendation(ctx, 5000);
  const app = await launchBridgedApp({ dbPath, locale: 'fr', headless: true });
  try {
    const firstScreen = await measureFirstScreen(app.page, app.url, meetingId, stats);
    const keystroke = await measureTyping(app.page, `${app.url}#/meeting/${long.meetingId}/rec/${long.recommendationId}`, stats);
    return { firstScreen: { ...firstScreen, recommendations }, keystroke };
  } finally {
    await app.close();
  }
}

/** Builds the renderer when out/renderer is missing or older than its sources. */
function ensureBuilt(): void {
  const index = join(DEFAULT_RENDERER_DIR, 'index.html');
  const root = resolve(__dirname, '../..');
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(newest(join(root, 'renderer')), newest(join(root, 'shared')))) return;
  console.log('building the renderer for the Chromium rows (npm run build)…');
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  if (run.status !== 0) throw new Error('npm run build failed: run it by hand to see why');
}

type BenchWindow = Window & { __benchFirstRows?: number; __benchKeys?: number[]; __benchEvents?: Array<{ name: string; duration: number }> };

async function measureFirstScreen(page: Page, url: string, meetingId: string, stats: Options['stats']) {
  // Before any of the page's scripts, on every load: note when the first row is painted.
  await page.context().addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('li[data-rec]')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => ((window as BenchWindow).__benchFirstRows = performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const samples: number[] = [];
  let rowsInPage = 0;
  // The page is already open: a new hash alone is no new load, hence the reload each time.
  await page.goto(`${url}#/meeting/${meetingId}`);
  for (let load = 0; load < LOADS; load++) {
    await page.reload();
    await page.waitForFunction(() => (window as BenchWindow).__benchFirstRows !== undefined, undefined, { timeout: 60_000 });
    samples.push(await page.evaluate(() => (window as BenchWindow).__benchFirstRows!));
    rowsInPage = await page.locator('li[data-rec]').count();
  }
  return { ...stats(samples), rowsInPage };
}

async function measureTyping(page: Page, url: string, stats: Options['stats']) {
  await page.goto(url);
  await page.reload();
  const editor = page.getByRole('textbox', { name: 'Texte de la recommandation' });
  await editor.click({ timeout: 60_000 });
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const w = window as BenchWindow;
    w.__benchKeys = [];
    w.__benchEvents = [];
    window.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__benchKeys!.push(performance.now() - start), 0));
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') w.__benchEvents!.push({ name: entry.name, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(SENTENCE[i % SENTENCE.length] === ' ' ? 'Space' : SENTENCE[i % SENTENCE.length]!);
    await page.waitForTimeout(i % BURST === BURST - 1 ? 1500 : KEY_INTERVAL_MS);
  }
  await page.waitForFunction((n) => ((window as BenchWindow).__benchKeys?.length ?? 0) >= n, KEYSTROKES);
  const { keys, events } = await page.evaluate(() => ({ keys: (window as BenchWindow).__benchKeys!, events: (window as BenchWindow).__benchEvents! }));
  const words = await editor.evaluate((element) => (element as HTMLElement).innerText.split(/\s+/).filter(Boolean).length);
  return {
    ...stats(keys),
    words,
    overOneFrameByEventTiming: events.filter((e) => e.duration > 1000 / 60).length,
  };
}

/** The rows of the bench's table (measure, Palabre, target, peer). */
export function chromiumRows(figures: ChromiumFigures, format: (x: number) => string): string[][] {
  if ('skipped' in figures) {
    return [
      ['first screen, Chromium', 'skipped: chromium not found', '< 1000', ''],
      ['keystroke to paint, Chromium', 'skipped: chromium not found', 'p95 < 16.7', ''],
    ];
  }
  const { firstScreen: s, keystroke: k } = figures;
  return [
    [`first screen, Chromium (p50/p95 ms, ${s.runs} loads)`, `${format(s.median)} / ${format(s.p95)}`, '< 1000', `${s.rowsInPage} of ${s.recommendations} rows in the page`],
    [`keystroke to paint, ${k.words} words (p50/p95 ms)`, `${format(k.median)} / ${format(k.p95)}`, 'p95 < 16.7', `Event Timing: ${k.overOneFrameByEventTiming} of ${k.runs} keys > 1 frame`],
  ];
}
