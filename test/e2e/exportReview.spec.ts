/**
 * The export dialog in Chromium over the real handlers, for the documents that compare with a
 * milestone: opened by the menu command (from the meeting and from the editor), it writes a review
 * copy and a compilation table through the scripted save dialog, and LibreOffice reads them back —
 * the recommendations in order with their numbers, each tracked change with its own author, the
 * removed recommendation, the comments, the table's rows. A large meeting shows the export's
 * progress as it goes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { paragraphNode, textBlocks, textNode, type SerializedDocument } from '../../shared/document/lexicalJson';
import type { Committee, MeetingDetail, Recommendation } from '../../shared/domain/types';
import { acceptedText, annotations, convert, firstMissingInOrder, squash, trackedChanges, xmlText } from '../helpers/libreoffice';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let meeting: MeetingDetail;
let network: Recommendation;
let uid = 0;

const body = (paragraphs: string[], uids: Array<string | undefined> = []): SerializedDocument => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs.map((p, i) => paragraphNode([textNode(p)], uids[i] ?? `p-${++uid}`)) },
});

const create = (committee: Committee, title: string, paragraphs: string[]) =>
  call(app.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title, body: body(paragraphs) });

/** Saves new paragraph texts, each keeping its stable id (an edit in place, as the editor saves it). */
const save = (rec: Recommendation, paragraphs: string[]) =>
  call(app.dispatch, 'recommendation:save', {
    recommendationId: rec.id,
    baseVersionId: rec.headVersionId,
    title: rec.title,
    body: body(paragraphs, textBlocks(rec.body).map((b) => b.uid)),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-export-review-e2e-'));
  app = await launchApp({ dbPath: join(dir, 'review.sqlite'), locale: 'fr' });
  const d = app.dispatch;
  meeting = await call(d, 'meeting:create', { title: 'Réunion des experts de Bamako', organisation: 'Union africaine', venue: 'Bamako' });
  const alerte = await call(d, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  const formation = await call(d, 'committee:add', { meetingId: meeting.id, name: 'Formation des diplomates' });
  const awa = await call(d, 'participant:add', { meetingId: meeting.id, name: 'Awa Sow', delegation: 'Mali', role: 'expert' });
  const issouf = await call(d, 'participant:add', { meetingId: meeting.id, name: 'Issouf Ouédraogo', delegation: 'Burkina Faso', role: 'rapporteur' });
  await call(d, 'profile:set', { participantId: awa.id });
  network = await create(alerte, 'Créer un réseau d’alerte', ['Les experts recommandent de créer un réseau national d’alerte.', 'Ce réseau réunira les services météorologiques.']);
  const visas = await create(alerte, 'Lever les visas', ['Les États lèvent les visas de courte durée.']);
  await create(formation, 'Former les diplomates', ['Les experts recommandent un programme commun de formation.']);
  await call(d, 'milestone:create', { meetingId: meeting.id, name: 'Projet du rapporteur' });
  // After the milestone: Issouf and Awa each change a passage of the first text; Issouf removes the second.
  await call(d, 'profile:set', { participantId: issouf.id });
  network = await save(network, ['Les experts recommandent vivement de créer un réseau national d’alerte.', 'Ce réseau réunira les services météorologiques et sanitaires.']);
  await call(d, 'profile:set', { participantId: awa.id });
  network = await save(network, ['Les experts recommandent vivement de créer un réseau régional d’alerte.', 'Ce réseau réunira les services météorologiques et sanitaires.']);
  await call(d, 'recommendation:delete', { recommendationId: visas.id });
  await call(d, 'comment:add', {
    recommendationId: network.id,
    text: 'Préciser le rôle des États membres.',
    anchor: { blockId: textBlocks(network.body)[0]!.uid!, start: 45, end: 69, quote: 'réseau régional d’alerte' },
  });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A state of the progress bar as the page showed it. */
interface Progress {
  value: string | null;
  max: string | null;
  label: string;
  closeDisabled: boolean;
}

const dialog = () => app.page.getByRole('dialog', { name: 'Exporter le rapport' });

/** Exports from the open dialog to `name` in the test folder; returns the file's bytes. */
async function exportAs(name: string): Promise<Uint8Array> {
  const out = join(dir, name);
  app.answerDialogs({ save: out });
  await dialog().getByRole('button', { name: 'Enregistrer…' }).click();
  await expect.poll(() => dialog().locator('.export-done').textContent(), { timeout: 30_000 }).toBe(`Rapport enregistré\u00A0: ${name}`);
  return new Uint8Array(readFileSync(out));
}

it('opens from the menu command, on the meeting and from the editor', async () => {
  await app.page.goto(`${app.url}#/meeting/${meeting.id}/rec/${network.id}`);
  await app.page.reload();
  await app.page.getByRole('textbox', { name: 'Texte de la recommandation' }).waitFor();
  await app.emit('menu:command', { command: 'export-report' });
  // The editor hands the command over to the meeting screen, which opens the dialog.
  await dialog().waitFor();
  expect(await app.page.evaluate(() => location.hash)).toBe(`#/meeting/${meeting.id}`);
  await dialog().getByRole('button', { name: 'Fermer' }).last().click();
  await expect.poll(() => dialog().count()).toBe(0);
  await app.emit('menu:command', { command: 'export-report' });
  await dialog().waitFor();
});

it('writes a review copy since the milestone: each change with its author, the removed text, the comment', { timeout: 120_000 }, async () => {
  await dialog().getByRole('radio', { name: 'Copie de révision (modifications suivies)' }).check();
  await dialog().getByLabel('Modifications depuis le jalon').selectOption({ label: 'Projet du rapporteur' });
  // The preview shows the removed recommendation where the copy will, struck through, not counted.
  const removed = dialog().locator('.export-removed');
  await expect.poll(() => removed.count()).toBe(1);
  expect(await removed.locator('del').innerText()).toBe('2 Lever les visas');
  expect(await removed.innerText()).toContain('supprimée depuis le jalon de comparaison');
  const docx = await exportAs('revision.docx');
  if (process.env.LOOK_DIR) writeFileSync(join(process.env.LOOK_DIR, 'revision.docx'), docx);
  const fodt = await convert(docx, 'fodt');
  const changes = trackedChanges(fodt).map((c) => ({ kind: c.kind, author: c.author, text: squash(c.text) }));
  expect(changes).toEqual(
    expect.arrayContaining([
      { kind: 'insertion', author: 'Issouf Ouédraogo', text: 'vivement' },
      { kind: 'insertion', author: 'Issouf Ouédraogo', text: 'et sanitaires' },
      { kind: 'insertion', author: 'Awa Sow', text: 'régional' },
      { kind: 'deletion', author: 'Awa Sow', text: 'national' },
      { kind: 'deletion', author: 'Awa Sow', text: 'Recommandation 2 — Lever les visas' },
      { kind: 'deletion', author: 'Awa Sow', text: 'Les États lèvent les visas de courte durée.' },
    ]),
  );
  expect(annotations(fodt).map((n) => ({ author: n.author, text: n.text }))).toEqual([{ author: 'Awa Sow', text: 'Préciser le rôle des États membres.' }]);
  // Accepted, the copy reads as the texts now: the cover, every recommendation in order with its number, the annex.
  const accepted = squash(acceptedText(fodt));
  expect(
    firstMissingInOrder(accepted, [
      'Union africaine',
      'Réunion des experts de Bamako',
      'Copie de révision',
      'Modifications depuis le jalon « Projet du rapporteur »',
      'Alerte précoce',
      'Recommandation 1 — Créer un réseau d’alerte',
      'Les experts recommandent vivement de créer un réseau régional d’alerte.',
      'Ce réseau réunira les services météorologiques et sanitaires.',
      'Formation des diplomates',
      'Recommandation 2 — Former les diplomates',
      'Les experts recommandent un programme commun de formation.',
      'Annexe — Liste des participants',
      'Burkina Faso',
      'Issouf Ouédraogo',
      'Mali',
      'Awa Sow',
    ]),
  ).toBeNull();
  expect(accepted).not.toContain('visas');
});

it('writes the compilation table: number, earlier text, current text, contributors, the removed one as such', { timeout: 120_000 }, async () => {
  await dialog().getByRole('radio', { name: 'Tableau de compilation' }).check();
  const docx = await exportAs('tableau.docx');
  if (process.env.LOOK_DIR) writeFileSync(join(process.env.LOOK_DIR, 'tableau.docx'), docx);
  const fodt = await convert(docx, 'fodt');
  const rows = [...fodt.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) =>
    [...row[1]!.matchAll(/<table:table-cell[^>]*>([\s\S]*?)<\/table:table-cell>/g)].map((cell) => squash(xmlText(cell[1]!))),
  );
  expect(rows).toEqual([
    ['N°', 'Texte au jalon « Projet du rapporteur »', 'Texte actuel', 'Contributeurs'],
    ['Alerte précoce'],
    [
      '1',
      'Créer un réseau d’alerte Les experts recommandent de créer un réseau national d’alerte. Ce réseau réunira les services météorologiques.',
      'Créer un réseau d’alerte Les experts recommandent vivement de créer un réseau régional d’alerte. Ce réseau réunira les services météorologiques et sanitaires.',
      'Issouf Ouédraogo Awa Sow',
    ],
    ['(ancien n° 2)', 'Lever les visas Les États lèvent les visas de courte durée.', '(recommandation supprimée)', 'Awa Sow'],
    ['Formation des diplomates'],
    ['2 (ancien n° 3)', 'Former les diplomates Les experts recommandent un programme commun de formation.', 'Former les diplomates Les experts recommandent un programme commun de formation.', ''],
  ]);
  expect(fodt).toMatch(/style:print-orientation="landscape"/);
});

it('shows the progress of a large export as it goes, then the file written', { timeout: 180_000 }, async () => {
  const large = await call(app.dispatch, 'meeting:create', { title: 'Sommet des deux cents' });
  const committees = await Promise.all(['Paix et sécurité', 'Commerce', 'Santé', 'Climat'].map((name) => call(app.dispatch, 'committee:add', { meetingId: large.id, name })));
  for (let i = 0; i < 200; i++) {
    await call(app.dispatch, 'recommendation:create', {
      meetingId: large.id,
      committeeId: committees[i % committees.length]!.id,
      title: `Recommandation d’essai ${i + 1}`,
      body: body([`Considérant la situation n° ${i + 1},`, `Les experts recommandent la mesure ${i + 1} : renforcer la coopération régionale.`]),
    });
  }
  await app.page.goto(`${app.url}#/meeting/${large.id}`);
  await app.page.reload();
  await app.page.getByRole('button', { name: 'Exporter le rapport…' }).click();
  await expect.poll(() => dialog().locator('.export-counts').textContent()).toContain('Recommandations\u00A0: 200');
  // Every state of the bar is recorded in the page as it renders it, whatever the pace of the export
  // (the test's own calls to the page wait while the handlers, in this process, are busy).
  await app.page.evaluate(() => {
    const seen: Progress[] = [];
    (window as unknown as { progressSeen: Progress[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('.task-progress-bar');
      const close = [...document.querySelectorAll<HTMLButtonElement>('.export-dialog .dialog-actions button')].pop();
      if (bar) seen.push({ value: bar.getAttribute('value'), max: bar.getAttribute('max'), label: bar.getAttribute('aria-label') ?? '', closeDisabled: close?.disabled ?? false });
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const out = join(dir, 'sommet.docx');
  app.answerDialogs({ save: out });
  await dialog().getByRole('button', { name: 'Enregistrer…' }).click();
  if (process.env.LOOK_DIR) await app.page.screenshot({ path: join(process.env.LOOK_DIR, 'export-progress.png') });
  await expect.poll(() => dialog().locator('.export-done').textContent(), { timeout: 120_000 }).toBe('Rapport enregistré\u00A0: sommet.docx');
  const seen = await app.page.evaluate(() => (window as unknown as { progressSeen: Progress[] }).progressSeen);
  const gathering = seen.filter((s) => s.max === '200' && s.value !== null);
  expect(gathering.length).toBeGreaterThan(0);
  expect(gathering.some((s) => Number(s.value) > 0 && Number(s.value) < 200)).toBe(true);
  expect(gathering[0]!.label).toMatch(/^Préparation des recommandations \(\d+ sur 200\)…$/);
  // While the file was being written the dialog could not be closed.
  expect(seen.every((s) => s.closeDisabled)).toBe(true);
  // Done: the dialog can be closed again, and focus is on the outcome.
  expect(await dialog().getByRole('button', { name: 'Fermer' }).last().isDisabled()).toBe(false);
  expect(await app.page.evaluate(() => document.activeElement?.className)).toBe('export-outcome');
  if (process.env.LOOK_DIR) await app.page.screenshot({ path: join(process.env.LOOK_DIR, 'export-done.png') });
  const text = squash(await convert(readFileSync(out), 'txt'));
  expect(firstMissingInOrder(text, ['Recommandation 1 — Recommandation d’essai 1', 'Recommandation 200 — Recommandation d’essai 200'].map(squash))).toBeNull();
});
