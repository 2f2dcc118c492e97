import type { Database as Db } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migration001 } from '../../../../../electron/main/db/migrations/001_initial';
import { migration002 } from '../../../../../electron/main/db/migrations/002_structured_recommendations';
import { migration003 } from '../../../../../electron/main/db/migrations/003_review_workflow';
import { migration004 } from '../../../../../electron/main/db/migrations/004_exchange';
import { openDatabase } from '../../../../../electron/main/db/open';
import { makeTempDir, removeTempDir } from '../../../../helpers/tempDb';

let dir: string;
let path: string;
let db: Db | undefined;
beforeEach(() => {
  dir = makeTempDir('palabre-m004-');
  path = join(dir, 'palabre.sqlite');
});
afterEach(() => {
  if (db?.open) db.close();
  removeTempDir(dir);
});

const AT = '2025-11-17T08:30:00.000Z';
const MEETING = '11111111-1111-4111-8111-111111111111';
const COMMITTEE = '22222222-2222-4222-8222-222222222222';
const REC = '33333333-3333-4333-8333-333333333333';
const V1 = '55555555-5555-4555-8555-555555555555';

async function schema3Database(): Promise<void> {
  const old = await openDatabase(path, { migrations: [migration001, migration002, migration003] });
  old.prepare(`INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, 'Réunion des experts, Bamako', ?, ?)`).run(MEETING, AT, AT);
  old.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at) VALUES (?, ?, 'Alerte précoce', 1, ?)`).run(COMMITTEE, MEETING, AT);
  old.prepare(`INSERT INTO recommendations (id, meeting_id, committee_id, position, status, head_version_id, created_at, updated_at)
    VALUES (?, ?, ?, 1, 'draft', ?, ?, ?)`).run(REC, MEETING, COMMITTEE, V1, AT, AT);
  old.prepare(`INSERT INTO versions (id, recommendation_id, title, body_json, origin, created_at) VALUES (?, ?, 'Créer un réseau d’alerte', '{}', 'create', ?)`).run(V1, REC, AT);
  old.close();
}

describe('migration 004 (exchange)', () => {
  it('is version 4, keeps a schema-3 database’s rows, and adds no pointer to existing recommendations', async () => {
    expect(migration004.version).toBe(4);
    await schema3Database();
    db = await openDatabase(path, { migrations: [migration001, migration002, migration003, migration004] });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare(`SELECT id, status, merged_into_id AS mergedInto FROM recommendations`).all()).toEqual([{ id: REC, status: 'draft', mergedInto: null }]);
    expect(db.prepare(`SELECT title FROM versions`).pluck().all()).toEqual(['Créer un réseau d’alerte']);
    expect(db.prepare(`SELECT count(*) FROM merge_conflicts`).pluck().get()).toBe(0);
  });

  it('stores a conflict tied to its recommendation and versions, and refuses an unknown kind or status', async () => {
    await schema3Database();
    db = await openDatabase(path, { migrations: [migration001, migration002, migration003, migration004] });
    const insert = db.prepare(`INSERT INTO merge_conflicts (id, meeting_id, recommendation_id, merge_version_id, ours_version_id, theirs_version_id, kind, base_json, ours_json, theirs_json, status, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, '""', '""', '""', ?, ?)`);
    insert.run('k1', MEETING, REC, V1, V1, V1, 'title', 'open', AT);
    expect(db.prepare(`SELECT kind, status, resolution FROM merge_conflicts`).get()).toEqual({ kind: 'title', status: 'open', resolution: null });
    expect(() => insert.run('k2', MEETING, REC, V1, V1, V1, 'paragraph', 'open', AT)).toThrow(/CHECK/);
    expect(() => insert.run('k3', MEETING, REC, V1, V1, V1, 'title', 'maybe', AT)).toThrow(/CHECK/);
    expect(() => insert.run('k4', MEETING, REC, 'no-such-version', V1, V1, 'title', 'open', AT)).toThrow(/FOREIGN KEY/);
  });
});
