/**
 * A summit's list of recommendations in Chromium, over the real handlers and a real SQLite file:
 * only the rows near the screen are in the page, yet the user sees every row as they scroll,
 * goes through the list with the keyboard without skipping one, is told each row's place in its
 * committee, and is taken to a recommendation moved far down the list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/open';
import { createContext } from '../../electron/main/services/context';
import { seedLargeMeeting, type LargeMeeting } from '../helpers/largeMeeting';
import { framesDrawn, launchApp, type LaunchedApp } from './harness';

const PER_COMMITTEE = 100;

let dir: string;
let app: LaunchedApp | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-large-list-'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openLargeMeeting(name: string): Promise<{ app: LaunchedApp; meeting: LargeMeeting }> {
  const dbPath = join(dir, `${name}.sqlite`);
  const db = await openDatabase(dbPath);
  const meeting = seedLargeMeeting(createContext(db, { databasePath: dbPath }), { committees: 3, perCommittee: PER_COMMITTEE });
  db.close();
  app = await launchApp({ dbPath, locale: 'fr' });
  await app.page.goto(`${app.url}#/meeting/${meeting.meetingId}`);
  await app.page.locator('li[data-rec]').first().waitFor();
  return { app, meeting };
}

const rowsInPage = (app: LaunchedApp) => app.page.locator('li[data-rec]').count();

/** The title of the row holding focus, if focus is on a row's title link. */
const focusedTitle = (app: LaunchedApp) =>
  app.page.evaluate(() => document.activeElement?.closest('.rec-link')?.querySelector('.rec-title')?.textContent ?? null);

it('shows 300 recommendations with only the rows near the screen in the page, every one as the user scrolls', async () => {
  const { app } = await openLargeMeeting('scroll');
  const { page } = app;
  expect(await page.locator('.rec-title').first().innerText()).toBe('Recommandation 1.1');
  expect(await rowsInPage(app)).toBeLessThan(60);
  // Every committee's heading is there, with its count, however far down it is.
  for (const name of ['Commission 1', 'Commission 2', 'Commission 3']) expect(await page.getByRole('heading', { name, exact: true }).count()).toBe(1);
  // A screen reader hears « 1 sur 100 »: each row says its place in the whole list.
  const first = page.locator('li[data-rec]').first();
  expect([await first.getAttribute('aria-posinset'), await first.getAttribute('aria-setsize')]).toEqual(['1', String(PER_COMMITTEE)]);

  // Down the whole page, a screen at a time: every title is seen, in order, none missing. The
  // targets are absolute and only grow, so nothing the page does to its scroll position (a row
  // measured, the browser's scroll anchoring) can keep the walk from reaching the bottom; the
  // number of steps is bounded, and the positions are said if the walk does not end.
  const seen = new Set<string>();
  const walk: string[] = [];
  for (let step = 0, target = 0; ; step++) {
    const at = await page.evaluate((target) => {
      window.scrollTo(0, target);
      return { y: window.scrollY, bottom: document.documentElement.scrollHeight - window.innerHeight, screen: window.innerHeight };
    }, target);
    walk.push(`${target}→${at.y}/${at.bottom}`);
    // The scroll is handled at the next frame: let it be drawn.
    await framesDrawn(page);
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('li[data-rec]')]
        .filter((row) => {
          const box = row.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        })
        .map((row) => row.querySelector('.rec-title')!.textContent!),
    );
    titles.forEach((title) => seen.add(title));
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    if (target >= bottom) break;
    if (step >= 100) throw new Error(`The page never reached its bottom after 100 screens: ${walk.join(', ')}`);
    target = Math.min(target + at.screen - 100, bottom);
  }
  const expected = [1, 2, 3].flatMap((c) => Array.from({ length: PER_COMMITTEE }, (_, r) => `Recommandation ${c}.${r + 1}`));
  expect([...seen]).toEqual(expected);
  expect(await rowsInPage(app)).toBeLessThan(60);
  const last = page.locator('li[data-rec]').last();
  expect(await last.locator('.rec-title').innerText()).toBe('Recommandation 3.100');
  expect(await last.getAttribute('aria-posinset')).toBe(String(PER_COMMITTEE));
});

it('goes through the rows with Tab without skipping one, past the rows first put in the page', async () => {
  const { app } = await openLargeMeeting('keyboard');
  const { page } = app;
  await page.getByRole('link', { name: /Recommandation 1\.1$/ }).focus();
  const visited: string[] = ['Recommandation 1.1'];
  // Five stops a row: title, up, down, move to, trash (the first row's "up" is disabled).
  for (let i = 0; i < 5 * 60 && visited.length < 60; i++) {
    await page.keyboard.press('Tab');
    const title = await focusedTitle(app);
    if (title && title !== visited.at(-1)) visited.push(title);
  }
  expect(visited).toEqual(Array.from({ length: 60 }, (_, r) => `Recommandation 1.${r + 1}`));
  // The row with focus is on screen.
  const inView = await page.evaluate(() => {
    const box = document.activeElement!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
});

it('takes the user to a recommendation moved to the end of the last committee, focus on it', async () => {
  const { app, meeting } = await openLargeMeeting('move');
  const { page } = app;
  await page.getByRole('button', { name: 'Déplacer « Recommandation 1.1 » vers…' }).click();
  await page.getByRole('menuitem', { name: /Commission 3/ }).click();
  await expect.poll(() => focusedTitle(app)).toBe('Recommandation 1.1');
  const row = page.locator(`li[data-rec="${meeting.committees[0]!.recommendations[0]!.id}"]`);
  expect(await row.getAttribute('aria-posinset')).toBe(String(PER_COMMITTEE + 1));
  expect(await row.locator('.rec-number').innerText()).toMatch(/^n°\s300$/);
  const inView = await row.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
  expect(await rowsInPage(app)).toBeLessThan(80);
});
