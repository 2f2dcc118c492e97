/**
 * The export dialog in Chromium over the real handlers: it opens from the meeting page, previews
 * the outline (committees, numbers, titles, counts) and follows the status options; it passes an
 * axe audit; it exports through the scripted save dialog, and LibreOffice reads the file back.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { convert, squash } from '../helpers/libreoffice';
import { seriousViolations } from './axe';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let meetingId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-export-e2e-'));
  app = await launchApp({ dbPath: join(dir, 'demo.sqlite'), locale: 'fr' });
  const { seedDemoMeeting } = await import('../../electron/main/services/demo');
  const { createContext } = await import('../../electron/main/services/context');
  meetingId = seedDemoMeeting(createContext(app.db)).meetingId;
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('previews the outline of the report and follows the statuses chosen', async () => {
  const outline = await call(app.dispatch, 'report:outline', { meetingId });
  const adopted = await call(app.dispatch, 'report:outline', { meetingId, statuses: ['adopted'] });
  expect(adopted.recommendationCount).toBeLessThan(outline.recommendationCount);
  await app.page.goto(`${app.url}#/meeting/${meetingId}`);
  await app.page.reload();
  await app.page.getByRole('button', { name: 'Exporter le rapport…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Exporter le rapport' });
  const first = outline.committees[0]!.recommendations[0]!;
  await expect.poll(() => dialog.locator('.export-recs li').first().textContent()).toBe(`${first.number} ${first.title}`);
  expect(await dialog.locator('.export-recs li').count()).toBe(outline.recommendationCount);
  expect(await dialog.locator('.export-counts').textContent()).toContain(`Recommandations\u00A0: ${outline.recommendationCount}`);
  expect((await seriousViolations(app.page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);

  for (const status of ['Brouillon', 'En cours d’examen', 'Approuvée']) await dialog.getByRole('checkbox', { name: status }).uncheck();
  await expect.poll(() => dialog.locator('.export-recs li').count()).toBe(adopted.recommendationCount);
  // The README's picture is refreshed on request only: a test run leaves the tree as it found it.
  if (process.env.PALABRE_SCREENSHOTS) await app.page.screenshot({ path: join(process.cwd(), 'renderer/screenshots/export.png') });
  // The review copy asks which milestone to compare with; the final report does not.
  expect(await dialog.getByLabel('Modifications depuis le jalon').count()).toBe(0);
  await dialog.getByRole('radio', { name: 'Tableau de compilation' }).check();
  expect(await dialog.getByLabel('Modifications depuis le jalon').count()).toBe(1);
});

it('exports through the save dialog to the file chosen, which LibreOffice opens; a broken logo writes nothing', { timeout: 60_000 }, async () => {
  const dialog = app.page.getByRole('dialog', { name: 'Exporter le rapport' });
  const badLogo = join(dir, 'logo.png');
  writeFileSync(badLogo, 'not a picture');
  const broken = join(dir, 'broken.docx');
  app.answerDialogs({ open: [badLogo] });
  await dialog.getByRole('button', { name: 'Choisir un logo…' }).click();
  await expect.poll(() => dialog.locator('.export-logo').textContent()).toContain('logo.png');
  app.answerDialogs({ save: broken });
  await dialog.getByRole('button', { name: 'Enregistrer…' }).click();
  await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/logo/i);
  expect(existsSync(broken)).toBe(false);

  await dialog.getByRole('button', { name: 'Retirer le logo' }).click();
  const out = join(dir, 'rapport.docx');
  app.answerDialogs({ save: out });
  await dialog.getByRole('button', { name: 'Enregistrer…' }).click();
  await expect.poll(() => dialog.locator('.export-done').textContent()).toBe('Rapport enregistré\u00A0: rapport.docx');
  const adopted = await call(app.dispatch, 'report:outline', { meetingId, statuses: ['adopted'] });
  const text = squash(await convert(readFileSync(out), 'txt'));
  for (const rec of adopted.committees.flatMap((c) => c.recommendations)) expect(text).toContain(rec.title);
});
