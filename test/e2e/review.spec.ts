/**
 * The review workflow end to end in Chromium, over the real handlers and a real SQLite file:
 * an expert proposes an amendment and the rapporteur decides on it change by change; two versions
 * compared and one restored; a milestone compared with now; a comment anchored, answered, resolved.
 * The dispatcher sets up what is not under test (meeting, participants, who am I).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { paragraphNode, textBlocks, textNode, type SerializedDocument } from '../../shared/document/lexicalJson';
import type { MeetingDetail, Participant, Recommendation } from '../../shared/domain/types';
import { framesDrawn, launchApp, type LaunchedApp } from './harness';

const P1 = 'Les États membres créent un mécanisme d’alerte.';
const P2 = 'Le mécanisme est évalué chaque année.';

let dir: string;
let app: LaunchedApp | undefined;
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-review-'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function body(paragraphs: string[], uids: string[] = []): SerializedDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraphs.map((p, i) => paragraphNode([textNode(p)], uids[i] ?? `p-${++counter}`)),
    },
  };
}

interface Setup {
  app: LaunchedApp;
  meeting: MeetingDetail;
  awa: Participant;
  issouf: Participant;
  rec: Recommendation;
}

async function setUp(name: string): Promise<Setup> {
  app = await launchApp({ dbPath: join(dir, `${name}.sqlite`), locale: 'fr' });
  const d = app.dispatch;
  const meeting = await call(d, 'meeting:create', { title: 'Réunion des experts de Bamako', venue: 'Bamako' });
  const committee = await call(d, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  const awa = await call(d, 'participant:add', { meetingId: meeting.id, name: 'Awa Sow', delegation: 'Mali', role: 'expert' });
  const issouf = await call(d, 'participant:add', { meetingId: meeting.id, name: 'Issouf Ouédraogo', delegation: 'Burkina Faso', role: 'rapporteur' });
  await call(d, 'profile:set', { participantId: awa.id });
  const rec = await call(d, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title: 'Créer un mécanisme d’alerte', body: body([P1, P2]) });
  return { app, meeting, awa, issouf, rec };
}

async function openEditor(s: Setup) {
  await s.app.page.goto(`${s.app.url}#/meeting/${s.meeting.id}/rec/${s.rec.id}`);
  await s.app.page.reload();
  await s.app.page.getByRole('textbox', { name: 'Texte de la recommandation' }).waitFor();
}

async function head(s: Setup): Promise<Recommendation> {
  return call(s.app.dispatch, 'recommendation:get', { recommendationId: s.rec.id });
}

const paragraphs = (rec: Recommendation) => textBlocks(rec.body).map((b) => b.text);

/**
 * Lets the editor finish taking in keys: Lexical applies typing in an update that also puts its own
 * selection back into the page, so a caret key pressed before that update lands would be undone.
 */
async function editorIdle(page: LaunchedApp['page']) {
  await framesDrawn(page);
}

/** The paragraphs the editor shows. */
async function editorParagraphs(page: LaunchedApp['page']): Promise<string[]> {
  return page.getByRole('textbox', { name: 'Texte de la recommandation' }).locator('p').allInnerTexts();
}

