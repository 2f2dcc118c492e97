/**
 * A rapporteur imports two contributions that changed the same sentence of two recommendations,
 * and settles it all in the app: one conflict by keeping both paragraphs, one by editing the text;
 * the editor shows the result and the meeting's count of conflicts drops to zero; then a pair of
 * near-duplicates is merged. Both screens pass an axe audit in French and in English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { seriousViolations } from './axe';
import { importInto, prepareContributions, type ConflictScene } from './conflictSetup';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let scene: ConflictScene;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-conflicts-e2e-'));
  const prepared = await prepareContributions();
  scene = prepared.scene;
  app = await launchApp({ dbPath: join(dir, 'rapporteur.sqlite'), locale: 'fr' });
  const summary = await importInto(app, scene, prepared.files);
  expect(summary.conflicts.map((c) => c.recommendationId).sort()).toEqual([scene.m.r1.id, scene.m.r2.id].sort());
  expect(summary.duplicates).toHaveLength(1);
}, 60_000);

afterAll(async () => {
  await app?.close();
  scene?.office.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(hash: string, locale: 'fr' | 'en' = 'fr') {
  await app.dispatch('settings:setLocale', { locale });
  await app.page.goto(`${app.url}#${hash}`);
  await app.page.reload();
  await app.page.locator('main h1').first().waitFor();
  await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe(locale);
}

const conflictsHash = () => `/meeting/${scene.m.meetingId}/conflicts`;
const duplicatesHash = () => `/meeting/${scene.m.meetingId}/duplicates`;

describe.each(['fr', 'en'] as const)('accessibility of the conflict screens (%s)', (locale) => {
  it('conflicts and duplicates have no serious violation', async () => {
    await open(conflictsHash(), locale);
    await app.page.locator('article.conflict-card').first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await open(duplicatesHash(), locale);
    await app.page.locator('article.duplicate-card').first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});

describe('settling the conflicts', { timeout: 60_000 }, () => {
  it('shows the count on the meeting page, on the editor page, and the three sides with their authors', async () => {
    await open(`/meeting/${scene.m.meetingId}`);
    await expect.poll(() => app.page.getByRole('link', { name: '2 conflits à résoudre' }).count()).toBe(1);
    expect(await app.page.locator('.rec-row', { hasText: 'Partager l’information' }).locator('.badge-conflict').textContent()).toBe('1 conflit');
    expect(await app.page.locator('.badge-conflict').count()).toBe(2);
    await open(`/meeting/${scene.m.meetingId}/rec/${scene.m.r2.id}`);
    await expect.poll(() => app.page.locator('.conflict-notice').textContent()).toContain('1 conflit à résoudre');

    await open(conflictsHash());
    const card = app.page.locator('article.conflict-card', { hasText: 'Partager l’information' });
    const sides = card.locator('.conflict-side');
    await expect.poll(() => sides.count()).toBe(3);
    expect(await sides.nth(0).textContent()).toContain('menaces transfrontalières');
    // Mine is Awa's (imported first), theirs Moussa's, each with their words marked against the base.
    expect(await sides.nth(1).textContent()).toContain('Awa Sow');
    expect(await sides.nth(1).locator('ins').allTextContents()).toEqual([expect.stringContaining('terroristes')]);
    expect(await sides.nth(2).textContent()).toContain('Moussa Traoré');
    // And when each side was written.
    for (const i of [0, 1, 2]) expect(await sides.nth(i).locator('.conflict-side-date').textContent()).toMatch(/^écrite le \d/);
    expect(await sides.nth(2).locator('ins').first().textContent()).toContain('trafics transfrontaliers');
    // Nothing is final yet: the text is still mine.
    expect((await call(app.dispatch, 'recommendation:get', { recommendationId: scene.m.r2.id })).title).toBe('Partager l’information');
  });

  it('keep both, then edit: the editor shows the result and the count drops to zero', async () => {
    await open(conflictsHash());
    const both = app.page.locator('article.conflict-card', { hasText: 'Partager l’information' });
    await both.getByRole('button', { name: 'Garder les deux' }).click();
    await app.page.locator('#conflicts-resolved').waitFor();
    expect(await app.page.locator('#conflicts-open').textContent()).toBe('1 conflit à résoudre');

    const edit = app.page.locator('#conflicts-open ~ article.conflict-card', { hasText: 'Renforcer les systèmes' });
    await edit.getByRole('button', { name: 'Modifier…' }).click();
    const box = edit.getByLabel('Texte à retenir');
    expect(await box.inputValue()).toContain('modernisent');
    await box.fill('Les États membres modernisent et financent les mécanismes nationaux d’alerte précoce.');
    await edit.getByRole('button', { name: 'Retenir ce texte' }).click();
    await expect.poll(() => app.page.locator('#conflicts-open').textContent()).toBe('Aucun conflit à résoudre.');
    const resolved = app.page.locator('section[aria-labelledby="conflicts-resolved"] article.conflict-card');
    expect(await resolved.count()).toBe(2);
    expect((await resolved.allTextContents()).join(' ')).toMatch(/Gardé les deux.*Issouf Ouédraogo|Texte modifié.*Issouf Ouédraogo/);

    // The editor shows both sentences of R2, one after the other, and the edited sentence of R1.
    await open(`/meeting/${scene.m.meetingId}/rec/${scene.m.r2.id}`);
    const r2 = app.page.locator('[contenteditable="true"]').last();
    await expect.poll(() => r2.textContent()).toContain('trafics transfrontaliers');
    expect(await r2.textContent()).toContain('menaces terroristes');
    expect(await app.page.locator('.conflict-notice').count()).toBe(0);
    await open(`/meeting/${scene.m.meetingId}/rec/${scene.m.r1.id}`);
    await expect.poll(() => app.page.locator('[contenteditable="true"]').last().textContent()).toContain('modernisent et financent');

    await open(`/meeting/${scene.m.meetingId}`);
    const link = app.page.locator('a[href$="/conflicts"]');
    await expect.poll(() => link.getAttribute('data-open-conflicts')).toBe('0');
    expect(await link.textContent()).toBe('Conflits');
    expect(await app.page.locator('.badge-conflict').count()).toBe(0);
    expect(await call(app.dispatch, 'conflict:list', { meetingId: scene.m.meetingId })).toEqual([]);
  });
});

describe('consolidating a near-duplicate pair', { timeout: 60_000 }, () => {
  it('shows the pair with its similarity and authors, asks which to keep, and marks the other merged into it', async () => {
    await open(duplicatesHash());
    const card = app.page.locator('article.duplicate-card');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('h3').textContent()).toMatch(/^Similarité\u00A0: \d{2,3}\u00A0%$/);
    expect(await card.textContent()).toContain('Proposée par Awa Sow');
    expect(await card.textContent()).toContain('Proposée par Moussa Traoré');

    await card.getByRole('button', { name: 'Fusionner…' }).click();
    const dialog = app.page.getByRole('alertdialog', { name: 'Fusionner deux recommandations' });
    await dialog.getByLabel('Système régional d’alerte précoce', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Fusionner', exact: true }).click();

    await expect.poll(() => app.page.locator('#duplicates-pairs').textContent()).toBe('Aucun doublon probable.');
    const merged = app.page.locator('.duplicate-merged li');
    expect(await merged.textContent()).toContain('Créer un système régional d’alerte précoce');
    expect(await merged.textContent()).toContain('Fusionnée dans «\u00A0Système régional d’alerte précoce\u00A0»');
    expect((await call(app.dispatch, 'recommendation:get', { recommendationId: scene.awaDuplicateId })).status).toBe('merged_into');
    expect((await call(app.dispatch, 'recommendation:get', { recommendationId: scene.moussaDuplicateId })).status).not.toBe('merged_into');
  });
});
