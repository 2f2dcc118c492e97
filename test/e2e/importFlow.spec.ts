/**
 * A rapporteur's laptop in Chromium over the real handlers: the meeting set up from the
 * secretariat's package from the home screen; two contributions written on two other laptops (real
 * databases), one clean edit and one sentence both experts changed, imported with « Importer… »
 * and the scripted open dialog; the summary's link to the conflicts, the conflict settled in the
 * app; a Word document dropped on the window, previewed, confirmed; a damaged package refused with
 * nothing changed; a package exported through the save dialog. The dialogs pass an axe audit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { readPackageFile } from '../../electron/main/services/exchange/packageFile';
import type { TaskProgress } from '../../shared/contract/events';
import { handmadeDocx, HEADING_STYLES, headingParagraph, paragraph } from '../electron/main/services/docxImport/handmade';
import { Office, setUpMeeting, type Laptop, type Meeting } from '../electron/main/services/exchange/laptops';
import { seriousViolations } from './axe';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let office: Office;
let m: Meeting;
let secretariat: Laptop;
const files = { meeting: '', awa: '', moussa: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-import-e2e-'));
  office = new Office();
  const sec = await office.laptop('secrétariat');
  secretariat = sec;
  m = await setUpMeeting(sec);
  // A question of the secretariat's, which Awa resolves on her laptop: the resolution travels.
  const question = await call(sec.store.dispatch, 'comment:add', { recommendationId: m.r3.id, text: 'Quel budget pour le programme ?' });
  files.meeting = sec.send('meeting', m.meetingId, 'reunion.palabre');
  const [awa, moussa] = [await office.laptop('Awa'), await office.laptop('Moussa')];
  for (const [laptop, participant] of [[awa, m.awa], [moussa, m.moussa]] as const) {
    laptop.receive([files.meeting]);
    await laptop.actAs(participant.id);
  }
  // Awa: a clean edit of R3, and the sentence of R2 that Moussa changed too.
  await awa.editParagraph(m.r3.id, 0, (t) => t.replace('Un programme régional', 'Un programme régional annuel'));
  await call(awa.store.dispatch, 'comment:resolve', { commentId: question.id });
  await awa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'menaces terroristes'));
  await moussa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'trafics transfrontaliers'));
  files.awa = awa.send('contribution', m.meetingId, 'contribution-awa.palabre');
  files.moussa = moussa.send('contribution', m.meetingId, 'contribution-moussa.palabre');
  app = await launchApp({ dbPath: join(dir, 'rapporteur.sqlite'), locale: 'fr' });
}, 60_000);

afterAll(async () => {
  await app?.close();
  office?.close();
  rmSync(dir, { recursive: true, force: true });
});

const importDialog = () => app.page.getByRole('dialog', { name: 'Importer des contributions' });

async function open(hash: string) {
  await app.page.goto(`${app.url}#${hash}`);
  await app.page.reload();
  await app.page.locator('main h1').first().waitFor();
}

async function axeClean() {
  expect((await seriousViolations(app.page)).map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
}


/** How long a Word document's preview may take: parsing runs in a worker, started with the first document. */
const WORD_PARSE_MS = 30_000;
describe('a rapporteur importing contributions', { timeout: 60_000 }, () => {
  it('sets the meeting up from its package, from the home screen', async () => {
    await open('/');
    app.answerDialogs({ open: [files.meeting] });
    await app.page.getByRole('button', { name: 'Importer une réunion…' }).click();
    const dialog = importDialog();
    await expect.poll(() => dialog.locator('.import-file').textContent()).toMatch(/^reunion\.palabrePaquet Palabre[\d,]+\u00A0Ko$/);
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect.poll(() => dialog.locator('.import-meeting-created').textContent()).toContain(
      'La réunion «\u00A0Réunion des experts sur la paix et la sécurité\u00A0» a été créée sur cet ordinateur.',
    );
    expect(await dialog.locator('[data-group="created"] summary').textContent()).toBe('3 nouvelles recommandations');
    // Behind the dialog, the home screen lists the meeting already.
    expect(await app.page.locator('.meeting-list').textContent()).toContain('Réunion des experts sur la paix et la sécurité');
    await dialog.getByRole('link', { name: 'Ouvrir la réunion' }).click();
    await expect.poll(() => app.page.locator('main h1').first().textContent()).toBe('Réunion des experts sur la paix et la sécurité');
    expect(app.dialogsShown.at(-1)).toMatchObject({ kind: 'open', purpose: 'import' });
  });

  it('imports both contributions: the progress, then 1 updated and 1 conflict; the link leads to the conflict, settled in the app', async () => {
    await call(app.dispatch, 'profile:set', { participantId: m.rapporteur.id });
    await open(`/meeting/${m.meetingId}`);
    // Every step the main process reports is recorded in the page, to check what reached it.
    await app.page.evaluate(() => {
      const w = window as unknown as { __steps: TaskProgress[]; api: { on(e: string, f: (p: TaskProgress) => void): void } };
      w.__steps = [];
      w.api.on('task:progress', (step) => w.__steps.push(step));
    });
    app.answerDialogs({ open: [files.awa, files.moussa] });
    await app.page.getByRole('button', { name: 'Importer…' }).click();
    const dialog = importDialog();
    await expect.poll(() => dialog.locator('.import-file').count()).toBe(2);
    expect(await dialog.locator('.import-file-name').allTextContents()).toEqual(['contribution-awa.palabre', 'contribution-moussa.palabre']);
    expect(await dialog.locator('.import-file-kind').allTextContents()).toEqual(['Paquet Palabre', 'Paquet Palabre']);
    await axeClean();

    // The import is held until the bar has been seen, as on a slow machine (it then runs as usual).
    const release = app.holdCalls('package:import');
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect.poll(() => dialog.locator('.task-progress-label').textContent()).toBe('Importation en cours…');
    expect(await dialog.getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
    release();

    await expect.poll(() => dialog.locator('[data-import-summary]').count()).toBe(1);
    const steps = await app.page.evaluate(() => (window as unknown as { __steps: TaskProgress[] }).__steps);
    expect(steps.map((s) => `${s.phase} ${s.done}/${s.total}`)).toEqual(expect.arrayContaining(['checking 2/2', 'merging 0/2', 'done 2/2']));
    const summaryText = await dialog.locator('[data-import-summary]').textContent();
    expect(summaryText).toContain('1 recommandation mise à jour');
    expect(summaryText).toContain('1 recommandation en conflit');
    expect(await dialog.locator('[data-import-extras]').textContent()).toContain('1 commentaire mis à jour (supprimé, modifié ou résolu ailleurs)');
    if (process.env.PALABRE_SHOTS) await dialog.screenshot({ path: join(process.env.PALABRE_SHOTS, 'import-summary-fr.png') });
    expect(await dialog.locator('[data-group="fastForwarded"] a').textContent()).toMatch(/Former les diplomates à la médiation/);
    expect(await dialog.locator('[data-group="conflicts"] li a').textContent()).toMatch(/Partager l’information/);
    await axeClean();
    // Behind the dialog the meeting page has been refreshed: it counts the conflict already.
    await expect.poll(() => app.page.locator('.review-links a[data-open-conflicts]').getAttribute('data-open-conflicts')).toBe('1');

    await dialog.getByRole('link', { name: 'Résoudre le conflit' }).click();
    const card = app.page.locator('article.conflict-card', { hasText: 'Partager l’information' });
    await card.getByRole('button', { name: 'Garder les deux' }).click();
    await expect.poll(() => app.page.locator('#conflicts-open').textContent()).toBe('Aucun conflit à résoudre.');

    await open(`/meeting/${m.meetingId}/rec/${m.r2.id}`);
    const text = app.page.locator('[contenteditable="true"]').last();
    await expect.poll(() => text.textContent()).toContain('trafics transfrontaliers');
    expect(await text.textContent()).toContain('menaces terroristes');
    await open(`/meeting/${m.meetingId}`);
    const link = app.page.locator('.review-links a[href$="/conflicts"]');
    await expect.poll(() => link.getAttribute('data-open-conflicts')).toBe('0');
    expect(await link.textContent()).toBe('Conflits');
    expect(await app.page.locator('.badge-conflict').count()).toBe(0);
  });

  it('refuses a damaged package with a clear French message, and changes nothing', async () => {
    const damaged = join(dir, 'contribution-abimee.palabre');
    writeFileSync(damaged, readFileSync(files.awa).subarray(0, 300));
    const before = await call(app.dispatch, 'meeting:get', { meetingId: m.meetingId });
    // By the File menu this time, on the conflicts screen: the meeting's page takes the command.
    await open(`/meeting/${m.meetingId}/conflicts`);
    app.answerDialogs({ open: [damaged] });
    await app.emit('menu:command', { command: 'import' });
    await expect.poll(() => app.page.url()).toBe(`${app.url}#/meeting/${m.meetingId}`);
    const dialog = importDialog();
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    const error = dialog.locator('.import-error');
    await expect.poll(() => error.textContent()).toContain('contribution-abimee.palabre\u00A0: JSON incomplet ou invalide');
    expect(await error.textContent()).toContain('Rien n’a été importé.');
    const after = await call(app.dispatch, 'meeting:get', { meetingId: m.meetingId });
    expect(after.recommendations.map((r) => [r.id, r.updatedAt])).toEqual(before.recommendations.map((r) => [r.id, r.updatedAt]));
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(await dialog.count()).toBe(0);
  });

  it('takes a Word document dropped on the window: the drop zone, the preview, the choices confirmed, the recommendations created', async () => {
    await open(`/meeting/${m.meetingId}`);
    const docx = handmadeDocx(
      [
        paragraph('1. Créer un réseau de points focaux « alerte » dans chaque ministère.'),
        paragraph('2. Publier un bulletin trimestriel des signaux faibles.'),
        headingParagraph('Financement'),
        paragraph('3. Évaluer le dispositif chaque année.'),
      ].join(''),
      HEADING_STYLES,
    );
    const url = app.page.url();
    const drag = (type: string, name: string, bytes: number[]) =>
      app.page.evaluate(
        ([type, name, bytes]) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], name));
          // dispatchEvent is false when the page prevented the browser's own handling (opening the file).
          return document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        [type, name, bytes] as const,
      );
    const bytes = [...docx];
    expect(await drag('dragenter', 'contribution-niger.docx', bytes)).toBe(false);
    await expect.poll(() => app.page.locator('.drop-zone').textContent()).toContain('Déposez les fichiers pour les importer');
    expect(await drag('drop', 'contribution-niger.docx', bytes)).toBe(false);
    expect(await app.page.locator('.drop-zone').count()).toBe(0);
    expect(app.page.url()).toBe(url);

    const dialog = importDialog();
    const preview = dialog.locator('section.word-preview');
    // The first Word document of a session starts the parsing worker (a few seconds on a busy machine).
    await expect.poll(() => preview.locator('.word-preview-rec').count(), { timeout: WORD_PARSE_MS }).toBe(3);
    expect(await dialog.locator('.import-file-kind').textContent()).toBe('Document Word');
    expect(await preview.locator('h3').textContent()).toBe('Aperçu de «\u00A0contribution-niger.docx\u00A0»');
    // Another file dropped meanwhile joins the list (Awa's contribution again: nothing new in it).
    expect(await drag('drop', 'contribution-awa.palabre', [...readFileSync(files.awa)])).toBe(false);
    await expect.poll(() => dialog.locator('.import-file-name').allTextContents()).toEqual(['contribution-niger.docx', 'contribution-awa.palabre']);
    expect(await preview.locator('.word-preview-rec').count()).toBe(3);
    await preview.getByRole('checkbox', { name: /Publier un bulletin trimestriel/ }).uncheck();
    // No author in the file: it is imported as me unless I choose someone else.
    expect(await preview.getByLabel('Importer au nom de').inputValue()).toBe(m.rapporteur.id);
    await preview.getByLabel('Importer au nom de').selectOption({ label: 'Kofi Mensah (Ghana)' });

    // The committee the file names and the meeting lacks is created under the name typed; a name
    // another committee has is refused before anything.
    const newName = preview.getByLabel('Nouvelle commission («\u00A0Financement\u00A0» dans le fichier)');
    expect(await newName.inputValue()).toBe('Financement');
    await newName.fill('alerte precoce');
    await preview.getByText('Une commission s’appelle déjà «\u00A0Alerte précoce\u00A0»').waitFor();
    expect(await dialog.getByRole('button', { name: 'Confirmer et importer' }).isDisabled()).toBe(true);
    await newName.fill('Financement de la prévention');
    expect(await preview.getByRole('alert').count()).toBe(0);
    // A recommendation sent to another committee of the meeting.
    const committeeOf = preview.getByLabel(/^Commission de «.Créer un réseau de points focaux/);
    expect(await committeeOf.locator('option').allTextContents()).toEqual(['Alerte précoce', 'Financement de la prévention (nouvelle)', 'Formation des diplomates']);
    await committeeOf.selectOption({ label: 'Formation des diplomates' });
    await axeClean();
    await dialog.getByRole('button', { name: 'Confirmer et importer' }).click();
    await expect.poll(() => dialog.locator('.import-word-files').textContent()).toBe('contribution-niger.docx\u00A0: 2 recommandations créées');
    expect(await dialog.locator('[data-group="created"] summary').textContent()).toBe('2 nouvelles recommandations');
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).first().click();
    const list = app.page.locator('.meeting-main');
    // The list draws the rows near the screen: the new committee, last, is scrolled to.
    await list.getByRole('heading', { name: /Financement de la prévention/ }).scrollIntoViewIfNeeded();
    await expect.poll(() => list.textContent()).toContain('Évaluer le dispositif chaque année');
    expect(await list.textContent()).toContain('Créer un réseau de points focaux');
    expect(await list.textContent()).not.toContain('bulletin trimestriel');
    const created = (await call(app.dispatch, 'meeting:get', { meetingId: m.meetingId })).recommendations.filter((r) => /points focaux|Évaluer le dispositif/.test(r.title));
    expect(created.map((r) => r.authorName)).toEqual(['Kofi Mensah', 'Kofi Mensah']);
    const after = await call(app.dispatch, 'meeting:get', { meetingId: m.meetingId });
    const committeeNamed = (id: string) => after.committees.find((c) => c.id === id)?.name;
    expect(created.map((r) => [r.title.slice(0, 24), committeeNamed(r.committeeId)])).toEqual([
      ['Créer un réseau de point', 'Formation des diplomates'],
      ['Évaluer le dispositif ch', 'Financement de la prévention'],
    ]);
  });

  it('refuses a dropped file of another kind, importing nothing', async () => {
    await open(`/meeting/${m.meetingId}`);
    const before = await call(app.dispatch, 'meeting:get', { meetingId: m.meetingId });
    await app.page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['notes'], 'notes.txt'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => app.page.locator('.banner, [role="status"], [role="alert"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Seuls les paquets Palabre (.palabre) et les documents Word (.docx) s’importent\u00A0: notes.txt n’a pas été importé.')]),
    );
    expect(await importDialog().count()).toBe(0);
    expect((await call(app.dispatch, 'meeting:get', { meetingId: m.meetingId })).recommendations).toHaveLength(before.recommendations.length);
  });

  it('carries files dropped on the editor page to the meeting page, where the import dialog opens with them', async () => {
    await open(`/meeting/${m.meetingId}/rec/${m.r1.id}`);
    await app.page.locator('[contenteditable="true"]').last().waitFor();
    const bytes = [...handmadeDocx(paragraph('1. Tenir un registre des alertes.'))];
    await app.page.evaluate((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'registre.docx'));
      document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, bytes);
    await expect.poll(() => app.page.url()).toBe(`${app.url}#/meeting/${m.meetingId}`);
    const dialog = importDialog();
    await expect.poll(() => dialog.locator('.word-preview-title').allTextContents(), { timeout: WORD_PARSE_MS }).toEqual(['Tenir un registre des alertes']);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(await dialog.count()).toBe(0);
    expect((await call(app.dispatch, 'meeting:get', { meetingId: m.meetingId })).recommendations.some((r) => /registre/.test(r.title))).toBe(false);
  });

  it('exports a consolidated package (the rapporteur’s kind) through the save dialog, with a suggested name', async () => {
    // The File menu's command given in the editor is carried to the meeting page, which opens the dialog.
    await open(`/meeting/${m.meetingId}/rec/${m.r1.id}`);
    await app.page.locator('[contenteditable="true"]').last().waitFor();
    await app.emit('menu:command', { command: 'export-package' });
    await expect.poll(() => app.page.url()).toBe(`${app.url}#/meeting/${m.meetingId}`);
    const target = join(dir, 'consolide.palabre');
    app.answerDialogs({ save: target });
    const dialog = app.page.getByRole('dialog', { name: 'Exporter un paquet' });
    expect(await dialog.getByRole('radio', { name: /Paquet consolidé/ }).isChecked()).toBe(true);
    await axeClean();
    await dialog.getByRole('button', { name: 'Enregistrer le paquet…' }).click();
    await expect.poll(() => dialog.locator('.export-done').textContent()).toBe('Paquet enregistré\u00A0: consolide.palabre (5 recommandations).');
    expect(app.dialogsShown.at(-1)).toMatchObject({ kind: 'save', purpose: 'package' });
    expect(app.dialogsShown.at(-1)?.suggestedName).toMatch(/^Réunion des experts sur la paix et la - consolide - \d{4}-\d{2}-\d{2}\.palabre$/);
    const pkg = readPackageFile(target);
    expect(pkg.kind).toBe('consolidated');
    expect(pkg.recommendations).toHaveLength(5);
  });

  it('exports a contribution built on the package this laptop holds, or the whole meeting when asked', async () => {
    await open(`/meeting/${m.meetingId}`);
    await app.emit('menu:command', { command: 'export-package' });
    const dialog = app.page.getByRole('dialog', { name: 'Exporter un paquet' });
    await dialog.getByRole('radio', { name: /Ma contribution/ }).check();
    const whole = dialog.getByRole('checkbox', { name: /Toute la réunion et tout son historique/ });
    expect(await whole.isChecked()).toBe(false);
    await axeClean();
    const thin = join(dir, 'contribution-rapporteur.palabre');
    app.answerDialogs({ save: thin });
    await dialog.getByRole('button', { name: 'Enregistrer le paquet…' }).click();
    await expect.poll(() => dialog.locator('.export-done').textContent()).toContain('contribution-rapporteur.palabre');
    // Built on the consolidated package this laptop just wrote: every recommendation named, no version carried.
    const built = readPackageFile(thin);
    expect(built.basis?.package.kind).toBe('consolidated');
    expect(built.recommendations.every((r) => r.versions.length === 0)).toBe(true);
    await whole.check();
    const complete = join(dir, 'contribution-complete.palabre');
    app.answerDialogs({ save: complete });
    await dialog.getByRole('button', { name: 'Enregistrer le paquet…' }).click();
    await expect.poll(() => dialog.locator('.export-done').textContent()).toContain('contribution-complete.palabre');
    const all = readPackageFile(complete);
    expect(all.basis).toBeUndefined();
    expect(all.formatVersion).toBe(2);
    expect(all.recommendations.every((r) => r.versions.length > 0)).toBe(true);
    await dialog.locator('.dialog-actions').getByRole('button', { name: 'Fermer' }).click();
  });

  it('says which committee removed elsewhere it keeps here, because it holds recommendations here', async () => {
    // The secretariat empties its « Formation des diplomates » (into the trash) and removes it; here it holds the Word file's recommendation too.
    await call(secretariat.store.dispatch, 'recommendation:delete', { recommendationId: m.r3.id });
    await call(secretariat.store.dispatch, 'committee:remove', { committeeId: m.diplomatesId });
    const removal = secretariat.send('meeting', m.meetingId, 'reunion-sans-formation.palabre');
    await open(`/meeting/${m.meetingId}`);
    app.answerDialogs({ open: [removal] });
    await app.page.getByRole('button', { name: 'Importer…' }).click();
    const dialog = importDialog();
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    const note = dialog.locator('[data-note="kept"]');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      'Commission supprimée sur un autre poste mais gardée ici, car elle contient des recommandations\u00A0: «\u00A0Formation des diplomates\u00A0».',
    );
    await axeClean();
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).first().click();
    const meeting = await call(app.dispatch, 'meeting:get', { meetingId: m.meetingId });
    expect(meeting.committees.map((c) => c.name)).toContain('Formation des diplomates');
  });

  it('speaks English too: the same contributions again bring nothing new, and the dialog says so', async () => {
    await app.dispatch('settings:setLocale', { locale: 'en' });
    try {
      await open(`/meeting/${m.meetingId}`);
      await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe('en');
      app.answerDialogs({ open: [files.awa] });
      await app.page.getByRole('button', { name: 'Import…' }).click();
      const dialog = app.page.getByRole('dialog', { name: 'Import contributions' });
      expect(await dialog.locator('.import-file-kind').textContent()).toBe('Palabre package');
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => dialog.locator('[data-import-summary]').textContent()).toContain('These files bring nothing new: nothing changed.');
      await axeClean();
    } finally {
      await app.dispatch('settings:setLocale', { locale: 'fr' });
    }
  });
});
