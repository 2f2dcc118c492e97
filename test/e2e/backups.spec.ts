/**
 * The backups screen, in Chromium over the real handlers and a real file: reached from the meetings
 * screen (and the menu command), a backup made now, listed with its date, reason and size, and a
 * restore after a confirmation that brings the data back as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { seriousViolations } from './axe';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-backups-e2e-'));
  app = await launchApp({ dbPath: join(dir, 'palabre.sqlite'), locale: 'fr' });
  await call(app.dispatch, 'meeting:create', { title: 'Réunion des experts, Bamako' });
  await app.page.reload();
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the backups screen', () => {
  it('is reached from the meetings screen, backs up now, and restores a chosen backup after confirmation', async () => {
    const page = app.page;
    await page.getByRole('heading', { level: 1, name: 'Réunions' }).waitFor();
    await page.getByRole('link', { name: 'Sauvegardes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sauvegardes' }).waitFor();
    await page.getByRole('heading', { name: 'Aucune sauvegarde pour l’instant' }).waitFor();

    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    const list = page.getByRole('list', { name: 'Sauvegardes, de la plus récente à la plus ancienne' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    const item = list.getByRole('listitem').first();
    expect(await item.textContent()).toMatch(/Manuelle.*\d+(,\d)?\s?(ko|Ko|kB|o)/u);
    await page.getByRole('status').filter({ hasText: /^Sauvegarde faite/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Something changes after the backup.
    await call(app.dispatch, 'meeting:create', { title: 'Réunion à annuler' });

    // Cancel first: nothing happens.
    await item.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Restaurer cette sauvegarde\u202F?' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect((await call(app.dispatch, 'meeting:list', {})).map((m) => m.title)).toContain('Réunion à annuler');

    await item.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
    await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Données restaurées telles qu’au / }).waitFor();
    expect((await call(app.dispatch, 'meeting:list', {})).map((m) => m.title)).toEqual(['Réunion des experts, Bamako']);
    // The state before the restore is now in the list too.
    await expect.poll(() => list.getByRole('listitem').filter({ hasText: 'Avant une restauration' }).count()).toBe(1);

    await page.getByRole('navigation').getByRole('link', { name: 'Réunions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réunions' }).waitFor();
    await expect.poll(() => page.getByText('Réunion à annuler').count()).toBe(0);
  });

  it('opens from the menu command, in English too', async () => {
    await call(app.dispatch, 'settings:setLocale', { locale: 'en' });
    await app.page.goto(new URL('#/', app.url).href);
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await app.emit('menu:command', { command: 'backups' });
    await app.page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
    await app.page.getByRole('button', { name: 'Back up now' }).waitFor();
    expect(await app.page.getByRole('listitem').filter({ hasText: 'Before a restore' }).count()).toBe(1);
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
