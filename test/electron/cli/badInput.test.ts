import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase, runCli, runOk, tempFolder } from './cliProcess';

/** A well-formed id that names nothing in the database. */
const UNKNOWN_ID = '3f1c2a7e-8d4b-4c1e-9a2b-5e6f7a8b9c0d';

describe('palabre on bad input', { timeout: 60_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let meetingId: string;
  let before: string;

  beforeAll(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'meeting.sqlite');
    meetingId = (await runOk(['demo', '--db', db])).trim();
    await runOk(['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'Questions diverses']);
    before = dumpDatabase(db);
  }, 60_000);
  afterAll(() => folder.remove());

  const meetingCreate = (...changes: string[]) => {
    const options = new Map([['--title', 'Réunion de Ouagadougou'], ['--venue', 'Ouagadougou'], ['--from', '2026-04-13'], ['--to', '2026-04-15']]);
    for (let i = 0; i < changes.length; i += 2) {
      if (changes[i + 1] === undefined) options.delete(changes[i]!);
      else options.set(changes[i]!, changes[i + 1]!);
    }
    return ['meeting', 'create', '--db', '{db}', ...[...options].flat()];
  };

  const cases: Array<[string, () => string[], RegExp]> = [
    ['an unknown command', () => ['frobnicate', '--db', db], /^Commande inconnue : frobnicate/],
    ['a missing subcommand', () => ['meeting', '--db', db], /^Sous-commande manquante : meeting create, meeting list$/],
    ['a missing --title', () => meetingCreate('--title'), /^Option obligatoire manquante : --title$/],
    ['a missing value', () => ['list', '--db', db, '--meeting'], /^Valeur manquante après --meeting$/],
    ['an option of another command', () => ['list', '--db', db, '--meeting', meetingId, '--title', 'x'], /^Option inconnue pour cette commande : --title/],
    ['an invalid date', () => meetingCreate('--from', '2026-13-01'), /^Données invalides : --from: /],
    ['a date written the French way', () => meetingCreate('--to', '15/04/2026'), /^Données invalides : --to: /],
    ['an end before the start', () => meetingCreate('--to', '2026-04-01'), /^La date de fin précède la date de début\.$/],
    ['an empty title', () => meetingCreate('--title', '  '), /^Le titre ne peut pas être vide\.$/],
    ['an unknown meeting (list)', () => ['list', '--db', db, '--meeting', UNKNOWN_ID], new RegExp(`^Introuvable : ${UNKNOWN_ID}$`)],
    ['an unknown meeting (search)', () => ['search', '--db', db, '--meeting', UNKNOWN_ID, 'alerte'], /^Introuvable : /],
    ['an unknown meeting (committee add)', () => ['committee', 'add', '--db', db, '--meeting', UNKNOWN_ID, '--name', 'Budget'], /^Introuvable : /],
    [
      'an unknown meeting (participant add)',
      () => ['participant', 'add', '--db', db, '--meeting', UNKNOWN_ID, '--name', 'Awa Sow', '--delegation', 'Niger', '--role', 'expert'],
      /^Introuvable : /,
    ],
    ['a malformed meeting id', () => ['list', '--db', db, '--meeting', 'reunion-1'], /^Données invalides : --meeting: /],
    [
      'an unknown role',
      () => ['participant', 'add', '--db', db, '--meeting', meetingId, '--name', 'Awa Sow', '--delegation', 'Niger', '--role', 'ministre'],
      /^Données invalides : --role: /,
    ],
    ['a committee name already taken', () => ['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'questions diverses'], /^Ce nom existe déjà : /],
    ['a search without text', () => ['search', '--db', db, '--meeting', meetingId], /^Indiquez le texte à rechercher/],
    ['a stray argument', () => ['list', '--db', db, '--meeting', meetingId, 'encore'], /^Argument inattendu : encore$/],
    ['an unknown language', () => ['list', '--db', db, '--meeting', meetingId, '--lang', 'bm'], /^Langue inconnue : bm \(fr ou en\)$/],
  ];

  it.each(cases)('refuses %s: exit 2, one line on stderr, database unchanged', async (_name, args, message) => {
    const result = await runCli(args().map((arg) => (arg === '{db}' ? db : arg)));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((line) => line.length > 0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(dumpDatabase(db)).toBe(before);
  });

  it('speaks English when LANG or --lang says so', async () => {
    const byEnvironment = await runCli(meetingCreate('--title').map((arg) => (arg === '{db}' ? db : arg)), 'en_GB.UTF-8');
    expect(byEnvironment.stderr.trim()).toBe('Missing required option: --title');
    const byOption = await runCli(['list', '--db', db, '--meeting', UNKNOWN_ID, '--lang', 'en']);
    expect(byOption).toMatchObject({ code: 2, stderr: `Not found: ${UNKNOWN_ID}\n` });
    expect(dumpDatabase(db)).toBe(before);
  });

  it('refuses a database path that does not exist instead of creating an empty one', async () => {
    const missing = join(folder.dir, 'typo.sqlite');
    const result = await runCli(['list', '--db', missing, '--meeting', meetingId]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Base de données introuvable : .*typo\.sqlite/);
    expect(existsSync(missing)).toBe(false);
  });

  it('leaves no new file behind when a command that may create one fails', async () => {
    const fresh = join(folder.dir, 'fresh.sqlite');
    const result = await runCli(meetingCreate('--from', '2026-13-01').map((arg) => (arg === '{db}' ? fresh : arg)));
    expect(result.code).toBe(2);
    expect(existsSync(fresh)).toBe(false);
  });

  it('refuses a file that is not a Palabre database, and leaves it alone (exit 1)', async () => {
    const notDb = join(folder.dir, 'notes.sqlite');
    copyFileSync(__filename, notDb);
    const result = await runCli(['meeting', 'list', '--db', notDb]);
    expect(result.code).toBe(1);
    expect(readFileSync(notDb)).toEqual(readFileSync(__filename));
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Impossible d’ouvrir la base de données|^La base de données est endommagée/);
  });

  it('needs --db', async () => {
    const result = await runCli(['meeting', 'list']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'Option obligatoire manquante : --db\n' });
  });
});
