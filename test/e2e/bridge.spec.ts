/**
 * The browser bridge itself, on a tiny page of its own: window.api reaches the real handlers over
 * the real SQLite file, errors come back as values, and the CSP blocks inline scripts and the network.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-bridge-'));
  const page = join(dir, 'page');
  mkdirSync(page);
  writeFileSync(
    join(page, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>
     <div id="out"></div>
     <script>window.inlineRan = true;</script>
     <script src="app.js"></script></body></html>`,
  );
  writeFileSync(join(page, 'app.js'), `window.externalRan = true;`);
  app = await launchApp({ dbPath: join(dir, 'db.sqlite'), rendererDir: page });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser bridge', () => {
  it('answers the file dialogs as scripted, with tokens and names but never a path', async () => {
    const file = join(dir, 'Contribution d’Awa.palabre');
    writeFileSync(file, 'PK');
    app.answerDialogs({ open: [file] });
    const chooseOpen = () =>
      app.page.evaluate(async () => {
        const api = (window as unknown as { api: { file: { chooseOpen(i: unknown): Promise<unknown> } } }).api;
        return api.file.chooseOpen({ purpose: 'import' });
      });
    const opened = await chooseOpen();
    expect(opened).toMatchObject({ ok: true, value: { files: [{ name: 'Contribution d’Awa.palabre', size: 2 }] } });
    expect(JSON.stringify(opened)).not.toContain(dir);
    // Nothing scripted: the next dialog is cancelled.
    expect(await chooseOpen()).toEqual({ ok: true, value: { files: [] } });
    expect(app.dialogsShown.map((d) => d.purpose)).toEqual(['import', 'import']);
  });

  it('exposes window.api with named calls that reach the real database', async () => {
    const created = await app.page.evaluate(async () => {
      const api = (window as unknown as { api: { meeting: { create(i: unknown): Promise<{ ok: boolean; value: { id: string; title: string } }> } } }).api;
      return api.meeting.create({ title: 'Réunion d’experts « Sahel »', venue: 'Bamako' });
    });
    expect(created.ok).toBe(true);
    expect(created.value.title).toBe('Réunion d’experts « Sahel »');
    const row = app.db.prepare('SELECT title FROM meetings WHERE id = ?').get(created.value.id) as { title: string };
    expect(row.title).toBe('Réunion d’experts « Sahel »');
  });

  it('returns validation failures as error values in both languages', async () => {
    const result = await app.page.evaluate(async () => {
      const api = (window as unknown as { api: { meeting: { create(i: unknown): Promise<unknown> } } }).api;
      return api.meeting.create({ title: 42, extra: true });
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const message = (result as { error: { message: { fr: string; en: string } } }).error.message;
    expect(message.fr).toMatch(/^Données invalides/);
    expect(message.en).toMatch(/^Invalid input/);
  });

  it('freezes the api so page scripts cannot replace a channel', async () => {
    const replaced = await app.page.evaluate(() => {
      const api = (window as unknown as { api: Record<string, Record<string, unknown>> }).api;
      try {
        api.meeting!.create = () => 'hijacked';
      } catch {
        /* strict-mode pages throw; either way the call must stay ours */
      }
      return typeof api.meeting!.create === 'function' && api.meeting!.create.toString().includes('hijacked');
    });
    expect(replaced).toBe(false);
  });

  it('blocks inline scripts (CSP) but runs the page’s own script files', async () => {
    const flags = await app.page.evaluate(() => ({
      inline: (window as unknown as { inlineRan?: boolean }).inlineRan ?? false,
      external: (window as unknown as { externalRan?: boolean }).externalRan ?? false,
    }));
    expect(flags).toEqual({ inline: false, external: true });
  });

  it('lets nothing reach the network', async () => {
    const outcome = await app.page.evaluate(async () => {
      try {
        await fetch('https://example.org/');
        return 'reached';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
  });
});
