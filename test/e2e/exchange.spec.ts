/**
 * Packages through the browser bridge, as the renderer will use them: the page receives opaque
 * tokens for the files "chosen in a dialog" and never a path; import and export reach the real
 * handlers over the real database.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { exportPackage } from '../../electron/main/services/exchange/exportPackage';
import { openTempStore, type TempStore } from '../helpers/tempDb';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let secretariat: TempStore;
let meetingId: string;
let packagePath: string;

type Call = (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
type Api = { package: { import: Call; export: Call } };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-exchange-e2e-'));
  const page = join(dir, 'page');
  mkdirSync(page);
  writeFileSync(join(page, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body></body></html>');
  secretariat = await openTempStore();
  const meeting = await call(secretariat.dispatch, 'meeting:create', { title: 'Réunion des experts «\u00A0Sahel\u00A0»', venue: 'Bamako' });
  meetingId = meeting.id;
  const committee = await call(secretariat.dispatch, 'committee:add', { meetingId, name: 'Alerte précoce' });
  await call(secretariat.dispatch, 'recommendation:create', { meetingId, committeeId: committee.id, title: 'Renforcer l’alerte précoce' });
  packagePath = join(dir, 'reunion.palabre');
  exportPackage(secretariat.ctx, { meetingId, kind: 'meeting', path: packagePath });
  app = await launchApp({ dbPath: join(dir, 'expert.sqlite'), rendererDir: page });
});

afterAll(async () => {
  await app?.close();
  secretariat?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('packages over the bridge', () => {
  it('imports and exports by token; a path sent by the page is refused', async () => {
    const token = app.grantFile(packagePath, 'read');
    const imported = await app.page.evaluate((t) => (window as unknown as { api: Api }).api.package.import({ fileTokens: [t] }), token);
    expect(imported.ok).toBe(true);
    expect(imported.value).toMatchObject({ meetingId, meetingCreated: true, files: [{ name: 'reunion.palabre', kind: 'meeting' }] });
    expect(JSON.stringify(imported.value)).not.toContain(dir);

    const byPath = await app.page.evaluate((p) => (window as unknown as { api: Api }).api.package.import({ fileTokens: [p] }), packagePath);
    expect(byPath).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const out = join(dir, 'contribution.palabre');
    const saveToken = app.grantFile(out, 'write');
    const exported = await app.page.evaluate(
      ([t, id]) => (window as unknown as { api: Api }).api.package.export({ meetingId: id, kind: 'contribution', fileToken: t }),
      [saveToken, meetingId] as const,
    );
    // Nothing changed since the meeting package: the (thin) contribution lists no recommendation.
    expect(exported).toMatchObject({ ok: true, value: { name: 'contribution.palabre', kind: 'contribution', recommendationCount: 0 } });
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'palabre-package', kind: 'contribution', meeting: { id: meetingId } });
  });
});
