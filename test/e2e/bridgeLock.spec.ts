/**
 * The browser bridge holds the database the way the desktop app does: while it is open, the command
 * line refuses the file (exit 2, who holds it named) and changes nothing; once closed, the file is free.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpDatabase, runCli } from '../electron/cli/cliProcess';
import { launchApp } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'palabre-bridge-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the browser bridge and the database lock', () => {
  it('the command line refuses a database the bridge holds, and may use it once the bridge is closed', async () => {
    const dbPath = join(dir, 'palabre.sqlite');
    const app = await launchApp({ dbPath });
    let closed = false;
    try {
      await app.page.getByRole('heading', { level: 1 }).first().waitFor();
      const before = dumpDatabase(dbPath);
      const refused = await runCli(['meeting', 'create', '--db', dbPath, '--title', 'Réunion de Lomé', '--venue', 'Lomé', '--from', '2026-05-04', '--to', '2026-05-05']);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(new RegExp(`^Cette base de données est déjà ouverte par la fenêtre de Palabre \\(processus ${process.pid} sur `));
      expect(dumpDatabase(dbPath)).toBe(before);
      await app.close();
      closed = true;
      const created = await runCli(['meeting', 'create', '--db', dbPath, '--title', 'Réunion de Lomé', '--venue', 'Lomé', '--from', '2026-05-04', '--to', '2026-05-05']);
      expect(created.code, created.stderr).toBe(0);
    } finally {
      if (!closed) await app.close();
    }
  });

  it('a second bridge on the same file is refused with the same message, and the first goes on', async () => {
    const dbPath = join(dir, 'second.sqlite');
    const first = await launchApp({ dbPath });
    try {
      await expect(launchApp({ dbPath })).rejects.toThrow(/already open in the Palabre window/);
      expect(await first.dispatch('meeting:list', {})).toMatchObject({ ok: true });
    } finally {
      await first.close();
    }
  });
});
