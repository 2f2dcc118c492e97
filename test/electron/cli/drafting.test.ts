import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textBlocks, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { paragraphKindOf } from '../../../shared/document/paragraphKind';
import { runCli, runOk, tempFolder } from './cliInProcess';
import { storedHeadJson } from '../../helpers/storedBodies';

const TEXT = [
  'Considérant que les crises se préparent pendant des mois ;',
  "Notant que les indicateurs diffèrent d'un pays à l'autre ;",
  'Les experts recommandent :',
  '1. de créer un mécanisme confédéral d’alerte précoce ;',
  '2. de désigner un point focal dans chaque ministère.',
].join('\n\n');

describe('palabre recommendation / profile', () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let meetingId: string;
  let alerte: string;
  let diplomates: string;
  let awa: string;
  let issouf: string;
  beforeEach(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'drafting.sqlite');
    meetingId = (await runOk(['meeting', 'create', '--db', db, '--title', 'Réunion des experts', '--venue', 'Bamako', '--from', '2025-11-17', '--to', '2025-11-19'])).trim();
    alerte = (await runOk(['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'Alerte précoce'])).trim();
    diplomates = (await runOk(['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'Diplomates'])).trim();
    awa = (await runOk(['participant', 'add', '--db', db, '--meeting', meetingId, '--name', 'Awa Sow', '--delegation', 'Mali', '--role', 'expert'])).trim();
    issouf = (await runOk(['participant', 'add', '--db', db, '--meeting', meetingId, '--name', 'Issouf Ouédraogo', '--delegation', 'Burkina Faso', '--role', 'rapporteur'])).trim();
  });
  afterEach(() => folder.remove());

  const add = async (title: string, text = TEXT, ...more: string[]) =>
    (await runOk(['recommendation', 'add', '--db', db, '--meeting', meetingId, '--committee', alerte, '--title', title, '--text', text, ...more])).trim();
  /** The body of the head version, as stored. */
  const headBody = (id: string): SerializedDocument => {
    const store = new Database(db, { readonly: true });
    try {
      return JSON.parse(storedHeadJson(store, id)) as SerializedDocument;
    } finally {
      store.close();
    }
  };
  const versions = (id: string) => {
    const store = new Database(db, { readonly: true });
    try {
      return store.prepare(`SELECT author_name AS author, fields_json AS fields FROM versions WHERE recommendation_id = ? ORDER BY created_at, rowid`).all(id) as Array<{
        author: string | null;
        fields: string;
      }>;
    } finally {
      store.close();
    }
  };

  it('adds a recommendation from text: paragraphs at blank lines, preamble recognised, French typography, the id printed', async () => {
    const id = await add('Créer un mécanisme d’alerte');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const body = headBody(id);
    const blocks = textBlocks(body);
    expect(blocks.map((b) => b.text)).toEqual([
      'Considérant que les crises se préparent pendant des mois\u202F;',
      'Notant que les indicateurs diffèrent d’un pays à l’autre\u202F;',
      'Les experts recommandent\u00A0:',
      '1. de créer un mécanisme confédéral d’alerte précoce\u202F;',
      '2. de désigner un point focal dans chaque ministère.',
    ]);
    expect(body.root.children.map(paragraphKindOf)).toEqual(['preambular', 'preambular', 'operative', 'operative', 'operative']);
    expect(new Set(blocks.map((b) => b.uid)).size).toBe(5);
  });

  it('reads the text from a UTF-8 file', async () => {
    const file = join(folder.dir, 'texte.txt');
    writeFileSync(file, `\uFEFF${TEXT.replaceAll('\n', '\r\n')}\r\n`, 'utf8');
    const id = (await runOk(['recommendation', 'add', '--db', db, '--meeting', meetingId, '--committee', alerte, '--title', 'Depuis un fichier', '--file', file])).trim();
    expect(textBlocks(headBody(id))).toHaveLength(5);
  });

  it('edits: unchanged and retouched paragraphs keep their ids, new ones get new ids, a new version is printed', async () => {
    const id = await add('Créer un mécanisme d’alerte');
    const before = textBlocks(headBody(id));
    const edited = [
      'Considérant que les crises se préparent pendant des mois ;',
      'Rappelant les engagements pris par les Chefs d’État ;',
      "Notant que les indicateurs utilisés diffèrent encore d'un pays à l'autre ;",
      'Les experts recommandent :',
      '1. de créer un mécanisme confédéral d’alerte précoce ;',
      '2. de désigner un point focal dans chaque ministère, sous deux mois.',
    ].join('\n\n');
    const versionId = (await runOk(['recommendation', 'edit', id, '--db', db, '--text', edited, '--title', 'Créer un mécanisme confédéral d’alerte'])).trim();
    expect(versionId).toMatch(/^[0-9a-f-]{36}$/);
    const after = headBody(id);
    const blocks = textBlocks(after);
    expect(blocks.map((b) => b.uid)).toEqual([before[0]!.uid, expect.any(String), before[1]!.uid, before[2]!.uid, before[3]!.uid, before[4]!.uid]);
    expect(before.map((b) => b.uid)).not.toContain(blocks[1]!.uid);
    expect(after.root.children.map(paragraphKindOf)).toEqual(['preambular', 'preambular', 'preambular', 'operative', 'operative', 'operative']);
    const items = JSON.parse(await runOk(['list', '--db', db, '--meeting', meetingId, '--json'])) as Array<{ title: string }>;
    expect(items[0]!.title).toBe('Créer un mécanisme confédéral d’alerte');
    expect(versions(id)).toHaveLength(2);
  });

  it('changes nothing when the text is the same', async () => {
    const id = await add('Créer un mécanisme d’alerte');
    const head = (await runOk(['recommendation', 'edit', id, '--db', db, '--text', TEXT])).trim();
    expect(versions(id)).toHaveLength(1);
    expect((await runOk(['recommendation', 'edit', id, '--db', db, '--text', TEXT])).trim()).toBe(head);
  });

  it('signs with the profile, or with --as for one command only', async () => {
    expect((await runOk(['profile', '--db', db])).trim()).toBe('Aucun profil\u00A0: choisissez qui vous êtes avec profile --set ID_PARTICIPANT');
    expect((await runOk(['profile', '--db', db, '--set', awa])).trim()).toBe(`Awa Sow — Mali, expert (${awa})`);
    const id = await add('Créer un mécanisme d’alerte');
    await runOk(['recommendation', 'edit', id, '--db', db, '--text', `${TEXT}\n\n3. de faire rapport.`, '--as', issouf]);
    expect(versions(id).map((v) => v.author)).toEqual(['Awa Sow', 'Issouf Ouédraogo']);
    // --as did not change who I am.
    expect((await runOk(['profile', '--db', db, '--lang', 'en'])).trim()).toBe(`Awa Sow — Mali, expert (${awa})`);
    const other = await add('Former les diplomates', 'Les experts recommandent.', '--as', issouf);
    const listed = JSON.parse(await runOk(['profile', '--db', db, '--json'])) as { id: string };
    expect(listed.id).toBe(awa);
    expect(versions(other).map((v) => v.author)).toEqual(['Issouf Ouédraogo']);
  });

  it('moves a recommendation along the status workflow', async () => {
    const id = await add('Créer un mécanisme d’alerte');
    expect((await runOk(['recommendation', 'status', id, '--db', db, '--set', 'under_review'])).trim()).toBe('1. Créer un mécanisme d’alerte (en cours d’examen)');
    expect((await runOk(['recommendation', 'status', id, '--db', db, '--set', 'agreed', '--lang', 'en'])).trim()).toBe('1. Créer un mécanisme d’alerte (agreed)');
    expect((await runOk(['recommendation', 'status', id, '--db', db, '--set', 'withdrawn'])).trim()).toBe('— Créer un mécanisme d’alerte (retirée)');
    expect(versions(id).map((v) => (JSON.parse(v.fields) as { status: string }).status)).toEqual(['draft', 'under_review', 'agreed', 'withdrawn']);
  });

  it('moves a recommendation to another committee and a rank; the numbers follow', async () => {
    await runOk(['meeting', 'create', '--db', db, '--title', 'Autre', '--venue', 'Niamey', '--from', '2026-01-01', '--to', '2026-01-02']);
    const first = await add('Créer un mécanisme d’alerte');
    const second = await add('Désigner des points focaux');
    const training = (await runOk(['recommendation', 'add', '--db', db, '--meeting', meetingId, '--committee', diplomates, '--title', 'Former les diplomates', '--text', 'x'])).trim();
    expect((await runOk(['recommendation', 'move', first, '--db', db, '--committee', diplomates, '--position', '1'])).trim()).toBe('2. Créer un mécanisme d’alerte (brouillon)');
    const listed = JSON.parse(await runOk(['list', '--db', db, '--meeting', meetingId, '--json'])) as Array<{ id: string; number: string; committeeId: string }>;
    expect(listed.map((i) => [i.id, i.number, i.committeeId])).toEqual([
      [second, '1', alerte],
      [first, '2', diplomates],
      [training, '3', diplomates],
    ]);
    // Without --position: at the end.
    expect((await runOk(['recommendation', 'move', second, '--db', db, '--committee', diplomates])).trim()).toBe('3. Désigner des points focaux (brouillon)');
  });

  it('describes its arguments in --help', async () => {
    const help = await runCli(['recommendation', 'edit', '--help'], 'en_GB.UTF-8');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('recommendation edit ID --db FILE [--text TEXT] [--file FILE.txt] [--title TITLE] [--as PARTICIPANT_ID]');
    expect(help.stdout).toContain('new title (default: unchanged)');
    const status = await runCli(['recommendation', 'status', '--help']);
    expect(status.stdout).toContain('draft, under_review, agreed, adopted, withdrawn');
  });
});
