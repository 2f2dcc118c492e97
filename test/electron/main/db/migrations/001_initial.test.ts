import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migration001 } from '../../../../../electron/main/db/migrations/001_initial';
import { migrate } from '../../../../../electron/main/db/open';
import { makeTempDir, removeTempDir } from '../../../../helpers/tempDb';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = makeTempDir('palabre-m001-');
  db = new Database(join(dir, 'palabre.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, [migration001], 0);
});
afterEach(() => {
  db.close();
  removeTempDir(dir);
});

const AT = '2025-03-10T08:00:00.000Z';

function seedVersion(): void {
  db.prepare(`INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m', 'Réunion', ?, ?)`).run(AT, AT);
  db.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at) VALUES ('c', 'm', 'Alerte', 1, ?)`).run(AT);
  db.prepare(`INSERT INTO recommendations (id, meeting_id, committee_id, position, created_at, updated_at) VALUES ('r', 'm', 'c', 1, ?, ?)`).run(AT, AT);
  const version = db.prepare(`INSERT INTO versions (id, recommendation_id, title, body_json, origin, created_at) VALUES (?, 'r', ?, '{}', ?, ?)`);
  version.run('v1', 'Premier jet', 'create', AT);
  version.run('v2', 'Second jet', 'edit', AT);
  db.prepare(`INSERT INTO version_parents (version_id, parent_id, ord) VALUES ('v2', 'v1', 0)`).run();
}

describe('migration 001 (initial schema)', () => {
  it('is version 1 and creates every table of the domain', () => {
    expect(migration001.version).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_index_%' ORDER BY name`).pluck().all();
    expect(tables).toEqual([
      'audit_log',
      'comments',
      'committees',
      'delegations',
      'meetings',
      'milestone_heads',
      'milestones',
      'participants',
      'recommendations',
      'search_index',
      'settings',
      'sqlite_sequence',
      'version_parents',
      'versions',
    ]);
  });

  it('keeps versions immutable and permanent', () => {
    seedVersion();
    expect(() => db.prepare(`UPDATE versions SET title = 'réécrit' WHERE id = 'v1'`).run()).toThrow(/versions are immutable/);
    expect(() => db.prepare(`DELETE FROM versions WHERE id = 'v1'`).run()).toThrow(/versions are permanent/);
    expect(() => db.prepare(`UPDATE version_parents SET parent_id = 'v2' WHERE version_id = 'v2'`).run()).toThrow(/immutable/);
    expect(db.prepare(`SELECT title FROM versions ORDER BY id`).pluck().all()).toEqual(['Premier jet', 'Second jet']);
  });

  it('enforces references and allowed values', () => {
    expect(() =>
      db.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at) VALUES ('c', 'nowhere', 'x', 1, ?)`).run(AT),
    ).toThrow(/FOREIGN KEY/);
    seedVersion();
    expect(() => db.prepare(`UPDATE recommendations SET status = 'lost' WHERE id = 'r'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE meetings SET numbering = 'roman' WHERE id = 'm'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO delegations (id, meeting_id, name) VALUES ('d1', 'm', 'Mali'), ('d2', 'm', 'Mali')`).run()).toThrow(/UNIQUE/);
  });

  it('searches without accents or case: "securite" finds "Sécurité"', () => {
    const insert = db.prepare(`INSERT INTO search_index (recommendation_id, meeting_id, title, body) VALUES (?, 'm', ?, ?)`);
    insert.run('r1', 'Sécurité alimentaire', 'Les États membres renforcent la coopération.');
    insert.run('r2', 'Formation des diplomates', 'Échanges réguliers entre ministères.');
    const find = (q: string) => db.prepare(`SELECT recommendation_id FROM search_index WHERE search_index MATCH ? ORDER BY rank`).pluck().all(q);
    expect(find('securite')).toEqual(['r1']);
    expect(find('SÉCURITÉ')).toEqual(['r1']);
    expect(find('etats')).toEqual(['r1']);
    expect(find('echanges ministeres')).toEqual(['r2']);
  });
});
