/**
 * The first screen loads less before it shows (issue 8): the other screens are read on first
 * visit, and a meeting opened at start-up is asked for beside the language. In Chromium over the
 * real handlers: every screen loaded on first visit opens, and the answer asked for at start-up is
 * never shown again after an edit (no stale list).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/open';
import { createContext } from '../../electron/main/services/context';
import { seedLargeMeeting, type LargeMeeting } from '../helpers/largeMeeting';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-first-screen-'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seeded(name: string): Promise<{ dbPath: string; meeting: LargeMeeting }> {
  const dbPath = join(dir, `${name}.sqlite`);
  const db = await openDatabase(dbPath);
  const meeting = seedLargeMeeting(createContext(db, { databasePath: dbPath }), { committees: 2, perCommittee: 5, words: 30 });
  db.close();
  return { dbPath, meeting };
}

it('opens on a meeting at start-up, and shows the list as edited after leaving the editor', async () => {
  const { dbPath, meeting } = await seeded('start-up');
  app = await launchApp({ dbPath, locale: 'fr' });
  const { page } = app;
  // Reloading on the meeting's address is starting the app on it.
  await page.goto(`${app.url}#/meeting/${meeting.meetingId}`);
  await page.reload();
  const first = page.locator('li[data-rec]').first();
  await expect.poll(() => first.locator('.rec-title').innerText()).toBe('Recommandation 1.1');

  // The editor is read on first visit; the title typed there is in the list on coming back.
  await first.getByRole('link', { name: /Recommandation 1\.1/ }).first().click();
  const title = page.getByLabel('Titre de la recommandation');
  await title.fill('Recommandation 1.1 revue');
  await page.getByRole('link', { name: 'Sommet de référence' }).first().click();
  await expect.poll(() => page.locator('li[data-rec]').first().locator('.rec-title').innerText()).toBe('Recommandation 1.1 revue');
});

it('opens every screen read on first visit', async () => {
  const { dbPath, meeting } = await seeded('screens');
  app = await launchApp({ dbPath, locale: 'fr' });
  const { page } = app;
  const id = meeting.meetingId;
  const screens: Array<[string, string]> = [
    [`#/meeting/${id}/trash`, 'Corbeille'],
    [`#/meeting/${id}/milestones`, 'Jalons'],
    [`#/meeting/${id}/amendments`, 'Amendements'],
    [`#/meeting/${id}/audit`, 'Journal des opérations'],
    [`#/meeting/${id}/conflicts`, 'Conflits'],
    [`#/meeting/${id}/duplicates`, 'Doublons probables'],
    ['#/backups', 'Sauvegardes'],
  ];
  for (const [hash, heading] of screens) {
    await page.goto(`${app.url}${hash}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: heading, exact: true }).count(), { message: hash }).toBe(1);
  }
  await page.goto(`${app.url}#/meeting/${id}/rec/${meeting.committees[0]!.recommendations[0]!.id}`);
  await expect.poll(() => page.getByRole('textbox', { name: 'Texte de la recommandation' }).count()).toBe(1);
});

it('edits a meeting’s introduction with the editor the form reads on opening', async () => {
  const { dbPath, meeting } = await seeded('intro');
  app = await launchApp({ dbPath, locale: 'fr' });
  const { page } = app;
  await page.goto(`${app.url}#/meeting/${meeting.meetingId}`);
  await page.getByRole('button', { name: 'Modifier les informations' }).click();
  const intro = page.getByRole('textbox', { name: 'Texte d’introduction' });
  await intro.click();
  await page.keyboard.type('Les experts se sont réunis à Bamako.');
  await page.getByRole('button', { name: 'Enregistrer les informations' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Modifier les informations' }).count()).toBe(1);
  const stored = app.db.prepare('SELECT intro_json FROM meetings WHERE id = ?').pluck().get(meeting.meetingId) as string;
  expect(stored).toContain('Les experts se sont réunis à Bamako.');
});
