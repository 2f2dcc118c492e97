/** `backup list`, `backup create`, `backup restore FILE` on a real database file. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase, runCli, runOk, tempFolder } from './cliInProcess';

describe('backup commands', () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  beforeEach(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'palabre.sqlite');
    await runOk(['meeting', 'create', '--db', db, '--title', 'Réunion des experts, Bamako', '--venue', 'Bamako', '--from', '2025-11-17', '--to', '2025-11-19']);
  });
  afterEach(() => folder.remove());

  it('create a backup, list it, and restore it by name, keeping the state before the restore', async () => {
    expect(await runOk(['backup', 'list', '--db', db])).toBe('Aucune sauvegarde.\n');
    const name = (await runOk(['backup', 'create', '--db', db])).trim();
    expect(name).toMatch(/^palabre\.sqlite\.v\d+\.\d{4}-\d\d-\d\dT[\d-]+Z\.manual\.sqlite$/);
    const snapshot = dumpDatabase(db);
    await runOk(['meeting', 'create', '--db', db, '--title', 'Forum de Dakar', '--venue', 'Dakar', '--from', '2025-12-01', '--to', '2025-12-02']);

    const list = await runOk(['backup', 'list', '--db', db]);
    expect(list).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  manuelle  \\d+,\\d\u00A0Ko\\n$`));
    const json = JSON.parse(await runOk(['backup', 'list', '--db', db, '--json'])) as Array<{ id: string; reason: string }>;
    expect(json.map((b) => [b.id, b.reason])).toEqual([[name, 'manual']]);

    const restored = await runOk(['backup', 'restore', name, '--db', db]);
    expect(restored).toMatch(/^Base restaurée depuis palabre\.sqlite\..+\.manual\.sqlite\. Sauvegarde de l’état précédent\u00A0: .+\.before-restore\.sqlite\n$/);
    expect(dumpDatabase(db)).toBe(snapshot);
    expect(await runOk(['meeting', 'list', '--db', db])).not.toContain('Forum de Dakar');
  });

  it('restore from a file path, and refuse a file that is not a Palabre database, in English too, exit 2', async () => {
    const other = join(folder.dir, 'copie.sqlite');
    await runOk(['meeting', 'create', '--db', other, '--title', 'Réunion copiée', '--venue', 'Niamey', '--from', '2025-12-01', '--to', '2025-12-02']);
    await runOk(['backup', 'restore', other, '--db', db]);
    expect(await runOk(['meeting', 'list', '--db', db])).toContain('Réunion copiée');

    const before = dumpDatabase(db);
    const missing = await runCli(['backup', 'restore', join(folder.dir, 'absente.sqlite'), '--db', db], 'en_GB.UTF-8');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Backup not found: .*absente\.sqlite\n$/);
    const notDb = await runCli(['backup', 'restore', join(__dirname, 'backup.test.ts'), '--db', db], 'en_GB.UTF-8');
    expect(notDb.code).toBe(2);
    expect(notDb.stderr).toMatch(/^This file is not a usable Palabre backup \(.+\); nothing was changed\.\n$/);
    const itself = await runCli(['backup', 'restore', db, '--db', db], 'en_GB.UTF-8');
    expect(itself.code).toBe(2);
    expect(itself.stderr).toContain('it is the open database itself');
    expect(dumpDatabase(db)).toBe(before);
  });
});
