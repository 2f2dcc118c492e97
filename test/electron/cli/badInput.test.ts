import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase, runCli, runOk, tempFolder } from './cliInProcess';

/** A well-formed id that names nothing in the database. */
const UNKNOWN_ID = '3f1c2a7e-8d4b-4c1e-9a2b-5e6f7a8b9c0d';

describe('palabre on bad input', { timeout: 60_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let meetingId: string;
  let before: string;
  /** A draft recommendation of the demo, and its committee. */
  let draftId: string;
  let committeeId: string;
  let stranger: string;
  let hugeFile: string;

  beforeAll(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'meeting.sqlite');
    meetingId = (await runOk(['demo', '--db', db])).trim();
    await runOk(['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'Questions diverses']);
    const items = JSON.parse(await runOk(['list', '--db', db, '--meeting', meetingId, '--json'])) as Array<{ id: string; status: string; committeeId: string }>;
    const draft = items.find((item) => item.status === 'draft')!;
    draftId = draft.id;
    committeeId = draft.committeeId;
    const other = (await runOk(['meeting', 'create', '--db', db, '--title', 'Autre réunion', '--venue', 'Lomé', '--from', '2026-01-05', '--to', '2026-01-06'])).trim();
    stranger = (await runOk(['participant', 'add', '--db', db, '--meeting', other, '--name', 'Kofi Mensah', '--delegation', 'Togo', '--role', 'expert'])).trim();
    hugeFile = join(folder.dir, 'collage.txt');
    writeFileSync(hugeFile, 'Considérant que la coordination diplomatique est essentielle ; '.repeat(80_000), 'utf8');
    before = dumpDatabase(db);
  }, 60_000);

  const add = (...changes: Array<string | undefined>) => {
    const options = new Map([['--meeting', meetingId], ['--committee', committeeId], ['--title', 'Nouvelle recommandation'], ['--text', 'Les experts recommandent.']]);
    for (let i = 0; i < changes.length; i += 2) {
      if (changes[i + 1] === undefined) options.delete(changes[i]!);
      else options.set(changes[i]!, changes[i + 1]!);
    }
    return ['recommendation', 'add', '--db', db, ...[...options].flat()];
  };
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
    ['an unknown command', () => ['frobnicate', '--db', db], /^Commande inconnue\u00A0: frobnicate/],
    ['a missing subcommand', () => ['meeting', '--db', db], /^Sous-commande manquante\u00A0: meeting create, meeting list$/],
    ['a missing --title', () => meetingCreate('--title'), /^Option obligatoire manquante\u00A0: --title$/],
    ['a missing value', () => ['list', '--db', db, '--meeting'], /^Valeur manquante après --meeting$/],
    ['an option of another command', () => ['list', '--db', db, '--meeting', meetingId, '--title', 'x'], /^Option inconnue pour cette commande\u00A0: --title/],
    ['an invalid date', () => meetingCreate('--from', '2026-13-01'), /^Données invalides\u00A0: --from: /],
    ['a date written the French way', () => meetingCreate('--to', '15/04/2026'), /^Données invalides\u00A0: --to: /],
    ['an end before the start', () => meetingCreate('--to', '2026-04-01'), /^La date de fin précède la date de début\.$/],
    ['an empty title', () => meetingCreate('--title', '  '), /^Le titre ne peut pas être vide\.$/],
    ['an unknown meeting (list)', () => ['list', '--db', db, '--meeting', UNKNOWN_ID], new RegExp(`^Introuvable\u00A0: ${UNKNOWN_ID}$`)],
    ['an unknown meeting (search)', () => ['search', '--db', db, '--meeting', UNKNOWN_ID, 'alerte'], /^Introuvable\u00A0: /],
    ['an unknown meeting (committee add)', () => ['committee', 'add', '--db', db, '--meeting', UNKNOWN_ID, '--name', 'Budget'], /^Introuvable\u00A0: /],
    [
      'an unknown meeting (participant add)',
      () => ['participant', 'add', '--db', db, '--meeting', UNKNOWN_ID, '--name', 'Awa Sow', '--delegation', 'Niger', '--role', 'expert'],
      /^Introuvable\u00A0: /,
    ],
    ['a malformed meeting id', () => ['list', '--db', db, '--meeting', 'reunion-1'], /^Données invalides\u00A0: --meeting: /],
    [
      'an unknown role',
      () => ['participant', 'add', '--db', db, '--meeting', meetingId, '--name', 'Awa Sow', '--delegation', 'Niger', '--role', 'ministre'],
      /^Données invalides\u00A0: --role: /,
    ],
    ['a committee name already taken', () => ['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'questions diverses'], /^Ce nom existe déjà\u00A0: /],
    ['a search without text', () => ['search', '--db', db, '--meeting', meetingId], /^Indiquez le texte à rechercher/],
    ['a stray argument', () => ['list', '--db', db, '--meeting', meetingId, 'encore'], /^Argument inattendu\u00A0: encore$/],
    ['an unknown language', () => ['list', '--db', db, '--meeting', meetingId, '--lang', 'bm'], /^Langue inconnue\u00A0: bm \(fr ou en\)$/],
    ['a recommendation with an empty title', () => add('--title', '   '), /^Le titre ne peut pas être vide\.$/],
    ['a recommendation in an unknown committee', () => add('--committee', UNKNOWN_ID), new RegExp(`^Commission introuvable\u00A0: ${UNKNOWN_ID}$`)],
    ['a recommendation without text', () => add('--text'), /^Donnez le texte avec --text ou avec --file, l’un des deux$/],
    ['a recommendation with both --text and --file', () => add('--file', hugeFile), /^Donnez le texte avec --text ou avec --file/],
    ['a recommendation with an empty text', () => add('--text', ' \n\n '), /^Le texte est vide\u00A0: écrivez au moins un paragraphe$/],
    ['a text file that does not exist', () => add('--text', undefined, '--file', join(folder.dir, 'absent.txt')), /^Fichier illisible\u00A0: .*absent\.txt \(ENOENT\)$/],
    [
      'a 5 MB paste',
      () => add('--text', undefined, '--file', hugeFile),
      /^Ce texte est illisible ou trop volumineux \(plus de 1\u202F000\u202F000 caractères\)\u202F; rien n’a été enregistré\.$/,
    ],
    ['an author who is not a participant', () => add('--as', UNKNOWN_ID), new RegExp(`^Participant introuvable\u00A0: ${UNKNOWN_ID}$`)],
    ['an author from another meeting', () => add('--as', stranger), /^Ce participant ne fait pas partie de cette réunion\.$/],
    ['an edit without the id', () => ['recommendation', 'edit', '--db', db, '--text', 'x'], /^Argument manquant\u00A0: recommendation edit ID \(voir --help\)$/],
    ['an edit of an unknown recommendation', () => ['recommendation', 'edit', UNKNOWN_ID, '--db', db, '--text', 'x'], /^Recommandation introuvable \(ou dans la corbeille\)\u00A0: /],
    ['two ids', () => ['recommendation', 'status', UNKNOWN_ID, UNKNOWN_ID, '--db', db, '--set', 'agreed'], /^Argument inattendu\u00A0: /],
    [
      'a status change that makes no sense',
      () => ['recommendation', 'status', draftId, '--db', db, '--set', 'adopted'],
      /^Changement de statut impossible\u00A0: de «\u00A0brouillon\u00A0» à «\u00A0adoptée\u00A0» \(possible\u00A0: «\u00A0en cours d’examen\u00A0», «\u00A0retirée\u00A0»\)\.$/,
    ],
    ['an unknown status', () => ['recommendation', 'status', draftId, '--db', db, '--set', 'lost'], /^Données invalides\u00A0: --set: /],
    ['a move to rank 0', () => ['recommendation', 'move', draftId, '--db', db, '--committee', committeeId, '--position', '0'], /^Position invalide\u00A0: 0 /],
    ['a move to an unknown committee', () => ['recommendation', 'move', draftId, '--db', db, '--committee', UNKNOWN_ID], /^Commission introuvable\u00A0: /],
    ['a profile that is no participant', () => ['profile', '--db', db, '--set', UNKNOWN_ID], /^Participant introuvable\u00A0: /],
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

  it('refuses a nonsensical status change in English too', async () => {
    const result = await runCli(['recommendation', 'status', draftId, '--db', db, '--set', 'adopted', '--lang', 'en']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'Status change not allowed: from “draft” to “adopted” (possible: “under review”, “withdrawn”).\n',
    });
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
    expect(result.stderr).toMatch(/^Base de données introuvable\u00A0: .*typo\.sqlite/);
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
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'Option obligatoire manquante\u00A0: --db\n' });
  });
});
