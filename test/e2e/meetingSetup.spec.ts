/**
 * Issue 3's path through the app, as its users live it: a secretariat sets up a meeting from
 * nothing, an expert drafts three recommendations with preambular and operative paragraphs in
 * French, reorders them and moves one to another committee (numbers follow), finds them by
 * searching without accents and by filtering, then switches the interface to English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { getParagraphKind } from '../../shared/document/paragraphKind';
import type { SerializedDocument } from '../../shared/document/lexicalJson';
import { seriousViolations } from './axe';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
const TITLE = 'Réunion des experts sur la coordination de l’action diplomatique';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-setup-'));
  app = await launchApp({ dbPath: join(dir, 'meeting.sqlite'), locale: 'fr' });
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = () => app.page;

/** Numbers shown for each title, in the order of the page. */
async function numberedTitles(): Promise<string[]> {
  const links = await page().locator('li[data-rec] .rec-link').allInnerTexts();
  return links.map((text) => text.replace(/\s+/g, ' ').trim());
}

async function draft(committee: string, title: string, paragraphs: Array<{ text: string; kind: 'Préambule' | 'Dispositif' }>) {
  const region = page().getByRole('region', { name: committee, exact: true });
  await region.getByRole('button', { name: 'Nouvelle recommandation' }).click();
  await page().getByLabel('Titre de la recommandation').fill(title);
  await page().getByRole('button', { name: 'Créer et rédiger' }).click();
  const editor = page().getByRole('textbox', { name: 'Texte de la recommandation' });
  await editor.click();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) await page().keyboard.press('Enter');
    await page().keyboard.type(paragraph.text);
    await page().getByRole('button', { name: paragraph.kind, exact: true }).click();
    await editor.click();
    await page().keyboard.press('End');
  }
  await expect.poll(() => page().getByRole('status').filter({ hasText: /^Enregistré$/ }).count(), { timeout: 10_000 }).toBe(1);
  await page().getByRole('link', { name: 'Retour à la réunion' }).or(page().getByRole('navigation').getByRole('link', { name: TITLE })).first().click();
  await page().getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

