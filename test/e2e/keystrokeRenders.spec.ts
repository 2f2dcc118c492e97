/**
 * Typing in a long recommendation redraws the text, not the page: in Chromium over the real
 * handlers, twenty characters typed into a 5,000-word text commit the editing page (and its side
 * panels) only a bounded number of times — for the save that follows, not once a keystroke.
 * Renders are counted by the app's own counter (renderer/src/perf/renderCounts.ts), switched on
 * by the test; nothing here is timed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/open';
import { createContext } from '../../electron/main/services/context';
import { documentToPlainText, type SerializedDocument } from '../../shared/document/lexicalJson';
import { seedLongRecommendation } from '../helpers/largeMeeting';
import { storedHeadJson } from '../helpers/storedBodies';
import { launchApp, type LaunchedApp } from './harness';

const TYPED = ' vingt caractères ok';

let dir: string;
let app: LaunchedApp | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-keystrokes-'));
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('twenty characters typed in a 5,000-word text re-render the editing page at most a few times', async () => {
  expect(TYPED).toHaveLength(20);
  const dbPath = join(dir, 'long.sqlite');
  const db = await openDatabase(dbPath);
  const { meetingId, recommendationId } = seedLongRecommendation(createContext(db, { databasePath: dbPath }));
  db.close();
  app = await launchApp({ dbPath, locale: 'fr' });
  const { page } = app;
  await page.goto(`${app.url}#/meeting/${meetingId}/rec/${recommendationId}`);
  const editor = page.getByRole('textbox', { name: 'Texte de la recommandation' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await expect.poll(() => page.getByRole('status').filter({ hasText: /^Enregistré$/ }).count()).toBe(1);

  await page.evaluate(() => ((window as unknown as { __palabreRenderCounts: Record<string, number> }).__palabreRenderCounts = {}));
  for (const character of TYPED) await page.keyboard.type(character, { delay: 20 });
  await expect.poll(() => page.getByRole('status').filter({ hasText: /^Enregistré$/ }).count(), { timeout: 10_000 }).toBe(1);
  const counts = await page.evaluate(() => (window as unknown as { __palabreRenderCounts: Record<string, number> }).__palabreRenderCounts);

  // What was typed is stored, at the end of the text.
  const stored = storedHeadJson(app.db, recommendationId);
  expect(documentToPlainText(JSON.parse(stored) as SerializedDocument).endsWith(TYPED.trimEnd())).toBe(true);
  // One or two commits for the save (its result shown beside the text), none per keystroke.
  expect(counts.workspace ?? 0, JSON.stringify(counts)).toBeLessThanOrEqual(3);
  expect(counts.reviewPanel ?? 0, JSON.stringify(counts)).toBeLessThanOrEqual(3);
  expect(counts.detailsPanel ?? 0, JSON.stringify(counts)).toBeLessThanOrEqual(3);
});
