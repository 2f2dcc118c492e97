/**
 * Screenshots of the review screens on the demonstration meeting, to look at them as a person
 * would: `npm run build && npx tsx test/e2e/reviewScreenshots.ts [out-dir] [width]`. Writes
 * history, compare, milestones, review and comments PNGs (renderer/screenshots by default).
 * Not a test: nothing is asserted here; the specs check the behaviour.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { call } from '../../electron/main/handlers';
import { createContext } from '../../electron/main/services/context';
import { seedDemoMeeting } from '../../electron/main/services/demo';
import { launchApp } from './harness';

async function main() {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '../../renderer/screenshots'));
  const width = Number(process.argv[3] ?? 1366);
  mkdirSync(outDir, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'palabre-shots-'));
  const app = await launchApp({ dbPath: join(dir, 'demo.sqlite'), locale: 'fr', viewport: { width, height: 900 } });
  try {
    const { page, dispatch } = app;
    const { meetingId } = seedDemoMeeting(createContext(app.db));
    const meeting = await call(dispatch, 'meeting:get', { meetingId });
    const [milestone] = await call(dispatch, 'milestone:list', { meetingId });
    const [pending] = (await call(dispatch, 'amendment:list', { meetingId })).filter((a) => a.status === 'pending');
    const threads = await Promise.all(meeting.recommendations.map((r) => call(dispatch, 'comment:list', { recommendationId: r.id })));
    const commented = meeting.recommendations[threads.findIndex((list) => list.some((th) => !th.resolved && th.anchor?.current))] ?? meeting.recommendations[0]!;
    const shot = (name: string, fullPage = false) => page.screenshot({ path: join(outDir, `${name}.png`), fullPage });
    const open = async (hash: string) => {
      await page.goto(`${app.url}#${hash}`);
      await page.reload();
      await page.locator('main h1, main .loading').first().waitFor();
    };

    // Comments beside the text, one thread in focus.
    await open(`/meeting/${meetingId}/rec/${commented.id}`);
    await page.locator('.thread').first().waitFor();
    await page.locator('.thread-quote:visible').first().click();
    // The span in focus is scrolled into view (smoothly): let it settle.
    await page.waitForTimeout(800);
    await shot('comments');

    // History of the recommendation with the most versions.
    const histories = await Promise.all(meeting.recommendations.map((r) => call(dispatch, 'recommendation:history', { recommendationId: r.id })));
    const richest = meeting.recommendations[histories.reduce((best, h, i) => (h.length > histories[best]!.length ? i : best), 0)]!;
    await open(`/meeting/${meetingId}/rec/${richest.id}`);
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.locator('.history-list > li').first().waitFor();
    await shot('history');

    // Two versions compared, side by side.
    const items = page.locator('.history-list > li:not(.version-amendment)');
    await items.last().getByRole('checkbox').check();
    await items.first().getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await page.locator('.dialog-wide .diff').waitFor();
    await page.getByText('Côte à côte').click();
    await shot('compare');
    await page.keyboard.press('Escape');

    // A milestone compared with now.
    if (milestone) {
      await open(`/meeting/${meetingId}/milestones`);
      await page.locator('.milestone', { hasText: milestone.name }).getByRole('button').click();
      await page.locator('.comparison').waitFor();
      await shot('milestones', true);
    }

    // The rapporteur's review of the pending amendment, two changes decided.
    if (pending) {
      await open(`/meeting/${meetingId}/amendment/${pending.id}`);
      await page.locator('.hunk-card').first().waitFor();
      await page.locator('.hunk-card').nth(0).getByRole('button', { name: 'Accepter' }).click();
      const cards = await page.locator('.hunk-card').count();
      if (cards > 1) await page.locator('.hunk-card').nth(1).getByRole('button', { name: 'Rejeter' }).click();
      await shot('review', true);
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
