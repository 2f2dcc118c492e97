/**
 * Every past schema, from the committed fixture files (test/fixtures/schemas, written by generate.ts
 * with the historical migrations), migrates to the latest schema with its data readable through the
 * services; a failing migration on such a file leaves it exactly as it was.
 */
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../electron/main/db/migrations';
import type { Migration } from '../../../../../electron/main/db/migrations/types';
import { openDatabase } from '../../../../../electron/main/db/open';
import { call, createDispatcher } from '../../../../../electron/main/handlers';
import { createContext } from '../../../../../electron/main/services/context';
import { COMMENT, MEETING, RECOMMENDATIONS, SCHEMA4_DRAFTS, TRASHED } from '../../../../fixtures/schemas/historic';
import { storedBodyJson } from '../../../../helpers/storedBodies';
import { dumpDatabase } from '../../../cli/cliProcess';
import { makeTempDir, removeTempDir, sha256 } from '../../../../helpers/tempDb';

const FIXTURES = resolve(__dirname, '../../../../fixtures/schemas');
const PAST_VERSIONS = MIGRATIONS.map((m) => m.version).filter((v) => v < LATEST_SCHEMA_VERSION);

let dir: string;
beforeEach(() => {
  dir = makeTempDir('palabre-fixtures-');
});
afterEach(() => removeTempDir(dir));

/** A working copy of a fixture (the committed file is never opened for writing). */
function copyOf(version: number): string {
  const path = join(dir, 'palabre.sqlite');
  copyFileSync(join(FIXTURES, `schema-${version}.sqlite`), path);
  return path;
}

