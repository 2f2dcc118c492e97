/**
 * The history after a rapporteur imports five experts' contributions to one recommendation at
 * once: one merge version, signed by the rapporteur, crediting the first experts by name and the
 * rest by number (all of them on hover), in French and in English. Set PALABRE_SHOTS to a folder
 * to keep a screenshot of the panel.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { Office, setUpMeeting, type Meeting } from '../electron/main/services/exchange/laptops';
import { importThroughBridge } from './conflictSetup';
import { launchApp, type LaunchedApp } from './harness';

const EXPERTS = ['Awa Sow', 'Kofi Mensah', 'Moussa Traoré', 'Aïcha Koné', 'Ibrahim Diallo'];

let dir: string;
let app: LaunchedApp;
let office: Office;
let m: Meeting;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-merge-history-e2e-'));
  office = new Office();
  const sec = await office.laptop('secrétariat');
  m = await setUpMeeting(sec);
  const ids = new Map([['Awa Sow', m.awa.id], ['Kofi Mensah', m.kofi.id], ['Moussa Traoré', m.moussa.id]]);
  for (const name of EXPERTS.slice(3)) {
    ids.set(name, (await call(sec.store.dispatch, 'participant:add', { meetingId: m.meetingId, name, delegation: name === 'Aïcha Koné' ? 'Côte d’Ivoire' : 'Sénégal', role: 'expert' })).id);
  }
  const meeting = sec.send('meeting', m.meetingId, 'reunion.palabre');
  // Each expert writes their name into R1, each in a place of their own: after the first word of a paragraph, or at its end.
  const files: string[] = [];
  for (const [i, name] of EXPERTS.entries()) {
    const laptop = await office.laptop(name);
    laptop.receive([meeting]);
    await laptop.actAs(ids.get(name)!);
    await laptop.editParagraph(m.r1.id, i % 3, (t) => (i < 3 ? t.replace(/^(\S+)/, `$1 (${name})`) : `${t} (${name})`));
    files.push(laptop.send('contribution', m.meetingId, `contribution-${i + 1}.palabre`));
  }
  app = await launchApp({ dbPath: join(dir, 'rapporteur.sqlite'), locale: 'fr' });
  await importThroughBridge(app, meeting);
  await call(app.dispatch, 'profile:set', { participantId: m.rapporteur.id });
  // The rapporteur's own edit first: the contributions are merged, not fast-forwarded.
  const rec = await call(app.dispatch, 'recommendation:get', { recommendationId: m.r1.id });
  await call(app.dispatch, 'recommendation:save', { recommendationId: rec.id, baseVersionId: rec.headVersionId, title: 'Renforcer l’alerte précoce', body: rec.body });
  const tokens = files.map((f) => app.grantFile(f, 'read'));
  const summary = await app.page.evaluate(
    (t) => (window as unknown as { api: { package: { import(input: unknown): Promise<{ ok: boolean; value?: { merged: string[] } }> } } }).api.package.import({ fileTokens: t }),
    tokens,
  );
  expect(summary.value?.merged).toEqual([m.r1.id]);
}, 90_000);

afterAll(async () => {
  await app?.close();
  office?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the history of an import’s merge', { timeout: 60_000 }, () => {
  it.each([
    ['fr', 'Versions', 'avec Awa Sow, Kofi Mensah, Moussa Traoré et 2\u00A0autres', 'Fusion'],
    ['en', 'Versions', 'with Awa Sow, Kofi Mensah, Moussa Traoré and 2 others', 'Merged'],
  ] as const)('shows one merge by the rapporteur, the experts credited (%s)', async (locale, tab, credit, origin) => {
    const { page } = app;
    await app.dispatch('settings:setLocale', { locale });
    await page.goto(`${app.url}#/meeting/${m.meetingId}/rec/${m.r1.id}`);
    await page.reload();
    await page.locator('.editor-surface, [contenteditable="true"]').first().waitFor();
    await page.getByRole('tab', { name: tab }).click();
    const current = page.locator('.history-list > li[aria-current="true"]');
    await expect.poll(() => current.innerText()).toContain('Issouf Ouédraogo');
    expect((await current.locator('.version-coauthors').innerText()).trim()).toBe(credit);
    expect(await current.locator('.version-coauthors').getAttribute('title')).toBe(EXPERTS.join(', '));
    expect(await current.innerText()).toContain(origin);
    // Above the rapporteur's edit: the five experts' versions and one merge, not five.
    const origins = await page.locator('.history-list > li .origin').allTextContents();
    expect(origins.filter((o) => o === origin)).toHaveLength(1);
    if (process.env.PALABRE_SHOTS) await page.locator('.history-list').screenshot({ path: join(process.env.PALABRE_SHOTS, `merge-history-${locale}.png`) });
  });
});
