import type { Database as Db } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migration001 } from '../../../../../electron/main/db/migrations/001_initial';
import { migration002 } from '../../../../../electron/main/db/migrations/002_structured_recommendations';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/main/db/migrations';
import { openDatabase } from '../../../../../electron/main/db/open';
import { call, createDispatcher } from '../../../../../electron/main/handlers';
import { createContext } from '../../../../../electron/main/services/context';
import { documentFromPlainText } from '../../../../../shared/document/lexicalJson';
import { makeTempDir, removeTempDir } from '../../../../helpers/tempDb';

let dir: string;
let path: string;
beforeEach(() => {
  dir = makeTempDir('palabre-m002-');
  path = join(dir, 'palabre.sqlite');
});
afterEach(() => removeTempDir(dir));

const AT = '2025-11-17T08:30:00.000Z';
const MEETING = '11111111-1111-4111-8111-111111111111';
const COMMITTEE = '22222222-2222-4222-8222-222222222222';
const REC = '33333333-3333-4333-8333-333333333333';
const TRASHED = '44444444-4444-4444-8444-444444444444';
const V1 = '55555555-5555-4555-8555-555555555555';
const V2 = '66666666-6666-4666-8666-666666666666';
const V3 = '77777777-7777-4777-8777-777777777777';

/** A database written by Palabre with schema 1: a meeting, a recommendation with two versions and a comment, one deleted recommendation. */
async function schema1Database(): Promise<void> {
  const db = await openDatabase(path, { migrations: [migration001] });
  const body = (text: string) => JSON.stringify(documentFromPlainText(text, () => 'p-1'));
  db.prepare(`INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, 'Réunion des experts, Bamako', ?, ?)`).run(MEETING, AT, AT);
  db.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at) VALUES (?, ?, 'Alerte précoce', 1, ?)`).run(COMMITTEE, MEETING, AT);
  const rec = db.prepare(`INSERT INTO recommendations (id, meeting_id, committee_id, position, status, head_version_id, created_at, updated_at, deleted_at)
    VALUES (?, ?, ?, ?, 'under_review', ?, ?, ?, ?)`);
  rec.run(REC, MEETING, COMMITTEE, 1, V2, AT, AT, null);
  rec.run(TRASHED, MEETING, COMMITTEE, 2, V3, AT, AT, AT);
  const version = db.prepare(`INSERT INTO versions (id, recommendation_id, title, body_json, fields_json, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  version.run(V1, REC, 'Créer un réseau', body('Premier jet.'), JSON.stringify({ status: 'draft', committeeId: COMMITTEE }), 'create', AT);
  version.run(V2, REC, 'Créer un réseau d’alerte', body('Les États membres créent un réseau de veille sécuritaire.'), JSON.stringify({ status: 'under_review', committeeId: COMMITTEE }), 'edit', AT);
  version.run(V3, TRASHED, 'Doublon supprimé', body('Texte du doublon.'), '{}', 'create', AT);
  db.prepare(`INSERT INTO version_parents (version_id, parent_id, ord) VALUES (?, ?, 0)`).run(V2, V1);
  db.prepare(`INSERT INTO comments (id, recommendation_id, body, created_at) VALUES ('c1', ?, 'Préciser le rôle des gouverneurs de région.', ?)`).run(REC, AT);
  const index = db.prepare(`INSERT INTO search_index (recommendation_id, meeting_id, title, body) VALUES (?, ?, ?, ?)`);
  index.run(REC, MEETING, 'Créer un réseau d’alerte', 'Les États membres créent un réseau de veille sécuritaire.');
  db.close();
}

describe('migration 002 (structured recommendations)', () => {
  let db: Db;
  afterEach(() => {
    if (db?.open) db.close();
  });

  it('is version 2 and keeps a schema-1 database’s data, versions untouched', async () => {
    expect(migration002.version).toBe(2);
    await schema1Database();
    db = await openDatabase(path);
    // Migrated to 2, then on to the latest schema.
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare(`SELECT typography, numbering FROM meetings`).get()).toEqual({ typography: 'fr', numbering: 'continuous' });
    expect(db.prepare(`SELECT id, status, addressees_json AS a, lead_actors_json AS l, horizon, deadline, priority FROM recommendations ORDER BY position`).all()).toEqual([
      { id: REC, status: 'under_review', a: '[]', l: '[]', horizon: '', deadline: null, priority: null },
      { id: TRASHED, status: 'under_review', a: '[]', l: '[]', horizon: '', deadline: null, priority: null },
    ]);
    expect(db.prepare(`SELECT count(*) FROM versions`).pluck().get()).toBe(3);
    expect(db.prepare(`SELECT fields_json FROM versions WHERE id = ?`).pluck().get(V2)).toBe(JSON.stringify({ status: 'under_review', committeeId: COMMITTEE }));
  });

  it('indexes the comments, and only the live recommendations', async () => {
    await schema1Database();
    db = await openDatabase(path);
    const dispatch = createDispatcher(createContext(db));
    const search = (query: string) => call(dispatch, 'search:query', { meetingId: MEETING, query }).then((r) => r.hits);
    expect((await search('gouverneurs region')).map((h) => [h.recommendationId, h.matchedIn])).toEqual([[REC, 'comments']]);
    expect((await search('securitaire')).map((h) => [h.recommendationId, h.matchedIn])).toEqual([[REC, 'body']]);
    expect(await search('doublon')).toEqual([]);
  });

  it('reads the old versions with all the fields, through the services', async () => {
    await schema1Database();
    db = await openDatabase(path);
    const dispatch = createDispatcher(createContext(db));
    const rec = await call(dispatch, 'recommendation:get', { recommendationId: REC });
    expect(rec).toMatchObject({ status: 'under_review', addressees: [], leadActors: [], horizon: '', deadline: null, priority: null, number: '1' });
    const versions = await call(dispatch, 'recommendation:versions', { recommendationId: REC });
    expect(versions.map((v) => v.fields.status)).toEqual(['under_review', 'draft']);
    // The first change after the migration writes every field.
    await call(dispatch, 'recommendation:setFields', { recommendationId: REC, priority: 'high' });
    const head = db.prepare(`SELECT fields_json FROM versions v JOIN recommendations r ON r.head_version_id = v.id WHERE r.id = ?`).pluck().get(REC) as string;
    expect(JSON.parse(head)).toEqual({ status: 'under_review', committeeId: COMMITTEE, addressees: [], leadActors: [], horizon: '', deadline: null, priority: 'high' });
  });

  it('refuses values the schema does not know', async () => {
    await schema1Database();
    db = await openDatabase(path);
    expect(() => db.prepare(`UPDATE meetings SET typography = 'en'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE recommendations SET priority = 'urgent'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE recommendations SET deleted_by = 'nobody'`).run()).toThrow(/FOREIGN KEY/);
  });
});
