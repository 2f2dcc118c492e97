import type { Database as Db } from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../../electron/main/db/migrations';
import { migration006 } from '../../../../../electron/main/db/migrations/006_propagation';
import { openDatabase } from '../../../../../electron/main/db/open';
import { CONFLICT, MEETING, RECOMMENDATIONS } from '../../../../fixtures/schemas/historic';
import { makeTempDir, removeTempDir } from '../../../../helpers/tempDb';

const FIXTURES = resolve(__dirname, '../../../../fixtures/schemas');
let dir: string;
let path: string;
let db: Db | undefined;
beforeEach(() => {
  dir = makeTempDir('palabre-m006-');
  path = join(dir, 'palabre.sqlite');
  copyFileSync(join(FIXTURES, 'schema-4.sqlite'), path);
});
afterEach(() => {
  if (db?.open) db.close();
  removeTempDir(dir);
});

describe('migration 006 (propagation)', () => {
  it('keeps every merge conflict of a schema-4 database as it was, still open with its authors', async () => {
    expect(migration006.version).toBe(6);
    const before = await openDatabase(path, { migrations: MIGRATIONS.filter((m) => m.version <= 4) });
    const rows = before.prepare(`SELECT * FROM merge_conflicts ORDER BY id`).all();
    before.close();
    db = await openDatabase(path);
    expect(db.prepare(`SELECT * FROM merge_conflicts ORDER BY id`).all()).toEqual(rows);
    expect(db.prepare(`SELECT id, status, theirs_author_name AS theirs FROM merge_conflicts`).all()).toEqual([{ id: CONFLICT, status: 'open', theirs: 'Issouf Ouédraogo' }]);
    expect(db.prepare(`SELECT count(*) FROM change_stamps`).pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('accepts a delete-versus-edit conflict resolved by keep or delete, and still refuses an unknown kind or resolution', async () => {
    db = await openDatabase(path);
    const head = db.prepare(`SELECT head_version_id FROM recommendations WHERE id = ?`).pluck().get(RECOMMENDATIONS[0][0]) as string;
    const insert = db.prepare(`INSERT INTO merge_conflicts (id, meeting_id, recommendation_id, merge_version_id, ours_version_id, theirs_version_id, kind, target,
        base_json, ours_json, theirs_json, status, resolution, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'theirs', 'null', 'null', 'null', ?, ?, '2026-01-01T00:00:00.000Z')`);
    const row = (id: string, kind: string, status: string, resolution: string | null) => insert.run(id, MEETING, RECOMMENDATIONS[0][0], head, head, head, kind, status, resolution);
    row('d1', 'deletion', 'open', null);
    row('d2', 'deletion', 'resolved', 'keep');
    row('d3', 'deletion', 'resolved', 'delete');
    expect(() => row('d4', 'erasure', 'open', null)).toThrow(/CHECK/);
    expect(() => row('d5', 'deletion', 'resolved', 'maybe')).toThrow(/CHECK/);
    expect(() => insert.run('d6', MEETING, RECOMMENDATIONS[0][0], 'no-such-version', head, head, 'deletion', 'open', null)).toThrow(/FOREIGN KEY/);
  });
});