describe('a meeting from nothing to three recommendations', () => {
  it('the secretariat sets up the meeting, its committees and participants, and says who is at the keyboard', async () => {
    await page().getByRole('button', { name: 'Nouvelle réunion' }).first().click();
    await page().getByLabel('Titre', { exact: true }).fill(TITLE);
    await page().getByLabel('Organisation').fill('Confédération des États du Sahel');
    await page().getByLabel('Lieu').fill('Bamako');
    await page().getByLabel('Date de début').fill('2024-09-12');
    await page().getByLabel('Date de fin').fill('2024-09-14');
    await page().getByRole('radio', { name: 'Par commission (1.1, 1.2, 2.1…)' }).check();
    await page().getByRole('button', { name: 'Créer la réunion' }).click();
    await page().getByRole('heading', { level: 1, name: TITLE }).waitFor();

    for (const name of ['Système d’alerte précoce', 'Renforcement des capacités des diplomates']) {
      await page().getByLabel('Intitulé de la nouvelle commission').fill(name);
      await page().getByRole('button', { name: 'Ajouter une commission' }).click();
      await page().getByRole('region', { name, exact: true }).waitFor();
    }
    for (const [name, delegation, role] of [
      ['Awa Traoré', 'Mali', 'Expert'],
      ['Issa Ouédraogo', 'Burkina Faso', 'Rapporteur'],
    ] as const) {
      await page().getByLabel('Nom du participant').fill(name);
      await page().getByLabel('Délégation', { exact: true }).fill(delegation);
      await page().getByLabel('Rôle', { exact: true }).selectOption({ label: role });
      await page().getByRole('button', { name: 'Ajouter le participant' }).click();
      await expect.poll(() => page().getByText(name, { exact: true }).count()).toBeGreaterThan(0);
    }

    await page().getByRole('button', { name: /^Qui suis-je/ }).click();
    const dialog = page().getByRole('dialog', { name: 'Qui suis-je ?' });
    await dialog.getByRole('radio', { name: /Awa Traoré/ }).check();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page().getByRole('button', { name: /^Qui suis-je/ }).innerText()).toContain('Awa Traoré');
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('an expert drafts three recommendations with preambular and operative paragraphs, numbered per committee', async () => {
    await draft('Système d’alerte précoce', 'Créer un mécanisme confédéral d’alerte précoce', [
      { text: 'Considérant la multiplication des crises sécuritaires dans l’espace confédéral', kind: 'Préambule' },
      { text: 'Recommande la création d’un mécanisme d’alerte précoce', kind: 'Dispositif' },
    ]);
    await draft('Système d’alerte précoce', 'Harmoniser les indicateurs de veille', [
      { text: 'Rappelant les engagements pris à Niamey', kind: 'Préambule' },
      { text: 'Recommande une grille commune d’indicateurs', kind: 'Dispositif' },
    ]);
    await draft('Renforcement des capacités des diplomates', 'Former les jeunes diplomates à la négociation', [
      { text: 'Notant le renouvellement des corps diplomatiques', kind: 'Préambule' },
      { text: 'Recommande un cycle annuel de formation commune', kind: 'Dispositif' },
    ]);
    await expect.poll(numberedTitles).toEqual([
      'n° 1.1 Créer un mécanisme confédéral d’alerte précoce',
      'n° 1.2 Harmoniser les indicateurs de veille',
      'n° 2.1 Former les jeunes diplomates à la négociation',
    ]);

    // Stored as typed, the paragraph types as the expert set them, under her name.
    const meetings = await call(app.dispatch, 'meeting:list', {});
    const meeting = await call(app.dispatch, 'meeting:get', { meetingId: meetings[0]!.id });
    for (const summary of meeting.recommendations) {
      const rec = await call(app.dispatch, 'recommendation:get', { recommendationId: summary.id });
      const kinds = (rec.body as SerializedDocument).root.children.map((block) => getParagraphKind(block));
      expect(kinds).toEqual(['preambular', 'operative']);
      expect(rec.authorName).toBe('Awa Traoré');
    }
  });

  it('reorders with the keyboard and moves one to another committee: the numbers follow', async () => {
    await page().getByRole('button', { name: 'Descendre « Créer un mécanisme confédéral d’alerte précoce »' }).click();
    await expect.poll(numberedTitles).toEqual([
      'n° 1.1 Harmoniser les indicateurs de veille',
      'n° 1.2 Créer un mécanisme confédéral d’alerte précoce',
      'n° 2.1 Former les jeunes diplomates à la négociation',
    ]);
    await page().getByRole('button', { name: 'Déplacer « Harmoniser les indicateurs de veille » vers…' }).click();
    await page().getByRole('menuitem', { name: 'Renforcement des capacités des diplomates' }).click();
    await expect.poll(numberedTitles).toEqual([
      'n° 1.1 Créer un mécanisme confédéral d’alerte précoce',
      'n° 2.1 Former les jeunes diplomates à la négociation',
      'n° 2.2 Harmoniser les indicateurs de veille',
    ]);
  });

  it('finds recommendations by searching without accents, and by filtering', async () => {
    await page().getByLabel('Rechercher dans la réunion').fill('securitaires confederal');
    const results = page().getByRole('list', { name: 'Résultats de la recherche' });
    await expect.poll(() => results.innerText()).toContain('Créer un mécanisme confédéral d’alerte précoce');
    expect(await results.getByRole('listitem').count()).toBe(1);
    await page().getByLabel('Rechercher dans la réunion').fill('');

    await page().getByLabel('Commission', { exact: true }).selectOption({ label: '2. Renforcement des capacités des diplomates' });
    await expect.poll(numberedTitles).toEqual([
      'n° 2.1 Former les jeunes diplomates à la négociation',
      'n° 2.2 Harmoniser les indicateurs de veille',
    ]);
    await page().getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect.poll(async () => (await numberedTitles()).length).toBe(3);
  });

  it('switches the interface to English', async () => {
    await page().getByRole('button', { name: /English/ }).click();
    await page().getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => page().getByRole('button', { name: 'New recommendation' }).count()).toBe(2);
    expect(await page().getByLabel('Search the meeting').count()).toBe(1);
    expect(await seriousViolations(page())).toEqual([]);
  });
});
