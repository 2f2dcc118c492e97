/**
 * A new user's first session, end to end in Chromium over the real handlers and a real SQLite
 * file: set up a meeting, draft a recommendation in French, come back to it, find it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { documentToPlainText, type SerializedDocument } from '../../shared/document/lexicalJson';
import { storedBodyJson } from '../helpers/storedBodies';
import { launchApp, type LaunchedApp } from './harness';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const PREAMBLE = `Considérant l’urgence d’une réponse «${NBSP}régionale${NBSP}» aux crises sécuritaires${NNBSP};`;
const OPERATIVE = `Les experts recommandent d’établir un système d’alerte précoce commun aux États membres${NNBSP}!`;

let dir: string;
let app: LaunchedApp | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-drafting-'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function createMeetingWithCommittee(page: LaunchedApp['page']) {
  await page.getByRole('button', { name: 'Nouvelle réunion' }).first().click();
  await page.getByLabel('Titre', { exact: false }).first().fill('Réunion des experts de Bamako');
  await page.getByLabel('Organisation').fill('Confédération des États du Sahel');
  await page.getByLabel('Lieu').fill('Bamako');
  await page.getByLabel('Date de début').fill('2024-09-12');
  await page.getByLabel('Date de fin').fill('2024-09-14');
  await page.getByRole('button', { name: 'Créer la réunion' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Réunion des experts de Bamako' }).count()).toBeGreaterThan(0);
  await page.getByLabel('Intitulé de la nouvelle commission').fill('Système d’alerte précoce');
  await page.getByRole('button', { name: 'Ajouter une commission' }).click();
  await expect.poll(() => page.getByRole('region', { name: 'Système d’alerte précoce' }).count()).toBe(1);
}

describe('drafting a recommendation in French', () => {
  it('keeps the text exactly as typed across a reload, and finds it by searching without accents', async () => {
    const dbPath = join(dir, 'first-session.sqlite');
    app = await launchApp({ dbPath, locale: 'fr' });
    const { page } = app;
    await createMeetingWithCommittee(page);

    await page.getByRole('button', { name: 'Nouvelle recommandation' }).click();
    await page.getByLabel('Titre de la recommandation').fill('Créer un mécanisme d’alerte précoce');
    await page.getByRole('button', { name: 'Créer et rédiger' }).click();

    const editor = page.getByRole('textbox', { name: 'Texte de la recommandation' });
    await editor.click();
    await page.keyboard.type(PREAMBLE);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Les experts');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(OPERATIVE.slice('Les experts'.length));
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Enregistré$/ }).count(), { timeout: 10_000 }).toBe(1);

    await page.reload();
    const reloaded = page.getByRole('textbox', { name: 'Texte de la recommandation' });
    await expect.poll(() => reloaded.innerText()).toBe(`${PREAMBLE}\n\n${OPERATIVE}`);
    expect(await reloaded.locator('strong, b, .editor-text-bold').first().innerText()).toBe('Les experts');
    expect(await page.getByLabel('Titre de la recommandation').inputValue()).toBe('Créer un mécanisme d’alerte précoce');

    // What is stored is what was typed, with stable paragraph ids.
    const stored = { body: storedBodyJson(app.db, app.db.prepare(`SELECT head_version_id FROM recommendations`).pluck().get() as string) };
    const body = JSON.parse(stored.body) as SerializedDocument;
    expect(documentToPlainText(body)).toBe(`${PREAMBLE}\n\n${OPERATIVE}`);
    const ids = body.root.children.map((block) => block.$?.uid);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);

    await page.getByRole('link', { name: 'Réunion des experts de Bamako' }).first().click();
    await page.getByLabel('Rechercher dans la réunion').fill('REPONSE regionale');
    const results = page.getByRole('region', { name: 'Résultats de la recherche' }).or(page.getByRole('list', { name: 'Résultats de la recherche' }));
    await expect.poll(() => results.first().innerText(), { timeout: 10_000 }).toContain('Créer un mécanisme d’alerte précoce');
    expect(await page.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['réponse', 'régionale']));
  });

  it('saves what was typed even when the window is closed right away', async () => {
    const dbPath = join(dir, 'closed-early.sqlite');
    app = await launchApp({ dbPath, locale: 'fr' });
    await createMeetingWithCommittee(app.page);
    await app.page.getByRole('button', { name: 'Nouvelle recommandation' }).click();
    await app.page.getByLabel('Titre de la recommandation').fill('Former les diplomates');
    await app.page.getByRole('button', { name: 'Créer et rédiger' }).click();
    await app.page.getByRole('textbox', { name: 'Texte de la recommandation' }).click();
    await app.page.keyboard.type('Texte tapé juste avant la fermeture');
    await app.close();
    app = undefined;

    app = await launchApp({ dbPath, locale: 'fr' });
    const rows = (app.db.prepare(`SELECT head_version_id FROM recommendations`).pluck().all() as string[]).map((head) => ({ body: storedBodyJson(app!.db, head) }));
    expect(rows.map((row) => documentToPlainText(JSON.parse(row.body) as SerializedDocument))).toEqual([
      'Texte tapé juste avant la fermeture',
    ]);
  });

  it('loses nothing when the page is reloaded in the middle of typing', async () => {
    const dbPath = join(dir, 'reloaded.sqlite');
    app = await launchApp({ dbPath, locale: 'fr' });
    const { page } = app;
    await createMeetingWithCommittee(page);
    await page.getByRole('button', { name: 'Nouvelle recommandation' }).click();
    await page.getByLabel('Titre de la recommandation').fill('Renforcer les capacités des diplomates');
    await page.getByRole('button', { name: 'Créer et rédiger' }).click();
    await page.getByRole('textbox', { name: 'Texte de la recommandation' }).click();
    await page.keyboard.type('Premier paragraphe');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second paragraphe, tapé juste avant le rechargement');
    await page.reload();

    const editor = page.getByRole('textbox', { name: 'Texte de la recommandation' });
    await expect.poll(() => editor.innerText()).toBe('Premier paragraphe\n\nSecond paragraphe, tapé juste avant le rechargement');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Enregistré$/ }).count(), { timeout: 10_000 }).toBe(1);
    const stored = { body: storedBodyJson(app.db, app.db.prepare(`SELECT head_version_id FROM recommendations`).pluck().get() as string) };
    expect(documentToPlainText(JSON.parse(stored.body) as SerializedDocument)).toBe(
      'Premier paragraphe\n\nSecond paragraphe, tapé juste avant le rechargement',
    );
  });

  it('switches the whole interface to English and back', async () => {
    app = await launchApp({ dbPath: join(dir, 'languages.sqlite'), locale: 'fr' });
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { name: 'Réunions', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Meetings', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'New meeting' }).count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Meetings', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: /Français/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Réunions', exact: true }).count()).toBe(1);
  });
});