describe('an amendment, proposed by an expert and decided by the rapporteur', () => {
  it('accepts two of its three changes and rejects the third, as a new version credited to both', async () => {
    const s = await setUp('amendment');
    const { page } = s.app;
    await openEditor(s);

    // Awa proposes: a word added in the first paragraph, words replaced in the second, a new third paragraph.
    await page.getByRole('tab', { name: /Amendements/ }).click();
    await page.getByRole('button', { name: 'Proposer un amendement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Proposer un amendement' });
    const text = dialog.getByRole('textbox', { name: 'Texte de la recommandation' });
    await text.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' précoce');
    // Each step waits for the editor to show the previous one: a caret moved before Lexical has
    // taken the typing in would land elsewhere.
    await expect.poll(() => text.innerText()).toContain('d’alerte précoce.');
    await editorIdle(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.type('tous les six mois');
    await expect.poll(() => text.innerText()).toContain('tous les six mois.');
    await editorIdle(page);
    await page.keyboard.press('Control+End');
    await editorIdle(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Un rapport est présenté au Conseil des Ministres.');
    await dialog.getByLabel('Exposé des motifs').fill('Préciser le mécanisme et son suivi.');
    // A stray Escape asks before throwing the proposal away.
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog', { name: 'Abandonner cette proposition ?' }).getByRole('button', { name: 'Continuer la rédaction' }).click();
    expect(await text.innerText()).toContain('Un rapport est présenté au Conseil des Ministres.');
    await dialog.getByRole('button', { name: 'Soumettre l’amendement' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // The head did not change; the amendment waits.
    expect(paragraphs(await head(s))).toEqual([P1, P2]);
    const [amendment] = await call(s.app.dispatch, 'amendment:list', { recommendationId: s.rec.id });
    expect(amendment).toMatchObject({ status: 'pending', authorName: 'Awa Sow', note: 'Préciser le mécanisme et son suivi.' });
    await expect.poll(() => page.getByText('Proposé par Awa Sow (Mali)').count()).toBe(1);

    // Issouf, the rapporteur, finds it from the meeting page.
    await call(s.app.dispatch, 'profile:set', { participantId: s.issouf.id });
    await page.goto(`${s.app.url}#/meeting/${s.meeting.id}`);
    await page.reload();
    await page.getByRole('link', { name: '1 amendement en attente' }).click();
    await page.getByRole('link', { name: /Examiner l’amendement de Awa Sow/ }).click();
    await page.getByRole('heading', { name: '3 modifications' }).waitFor();
    expect(await page.locator('.review-note').innerText()).toContain('Préciser le mécanisme et son suivi.');

    const change = (n: number) => page.getByRole('group', { name: `Modification ${n}` });
    expect(await change(1).locator('xpath=..').innerText()).toContain('précoce');
    expect(await change(2).locator('xpath=..').innerText()).toContain('tous les six mois');
    expect(await change(3).locator('xpath=..').innerText()).toContain('Un rapport est présenté');
    // Applying with a change undecided is refused, with a reason.
    await change(1).getByRole('button', { name: 'Accepter' }).click();
    await page.getByRole('button', { name: 'Appliquer la décision' }).click();
    await page.getByText('Décidez encore 2 modifications avant d’appliquer.').waitFor();
    await change(2).getByRole('button', { name: 'Rejeter' }).click();
    await change(3).getByRole('button', { name: 'Accepter' }).click();
    expect(await change(2).getByRole('button', { name: 'Rejeter' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Appliquer la décision' }).click();

    // The editor shows the decided text.
    const expected = ['Les États membres créent un mécanisme d’alerte précoce.', P2, 'Un rapport est présenté au Conseil des Ministres.'];
    await page.getByRole('textbox', { name: 'Texte de la recommandation' }).waitFor();
    await expect.poll(() => editorParagraphs(page)).toEqual(expected);
    expect(paragraphs(await head(s))).toEqual(expected);

    // The history: the new version is Issouf's, with Awa credited; the proposal is marked.
    await page.getByRole('tab', { name: 'Versions' }).click();
    const current = page.locator('.history-list > li[aria-current="true"]');
    await expect.poll(() => current.innerText()).toContain('Issouf Ouédraogo');
    expect(await current.innerText()).toContain('avec Awa Sow');
    expect(await page.locator('.history-list').innerText()).toContain('Proposition d’amendement · Accepté en partie');

    // The audit log records the decision.
    await page.getByRole('tab', { name: 'Journal' }).click();
    await expect.poll(() => page.locator('.audit-list').first().innerText()).toContain('Amendement de Awa Sow');
    const decision = page.locator('.audit-entry', { hasText: 'Amendement de Awa Sow' });
    expect(await decision.innerText()).toContain('2 acceptée(s), 1 rejetée(s)');
    expect(await decision.innerText()).toContain('Issouf Ouédraogo');
  });
});

describe('history', () => {
  it('compares two versions inline and side by side, and restores the older one into the editor', async () => {
    const s = await setUp('history');
    const { page } = s.app;
    const uids = textBlocks(s.rec.body).map((b) => b.uid!);
    await call(s.app.dispatch, 'recommendation:save', {
      recommendationId: s.rec.id,
      baseVersionId: s.rec.headVersionId,
      title: s.rec.title,
      // « Les États membres » in bold: a change of format, shown as such.
      body: {
        root: {
          ...s.rec.body.root,
          children: [
            paragraphNode([textNode('Les États membres', 1), textNode(P1.slice('Les États membres'.length))], uids[0]),
            paragraphNode([textNode('Le mécanisme est évalué tous les deux ans.')], uids[1]),
          ],
        },
      },
    });
    await openEditor(s);
    await page.getByRole('tab', { name: 'Versions' }).click();
    const versions = page.locator('.history-list > li');
    await expect.poll(() => versions.count()).toBe(2);

    // Tick both and compare.
    await versions.nth(0).getByRole('checkbox').check();
    await versions.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Comparaison de deux versions' });
    await dialog.locator('.diff-inline').waitFor();
    expect(await dialog.locator('.diff-inline del').allTextContents()).toEqual(['[suppression] chaque année']);
    expect(await dialog.locator('.diff-inline ins').allTextContents()).toEqual(['[ajout] tous les deux ans']);
    expect(await dialog.locator('.diff-inline .diff-format').allTextContents()).toEqual(['[mise en forme modifiée] Les États membres']);
    await dialog.getByText('Côte à côte').click();
    await dialog.locator('.diff-side').waitFor();
    const row = dialog.locator('.diff-side-row').nth(2);
    expect(await row.locator('.diff-side-cell').nth(0).innerText()).toContain('chaque année');
    expect(await row.locator('.diff-side-cell').nth(1).innerText()).toContain('tous les deux ans');

    // Type something, then restore the first version: what was typed is kept as a version first.
    await dialog.locator('.dialog-actions').getByRole('button', { name: 'Fermer' }).click();
    const editor = page.getByRole('textbox', { name: 'Texte de la recommandation' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Sans délai.');
    await versions.nth(1).getByRole('button', { name: /^Restaurer… \(version du / }).click();
    await page.getByRole('alertdialog', { name: 'Restaurer cette version ?' }).getByRole('button', { name: 'Restaurer' }).click();

    await expect.poll(() => editorParagraphs(page)).toEqual([P1, P2]);
    expect(paragraphs(await head(s))).toEqual([P1, P2]);
    const history = await call(s.app.dispatch, 'recommendation:history', { recommendationId: s.rec.id });
    expect(history.map((v) => v.origin)).toEqual(['restore', 'edit', 'edit', 'create']);
    const typed = await call(s.app.dispatch, 'recommendation:diff', { recommendationId: s.rec.id, fromVersionId: history[2]!.id, toVersionId: history[1]!.id });
    expect(typed.body.stats.insertedWords).toBe(2);
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect.poll(() => versions.count()).toBe(4);
    expect(await versions.nth(0).innerText()).toContain('Restauration');

    // The restored text is saved on top of the restore, not over it: typing goes on from here.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Fin.');
    await expect.poll(async () => paragraphs(await head(s))[1]).toBe(`${P2} Fin.`);
  });
});

describe('milestones', () => {
  it('compares a milestone with now: a changed recommendation with its redline, a renumbered one', async () => {
    const s = await setUp('milestones');
    const { page } = s.app;
    const second = await call(s.app.dispatch, 'recommendation:create', {
      meetingId: s.meeting.id,
      committeeId: s.rec.committeeId,
      title: 'Former les diplomates',
      body: body(['Un programme commun de formation est créé.']),
    });
    await page.goto(`${s.app.url}#/meeting/${s.meeting.id}`);
    await page.reload();
    await page.getByRole('link', { name: 'Jalons' }).click();
    await page.getByText('Aucun jalon pour l’instant.').waitFor();
    await page.getByLabel('Nom du nouveau jalon').fill('Projet soumis à la plénière');
    await page.getByRole('button', { name: 'Poser le jalon' }).click();
    const milestone = page.locator('.milestone', { hasText: 'Projet soumis à la plénière' });
    await milestone.waitFor();
    expect(await milestone.innerText()).toContain('Awa Sow');
    expect(await milestone.innerText()).toContain('2 recommandations');

    // Edit the first, then put the second before it.
    const uids = textBlocks(s.rec.body).map((b) => b.uid!);
    await call(s.app.dispatch, 'recommendation:save', {
      recommendationId: s.rec.id,
      baseVersionId: s.rec.headVersionId,
      title: s.rec.title,
      body: body([P1, 'Le mécanisme est évalué tous les six mois.'], uids),
    });
    await call(s.app.dispatch, 'recommendation:move', { recommendationId: second.id, committeeId: s.rec.committeeId, position: 1 });

    await milestone.getByRole('button', { name: 'Comparer à maintenant (jalon « Projet soumis à la plénière »)' }).click();
    const comparison = page.locator('.comparison');
    await comparison.waitFor();
    const renumbered = comparison.locator('.comparison-group', { hasText: 'renumérotées' });
    expect(await renumbered.locator('li', { hasText: 'Former les diplomates' }).textContent()).toMatch(/^n°\s2 →\s+devient\sn°\s1 Former les diplomates$/);
    expect(await renumbered.locator('li', { hasText: 'Créer un mécanisme' }).textContent()).toMatch(/^n°\s1 →\s+devient\sn°\s2 Créer un mécanisme/);
    const changed = comparison.locator('.changed-rec', { hasText: 'Créer un mécanisme' });
    expect(await changed.locator('del').allTextContents()).toEqual(['[suppression] chaque année']);
    expect(await changed.locator('ins').allTextContents()).toEqual(['[ajout] tous les six mois']);
  });
});

describe('comments', () => {
  it('anchors a comment to the selected words, highlights them, takes a reply and is resolved', async () => {
    const s = await setUp('comments');
    const { page } = s.app;
    await openEditor(s);
    // Select « chaque année » in the second paragraph with the keyboard.
    const editor = page.getByRole('textbox', { name: 'Texte de la recommandation' });
    await editor.click();
    await editorIdle(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await editorIdle(page);
    await page.keyboard.press('Control+Alt+M');
    const composer = page.locator('.composer');
    expect(await composer.locator('q').innerText()).toBe('chaque année');
    await page.getByLabel('Votre commentaire sur le passage').fill('Une fois par an ne suffit pas.');
    await page.getByRole('button', { name: 'Publier' }).click();

    const thread = page.locator('.thread', { hasText: 'Une fois par an ne suffit pas.' });
    await thread.waitFor();
    expect(await thread.getByRole('button', { name: /^Voir dans le texte\s:.*chaque année/ }).count()).toBe(1);
    // The span is highlighted in the editor.
    await expect
      .poll(() =>
        page.evaluate(() => [...(CSS.highlights.get('palabre-comment-active') ?? []), ...(CSS.highlights.get('palabre-comment') ?? [])].map((r) => String(r))),
      )
      .toEqual(['chaque année']);
    const [stored] = await call(s.app.dispatch, 'comment:list', { recommendationId: s.rec.id });
    expect(stored!.anchor).toMatchObject({ state: 'exact', current: { quote: 'chaque année', start: P2.indexOf('chaque'), end: P2.indexOf('.') } });

    // Issouf replies; Awa resolves.
    await call(s.app.dispatch, 'profile:set', { participantId: s.issouf.id });
    await thread.getByRole('button', { name: 'Répondre' }).click();
    await page.getByLabel('Votre réponse').fill('D’accord, tous les six mois.');
    await thread.getByRole('button', { name: 'Répondre' }).click();
    await thread.locator('.thread-replies', { hasText: 'D’accord, tous les six mois.' }).waitFor();
    expect(await thread.locator('.thread-replies').innerText()).toContain('Issouf Ouédraogo (Burkina Faso)');
    await thread.getByRole('button', { name: 'Résoudre' }).click();
    await page.getByText('1 fil résolu').waitFor();
    const [resolved] = await call(s.app.dispatch, 'comment:list', { recommendationId: s.rec.id });
    expect(resolved).toMatchObject({ resolved: true, resolvedByName: 'Issouf Ouédraogo', replies: [{ text: 'D’accord, tous les six mois.' }] });
    // A resolved thread is no longer painted in the text.
    await expect.poll(() => page.evaluate(() => (CSS.highlights.get('palabre-comment')?.size ?? 0) + (CSS.highlights.get('palabre-comment-active')?.size ?? 0))).toBe(0);
  });

  it('keeps general comments, lets one edit and delete one’s own, shows a detached thread apart; tabs answer the arrow keys', async () => {
    const s = await setUp('comments-general');
    const { page } = s.app;
    const second = textBlocks(s.rec.body)[1]!;
    await call(s.app.dispatch, 'comment:add', {
      recommendationId: s.rec.id,
      text: 'Préciser qui évalue.',
      anchor: { blockId: second.uid!, start: P2.indexOf('chaque'), end: P2.indexOf('.'), quote: 'chaque année' },
    });
    // The passage commented on disappears from the text.
    await call(s.app.dispatch, 'recommendation:save', {
      recommendationId: s.rec.id,
      baseVersionId: s.rec.headVersionId,
      title: s.rec.title,
      body: body([P1, 'Le suivi est confié au Secrétariat général.'], textBlocks(s.rec.body).map((b) => b.uid!)),
    });
    await openEditor(s);

    const detached = page.getByRole('region', { name: 'Détachés' });
    await detached.waitFor();
    expect(await detached.innerText()).toContain('Préciser qui évalue.');
    expect(await detached.innerText()).toContain('chaque année');

    // The tabs follow the arrow keys.
    await page.getByRole('tab', { name: /Commentaires/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Versions' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Versions');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: /Commentaires/ }).getAttribute('aria-selected')).toBe('true');

    // A general comment, edited, then deleted.
    await page.getByRole('button', { name: 'Commentaire général' }).click();
    await page.getByLabel('Votre commentaire sur la recommandation').fill('Le titre pourrait être plus court.');
    await page.getByRole('button', { name: 'Publier' }).click();
    const general = page.getByRole('region', { name: 'Sur la recommandation' });
    await general.locator('p.comment-text', { hasText: 'Le titre pourrait être plus court.' }).waitFor();
    await general.getByRole('button', { name: 'Modifier' }).click();
    await page.getByLabel('Modifier le commentaire').fill('Le titre pourrait être plus bref.');
    await general.getByRole('button', { name: 'Enregistrer' }).click();
    // The edit box carries its own text (React mirrors a textarea's value into its content), so the
    // saved comment is waited for as a paragraph, once the box has closed.
    await page.getByLabel('Modifier le commentaire').waitFor({ state: 'detached' });
    await general.locator('p.comment-text', { hasText: 'Le titre pourrait être plus bref.' }).waitFor();
    expect(await general.innerText()).toContain('(modifié)');
    await general.getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => general.count()).toBe(0);
    const left = await call(s.app.dispatch, 'comment:list', { recommendationId: s.rec.id });
    expect(left.map((thread) => [thread.text, thread.anchor?.state ?? null])).toEqual([['Préciser qui évalue.', 'detached']]);
  });
});
