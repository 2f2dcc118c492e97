/**
 * Two processes never write the same database at once: the command line, a real process, refuses a
 * database the app holds open (another real process), says so in the user's language, exits 2 and
 * writes nothing; once the app is gone (even killed), the command works again.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHolder, type Holder } from '../../helpers/processes';
import { sha256 } from '../../helpers/tempDb';
import { runCli as runInProcess, runOk } from './cliInProcess';
import { dumpDatabase, runCli, tempFolder } from './cliProcess';

describe('a database held open by the app', { timeout: 60_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let holder: Holder | undefined;
  beforeEach(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'palabre.sqlite');
    await runOk(['meeting', 'create', '--db', db, '--title', 'Réunion des experts, Bamako', '--venue', 'Bamako', '--from', '2025-11-17', '--to', '2025-11-19']);
  });
  afterEach(async () => {
    await holder?.kill();
    folder.remove();
  });

  it('is refused by the command line, in French and in English, with exit 2 and nothing written', async () => {
    holder = await startHolder(db);
    const before = dumpDatabase(db);
    const bytes = sha256(db);

    const fr = await runCli(['meeting', 'create', '--db', db, '--title', 'Seconde réunion', '--venue', 'Niamey', '--from', '2025-12-01', '--to', '2025-12-02']);
    expect(fr.code).toBe(2);
    expect(fr.stdout).toBe('');
    expect(fr.stderr).toMatch(/^Cette base de données est déjà ouverte par la fenêtre de Palabre \(processus \d+ sur .+\)\u202F; verrou\u00A0: .+palabre\.sqlite\.lock\. Fermez-la d’abord\u202F; rien n’a été modifié\.\n$/u);

    const en = await runCli(['backup', 'create', '--db', db], 'en_GB.UTF-8');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('This database is already open in the Palabre window');

    expect(dumpDatabase(db)).toBe(before);
    expect(sha256(db)).toBe(bytes);
  });

  it('leaves no lock file beside a file that turns out not to be a database', async () => {
    const notes = join(folder.dir, 'notes.txt');
    writeFileSync(notes, 'Compte rendu de la séance du matin.\n'.repeat(400));
    const result = await runInProcess(['meeting', 'list', '--db', notes]);
    expect(result.code).toBe(1);
    expect(readdirSync(folder.dir).filter((name) => name.startsWith('notes'))).toEqual(['notes.txt']);
  });

  it('opens again for the command line once the app was killed', async () => {
    holder = await startHolder(db);
    await holder.kill();
    const result = await runCli(['meeting', 'list', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Réunion des experts, Bamako');
  });
});
