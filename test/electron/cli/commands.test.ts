import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MATCH_END, MATCH_START } from '../../../shared/domain/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, runOk, tempFolder } from './cliInProcess';

describe('palabre meeting / committee / participant', { timeout: 60_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  beforeEach(() => {
    folder = tempFolder();
    db = join(folder.dir, 'setup.sqlite');
  });
  afterEach(() => folder.remove());

  it('sets a meeting up step by step, each command printing an id that the next one uses', async () => {
    const meetingId = (
      await runOk([
        'meeting', 'create', '--db', db,
        '--title', 'Réunion des experts de Niamey',
        '--venue', 'Niamey',
        '--from', '2026-02-09',
        '--to', '2026-02-11',
        '--org', 'Confédération des États du Sahel',
      ])
    ).trim();
    const committeeId = (await runOk(['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'Sécurité alimentaire'])).trim();
    const participantId = (
      await runOk(['participant', 'add', '--db', db, '--meeting', meetingId, '--name', 'Aïssata Bâ', '--delegation', 'Mali', '--role', 'rapporteur'])
    ).trim();
    for (const id of [meetingId, committeeId, participantId]) expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const meetings = JSON.parse(await runOk(['meeting', 'list', '--db', db, '--json'])) as Array<Record<string, unknown>>;
    expect(meetings).toEqual([
      expect.objectContaining({
        id: meetingId,
        title: 'Réunion des experts de Niamey',
        venue: 'Niamey',
        organisation: 'Confédération des États du Sahel',
        startsOn: '2026-02-09',
        endsOn: '2026-02-11',
        recommendationCount: 0,
      }),
    ]);
    const text = await runOk(['meeting', 'list', '--db', db]);
    expect(text.trim()).toBe(`${meetingId}  2026-02-09 → 2026-02-11  Réunion des experts de Niamey — Niamey (0 recommandation)`);

    const store = new Database(db, { readonly: true });
    try {
      expect(store.prepare(`SELECT meeting_id AS meetingId, name FROM committees WHERE id = ?`).get(committeeId)).toEqual({
        meetingId,
        name: 'Sécurité alimentaire',
      });
      expect(
        store
          .prepare(`SELECT p.meeting_id AS meetingId, p.name, d.name AS delegation, p.role FROM participants p JOIN delegations d ON d.id = p.delegation_id WHERE p.id = ?`)
          .get(participantId),
      ).toEqual({ meetingId, name: 'Aïssata Bâ', delegation: 'Mali', role: 'rapporteur' });
    } finally {
      store.close();
    }
    expect((await runOk(['list', '--db', db, '--meeting', meetingId])).trim()).toBe('Aucune recommandation.');
  });

  it('prints the whole record with --json', async () => {
    const meeting = JSON.parse(
      await runOk(['meeting', 'create', '--db', db, '--json', '--title', 'Forum de Lomé', '--venue', 'Lomé', '--from', '2026-03-02', '--to', '2026-03-03']),
    ) as { id: string; committees: unknown[] };
    expect(meeting.committees).toEqual([]);
    const committee = JSON.parse(await runOk(['committee', 'add', '--db', db, '--meeting', meeting.id, '--name', 'Prévention des conflits', '--json']));
    expect(committee).toMatchObject({ meetingId: meeting.id, name: 'Prévention des conflits', position: 1 });
  });
});

describe('palabre search', { timeout: 60_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let meetingId: string;
  beforeEach(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'search.sqlite');
    meetingId = (await runOk(['demo', '--db', db])).trim();
  }, 60_000);
  afterEach(() => folder.remove());

  it('finds « sécurité » typed without accents, and shows where it matched', async () => {
    const text = await runOk(['search', '--db', db, '--meeting', meetingId, 'securite']);
    const lines = text.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^\d+\. .+ — .*\[[Ss]écurité\]/);
    expect(text).toContain('Création d’une plateforme sécurisée d’échange d’informations');
  });

  it('keeps the matches structured in JSON, without control characters', async () => {
    const output = await runOk(['search', '--db', db, '--meeting', meetingId, 'SECURITE', 'alimentaire', '--json']);
    const hits = JSON.parse(output) as Array<{ number: string; title: string; excerpt: Array<{ text: string; match: boolean }> }>;
    const excerptText = hits.flatMap((hit) => hit.excerpt.map((part) => part.text)).join('');
    expect(excerptText).not.toContain(MATCH_START);
    expect(excerptText).not.toContain(MATCH_END);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ number: '1', title: 'Création d’un mécanisme confédéral d’alerte précoce' });
    expect(hits[0]!.excerpt.filter((part) => part.match).map((part) => part.text)).toEqual(['sécurité', 'alimentaire']);
  });

  it('says so when nothing matches', async () => {
    expect((await runOk(['search', '--db', db, '--meeting', meetingId, 'pétrole'])).trim()).toBe('Aucun résultat.');
    expect((await runCli(['search', '--db', db, '--meeting', meetingId, 'pétrole'], 'en_GB.UTF-8')).stdout.trim()).toBe('No results.');
  });
});

describe('palabre --help', { timeout: 60_000 }, () => {
  it('lists every command, in French by default and in English on request', async () => {
    const french = await runCli(['--help']);
    expect(french.code).toBe(0);
    for (const name of [
      'demo',
      'meeting create',
      'meeting list',
      'committee add',
      'participant add',
      'profile',
      'list',
      'recommendation add',
      'recommendation edit',
      'recommendation status',
      'recommendation move',
      'search',
    ]) {
      expect(french.stdout).toContain(`  ${name} `);
    }
    expect(french.stdout).toContain('Commandes\u00A0:');
    const english = await runCli(['--help', '--lang', 'en']);
    expect(english.stdout).toContain('Commands:');
  });

  it('describes the options of one command', async () => {
    const help = await runCli(['meeting', 'create', '--help'], 'en_US.UTF-8');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--title TITLE');
    expect(help.stdout).toContain('[--org ORGANISATION]');
  });
});
