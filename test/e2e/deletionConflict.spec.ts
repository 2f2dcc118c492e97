/**
 * A recommendation put in the trash by one expert and edited by another reaches the rapporteur as a
 * delete-versus-edit conflict: the conflicts screen says who deleted it and who edited it, in French
 * and in English, and settles it by moving it to the trash (or keeping it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { Office, setUpMeeting, type Meeting } from '../electron/main/services/exchange/laptops';
import { seriousViolations } from './axe';
import { importThroughBridge } from './conflictSetup';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let office: Office;
let m: Meeting;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-deletion-e2e-'));
  office = new Office({ sharedClock: true });
  const sec = await office.laptop('secrétariat');
  m = await setUpMeeting(sec);
  const meeting = sec.send('meeting', m.meetingId, 'reunion.palabre');
  const [awa, kofi] = [await office.laptop('Awa'), await office.laptop('Kofi')];
  for (const [l, p] of [[awa, m.awa], [kofi, m.kofi]] as const) {
    l.receive([meeting]);
    await l.actAs(p.id);
  }
  await call(awa.store.dispatch, 'recommendation:delete', { recommendationId: m.r3.id });
  await kofi.editParagraph(m.r3.id, 0, (t) => t.replace('est créé', 'est créé dès 2027'));
  app = await launchApp({ dbPath: join(dir, 'rapporteur.sqlite'), locale: 'fr' });
  await importThroughBridge(app, meeting);
  await call(app.dispatch, 'profile:set', { participantId: m.rapporteur.id });
  await importThroughBridge(app, kofi.send('contribution', m.meetingId, 'kofi.palabre'));
  const summary = await importThroughBridge(app, awa.send('contribution', m.meetingId, 'awa.palabre'));
  expect(summary.conflicts.map((c) => c.recommendationId)).toEqual([m.r3.id]);
}, 60_000);

afterAll(async () => {
  await app?.close();
  office?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openConflicts(locale: 'fr' | 'en') {
  await app.dispatch('settings:setLocale', { locale });
  await app.page.goto(`${app.url}#/meeting/${m.meetingId}/conflicts`);
  await app.page.reload();
  await app.page.locator('article.conflict-card').first().waitFor();
  await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe(locale);
}

describe('a deletion against an edit on the conflicts screen', { timeout: 60_000 }, () => {
  it('says who deleted it and who edited it, in English too, with no serious accessibility violation', async () => {
    await openConflicts('en');
    const card = app.page.locator('article.conflict-card');
    expect(await card.locator('.conflict-kind').textContent()).toBe('Deletion against an edit');
    expect(await card.getByRole('button', { name: 'Keep the recommendation' }).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Move it to the trash' }).count()).toBe(1);
    expect(await seriousViolations(app.page)).toEqual([]);

    await openConflicts('fr');
    expect(await card.locator('.conflict-kind').textContent()).toBe('Suppression contre modification');
    const sides = card.locator('.conflict-side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).textContent()).toContain('Kofi Mensah');
    expect(await sides.nth(0).textContent()).toContain('Modifiée\u00A0: Former les diplomates à la médiation');
    expect(await sides.nth(1).textContent()).toContain('Awa Sow');
    expect(await sides.nth(1).textContent()).toContain('Mise à la corbeille');
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('moves it to the trash when the rapporteur chooses so, and the conflict is settled', async () => {
    await openConflicts('fr');
    await app.page.locator('article.conflict-card').getByRole('button', { name: 'La mettre à la corbeille' }).click();
    await expect.poll(async () => (await call(app.dispatch, 'trash:list', { meetingId: m.meetingId })).map((t) => t.id)).toEqual([m.r3.id]);
    expect(await call(app.dispatch, 'conflict:list', { meetingId: m.meetingId })).toEqual([]);
    // Kofi's edit went to the trash with it: restored, it is there.
    const restored = await call(app.dispatch, 'recommendation:restore', { recommendationId: m.r3.id });
    expect(JSON.stringify(restored.body)).toContain('est créé dès 2027');
  });
});
