/**
 * The command line as a separate process, as a user or a script runs it: exit status, what goes to
 * stdout and to stderr. Everything else is tested in-process (cliInProcess.ts), which is faster.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFrenchTypography } from '../../../shared/typography/french';
import { COMMANDS } from '../../../electron/cli/commands';
import { MESSAGES } from '../../../electron/cli/messages';
import { OPTIONS } from '../../../electron/cli/options';
import { dumpDatabase, runCli, tempFolder } from './cliProcess';
import { runOk } from './cliInProcess';

describe('palabre as a process', { timeout: 60_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let meetingId: string;
  let committeeId: string;
  beforeAll(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'process.sqlite');
    meetingId = (await runOk(['meeting', 'create', '--db', db, '--title', 'Réunion', '--venue', 'Bamako', '--from', '2025-11-17', '--to', '2025-11-19'])).trim();
    committeeId = (await runOk(['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'Alerte précoce'])).trim();
  });
  afterAll(() => folder.remove());

  it('exits 0 and prints only the new id on stdout', async () => {
    const result = await runCli(['recommendation', 'add', '--db', db, '--meeting', meetingId, '--committee', committeeId, '--title', 'Créer un réseau', '--text', 'Considérant…\n\nLes experts recommandent.']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
  });

  it('exits 2 with one line on stderr, in the user’s language, and changes nothing', async () => {
    const before = dumpDatabase(db);
    const result = await runCli(['recommendation', 'add', '--db', db, '--meeting', meetingId, '--committee', committeeId, '--title', '  ', '--text', 'x'], 'en_GB.UTF-8');
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'The title cannot be empty.\n' });
    expect(dumpDatabase(db)).toBe(before);
  });

  it('exits 1 on a file that is not a Palabre database', async () => {
    const result = await runCli(['meeting', 'list', '--db', __filename]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('what the command line says', () => {
  it('follows French typography in every French message, option and summary', () => {
    const french = [
      ...Object.values(MESSAGES).map((m) => m.fr),
      ...Object.values(OPTIONS).flatMap((o) => [o.help.fr, ...('placeholder' in o ? [o.placeholder.fr] : [])]),
      ...COMMANDS.flatMap((c) => [c.summary.fr, ...Object.values(c.optionHelp ?? {}).map((h) => h.fr)]),
    ];
    for (const text of french) expect(applyFrenchTypography(text), text).toBe(text);
  });
});
