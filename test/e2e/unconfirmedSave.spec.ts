/**
 * A save the disk does not confirm (the sync of the -wal file fails): the editor says the text is
 * stored but unconfirmed — not « Non enregistré », which would be untrue — keeps retrying, and the
 * text is in the database. The failure is made real: the -wal path becomes a folder, which cannot
 * be synced, while SQLite goes on writing through the file it has open.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { createContext } from '../../electron/main/services/context';
import { seedDemoMeeting } from '../../electron/main/services/demo';
import { storedBodyJson } from '../helpers/storedBodies';
import { launchApp, type LaunchedApp } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'palabre-unconfirmed-'));
let app: LaunchedApp | undefined;
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a save the disk does not confirm', () => {
  it('is told as stored but unconfirmed, in French, and the text is in the database', async () => {
    const dbPath = join(dir, 'demo.sqlite');
    app = await launchApp({ dbPath, locale: 'fr' });
    const { page, dispatch } = app;
    const { meetingId } = seedDemoMeeting(createContext(app.db));
    const rec = (await call(dispatch, 'meeting:get', { meetingId })).recommendations[0]!;
    await page.goto(`${app.url}#/meeting/${meetingId}/rec/${rec.id}`);
    await page.reload();
    const editor = page.locator('[contenteditable="true"]').first();
    await editor.waitFor();
    renameSync(`${dbPath}-wal`, `${dbPath}-wal.moved`);
    mkdirSync(`${dbPath}-wal`);
    await editor.click();
    await page.keyboard.type('Texte ajouté pendant la panne ');
    const state = page.locator('.save-state');
    await expect.poll(() => state.textContent(), { timeout: 15_000 }).toContain('Enregistré, mais le disque n’a pas confirmé l’écriture');
    expect(await state.textContent()).not.toContain('Non enregistré');
    expect(await state.textContent()).toContain('Nouvel essai automatique');
    const head = app.db.prepare('SELECT head_version_id AS id FROM recommendations WHERE id = ?').get(rec.id) as { id: string };
    expect(storedBodyJson(app.db, head.id)).toContain('Texte ajouté pendant la panne');
  });
});
