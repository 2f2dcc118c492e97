/**
 * Searching a summit's meeting in Chromium, over the real handlers and a real SQLite file: a word
 * found in every recommendation says how many match in all, shows the most relevant first, a page
 * at a time, and the next page comes on request without losing the ones shown or repeating any.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/open';
import { createContext } from '../../electron/main/services/context';
import { seedLargeMeeting } from '../helpers/largeMeeting';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-search-pages-'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('says how many recommendations match, shows thirty, and the next thirty when asked, none twice', async () => {
  const dbPath = join(dir, 'search.sqlite');
  const db = await openDatabase(dbPath);
  const meeting = seedLargeMeeting(createContext(db, { databasePath: dbPath }), { committees: 2, perCommittee: 40, words: 30 });
  db.close();
  app = await launchApp({ dbPath, locale: 'fr' });
  const { page } = app;
  await page.goto(`${app.url}#/meeting/${meeting.meetingId}`);
  await page.locator('li[data-rec]').first().waitFor();

  // Every title holds « Recommandation »: 80 matches.
  await page.getByLabel('Rechercher dans la réunion').fill('recommandation');
  const results = page.getByRole('list', { name: 'Résultats de la recherche' });
  const status = page.locator('.search-status');
  await expect.poll(() => status.innerText()).toBe('80 résultats — 30 affichés, les plus pertinents d’abord');
  expect(await results.getByRole('listitem').count()).toBe(30);

  await page.getByRole('button', { name: 'Afficher 30 résultats de plus' }).click();
  await expect.poll(() => results.getByRole('listitem').count()).toBe(60);
  expect(await status.innerText()).toBe('80 résultats — 60 affichés, les plus pertinents d’abord');
  await page.getByRole('button', { name: 'Afficher 20 résultats de plus' }).click();
  await expect.poll(() => results.getByRole('listitem').count()).toBe(80);
  expect(await status.innerText()).toBe('80 résultats');
  expect(await page.getByRole('button', { name: /résultats de plus/ }).count()).toBe(0);

  // Each recommendation once.
  const hits = await results.locator('.search-hit').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(new Set(hits).size).toBe(80);

  // Another search starts from its own first page.
  await page.getByLabel('Rechercher dans la réunion').fill('recommandation 2.4');
  await expect.poll(() => status.innerText()).not.toContain('80');
  expect(await results.getByRole('listitem').count()).toBeLessThanOrEqual(30);
});