describe('fixtures of past schemas', () => {
  it('exist for every past schema version, each written by that version', () => {
    // Every released schema below the latest, from 1 up: none left without its fixture.
    expect(PAST_VERSIONS[0]).toBe(1);
    expect(PAST_VERSIONS).toEqual(MIGRATIONS.slice(0, -1).map((m) => m.version));
    expect(readdirSync(FIXTURES).filter((f) => /^schema-\d+\.sqlite$/.test(f)).sort()).toEqual(PAST_VERSIONS.map((v) => `schema-${v}.sqlite`).sort());
    for (const version of PAST_VERSIONS) {
      const db = new Database(join(FIXTURES, `schema-${version}.sqlite`), { readonly: true, fileMustExist: true });
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      db.close();
    }
  });

  it.each(PAST_VERSIONS)('schema %i migrates to the latest with every meeting, recommendation, version, comment and milestone', async (version) => {
    const fixtureHash = sha256(join(FIXTURES, `schema-${version}.sqlite`));
    const path = copyOf(version);
    const db = await openDatabase(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const dispatch = createDispatcher(createContext(db));

      const meeting = await call(dispatch, 'meeting:get', { meetingId: MEETING });
      expect(meeting).toMatchObject({ title: 'Réunion des experts sur la coordination diplomatique', venue: 'Bamako', startsOn: '2025-11-17', endsOn: '2025-11-19' });
      expect(meeting.committees.map((c) => c.name)).toEqual(['Système d’alerte précoce', 'Renforcement des capacités des diplomates', 'Plateforme d’échange d’informations']);
      expect(meeting.participants.map((p) => p.name).sort()).toEqual(['Aminata Traoré', 'Issouf Ouédraogo', 'Mariama Issoufou']);

      const list = await call(dispatch, 'recommendation:list', { meetingId: MEETING });
      expect(list.map((r) => r.title)).toEqual([RECOMMENDATIONS[0][2], RECOMMENDATIONS[1][2]]);
      expect((await call(dispatch, 'trash:list', { meetingId: MEETING })).map((t) => t.id)).toContain(TRASHED);

      const [first] = RECOMMENDATIONS;
      const rec = await call(dispatch, 'recommendation:get', { recommendationId: first[0] });
      expect(rec.status).toBe('under_review');
      expect(JSON.stringify(rec.body)).toContain('relié aux gouverneurs de région');
      const history = await call(dispatch, 'recommendation:history', { recommendationId: first[0] });
      expect(history.map((v) => v.origin)).toEqual(['edit', 'create']);
      expect((await call(dispatch, 'comment:list', { recommendationId: first[0] })).map((c) => c.text ?? (c as { body?: string }).body)).toEqual([COMMENT]);
      expect((await call(dispatch, 'milestone:list', { meetingId: MEETING })).map((m) => [m.name, m.recommendationCount])).toEqual([['Projet soumis à la plénière', 2]]);
      // Search, rebuilt by migration 2, is accent-insensitive and finds comments.
      expect((await call(dispatch, 'search:query', { meetingId: MEETING, query: 'securitaire' })).hits.map((h) => h.recommendationId)).toEqual([first[0]]);
      expect((await call(dispatch, 'search:query', { meetingId: MEETING, query: 'points focaux' })).hits.map((h) => h.matchedIn)).toEqual(['comments']);
      if (version >= 2) expect(rec).toMatchObject({ addressees: ['Conférence des Chefs d’État'], priority: 'high', horizon: '2026' });

      // The application goes on: a new version on a migrated recommendation.
      const saved = await call(dispatch, 'recommendation:save', { recommendationId: first[0], baseVersionId: rec.headVersionId, title: rec.title, body: rec.body as never });
      expect(saved.headVersionId).toBe(rec.headVersionId);
    } finally {
      db.close();
    }
    // The file as it was before the migration is in backups/, and the committed fixture is untouched.
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(version);
    backup.close();
    expect(sha256(join(FIXTURES, `schema-${version}.sqlite`))).toBe(fixtureHash);
  });

  it.each(PAST_VERSIONS)('schema %i stays exactly as it was when a later migration fails', async (version) => {
    const path = copyOf(version);
    const before = dumpDatabase(path);
    const failing: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test: fails after writing',
      up(db) {
        db.exec(`UPDATE meetings SET title = 'écrasé'; DELETE FROM comments; CREATE TABLE half_done (id INTEGER);`);
        throw new Error('disk full (simulated)');
      },
    };
    const error = await openDatabase(path, { migrations: [...MIGRATIONS, failing] }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('disk full (simulated)');
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(version);
    after.close();
    expect(dumpDatabase(path)).toBe(before);
  });

  it('schema 4 migrates to 5 with every version body compressed, and each reads back exactly as it was, with zlib alone', async () => {
    const path = copyOf(4);
    const original = new Database(path, { readonly: true });
    const before = original.prepare(`SELECT id, body_json AS json FROM versions ORDER BY rowid`).all() as Array<{ id: string; json: string }>;
    original.close();
    expect(before.length).toBe(8);
    const db = await openDatabase(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const stored = db.prepare(`SELECT id, body_json AS json, body_deflate AS deflate, body_base_id AS baseId, body_depth AS depth FROM versions ORDER BY rowid`).all() as Array<{
        id: string; json: string; deflate: Buffer | null; baseId: string | null; depth: number;
      }>;
      expect(stored.map((v) => v.id)).toEqual(before.map((v) => v.id));
      // Every body is compressed, and the drafts that differ by a few words from their parent are stored against it.
      expect(stored.every((v) => v.json === '' && v.deflate !== null)).toBe(true);
      const [third, fourth] = SCHEMA4_DRAFTS.map(([id]) => stored.find((v) => v.id === id)!);
      expect(third!.depth).toBeGreaterThan(0);
      expect([fourth!.baseId, fourth!.depth]).toEqual([third!.id, third!.depth + 1]);
      expect(fourth!.deflate!.length).toBeLessThan(Buffer.byteLength(before.find((v) => v.id === fourth!.id)!.json) / 4);
      for (const v of before) expect(storedBodyJson(db, v.id)).toBe(v.json);
      // The search rows, keyed by their recommendation's rowid, are the live recommendations' rows.
      expect(db.prepare(`SELECT s.recommendation_id FROM search_index s JOIN recommendations r ON r.rowid = s.rowid AND r.id = s.recommendation_id ORDER BY r.rowid`).pluck().all()).toEqual([
        RECOMMENDATIONS[0][0], RECOMMENDATIONS[1][0],
      ]);

      // Through the services: the history, its texts and the accents, as before.
      const dispatch = createDispatcher(createContext(db));
      const second = RECOMMENDATIONS[1][0];
      const versions = await call(dispatch, 'recommendation:versions', { recommendationId: second });
      expect(versions.map((v) => v.id)).toEqual([SCHEMA4_DRAFTS[1][0], SCHEMA4_DRAFTS[0][0], ...versions.slice(2).map((v) => v.id)]);
      const rec = await call(dispatch, 'recommendation:get', { recommendationId: second });
      expect(JSON.stringify(rec.body)).toContain('académies diplomatiques nationales');
      const diff = await call(dispatch, 'recommendation:diff', { recommendationId: second, fromVersionId: SCHEMA4_DRAFTS[0][0], toVersionId: SCHEMA4_DRAFTS[1][0] });
      expect(JSON.stringify(diff)).toContain('nationales');
      // Versions stay immutable after the rewrite.
      expect(() => db.prepare(`UPDATE versions SET title = 'x' WHERE id = ?`).run(SCHEMA4_DRAFTS[0][0])).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });
});
