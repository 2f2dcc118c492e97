/**
 * Schema 5: version bodies stored compactly (issue 8; format in electron/main/db/README.md).
 * - versions.body_deflate: the body's JSON (UTF-8) compressed with raw DEFLATE, with the JSON of
 *   versions.body_base_id (its first parent) as preset dictionary when that is set;
 *   versions.body_depth: how many such dictionaries lead to a body compressed alone (at most 15);
 *   versions.body_json is then '' (it still holds the JSON of any body not compressed);
 * - every existing body is rewritten that way, one recommendation's history at a time;
 * - search_index: each row takes the rowid of its recommendations row, so that an autosave replaces
 *   its row by key instead of scanning the whole index for an UNINDEXED column.
 *
 * What must stay true: every version reads back exactly the JSON it had (the services decode it
 * transparently), and versions stay immutable: the trigger that forbids updates is lifted for this
 * rewrite only, inside the migration's transaction, and put back as it was.
 *
 * The encoder is kept here rather than imported, so that this migration writes the same bytes
 * whatever later versions of versionBodies.ts do (both follow the one documented format).
 */
import { deflateRawSync } from 'node:zlib';
import type { Migration } from './types';

const SNAPSHOT_EVERY = 16;

export const migration005: Migration = {
  version: 5,
  name: 'version bodies compressed against their parent, search rows keyed by recommendation',
  up(db) {
    db.exec(`
      ALTER TABLE versions ADD COLUMN body_deflate BLOB;
      ALTER TABLE versions ADD COLUMN body_base_id TEXT REFERENCES versions(id);
      ALTER TABLE versions ADD COLUMN body_depth   INTEGER NOT NULL DEFAULT 0;
      DROP TRIGGER versions_are_immutable;
    `);
    const recommendations = db.prepare(`SELECT DISTINCT recommendation_id FROM versions`).pluck().all() as string[];
    // Oldest first: a parent is always written before its children.
    const history = db.prepare(`SELECT v.id, v.body_json AS bodyJson,
        (SELECT vp.parent_id FROM version_parents vp WHERE vp.version_id = v.id ORDER BY vp.ord LIMIT 1) AS parentId
      FROM versions v WHERE v.recommendation_id = ? ORDER BY v.rowid`);
    const rewrite = db.prepare(`UPDATE versions SET body_json = '', body_deflate = ?, body_base_id = ?, body_depth = ? WHERE id = ?`);
    for (const recommendationId of recommendations) {
      const written = new Map<string, { json: string; depth: number }>();
      for (const v of history.all(recommendationId) as Array<{ id: string; bodyJson: string; parentId: string | null }>) {
        const parent = v.parentId ? written.get(v.parentId) : undefined;
        const encoded = encode(v.bodyJson, parent && v.parentId ? { id: v.parentId, ...parent } : null);
        rewrite.run(encoded.data, encoded.baseId, encoded.depth, v.id);
        written.set(v.id, { json: v.bodyJson, depth: encoded.depth });
      }
    }
    db.exec(`
      CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
      BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;

      CREATE TEMP TABLE search_rows AS
        SELECT r.rowid AS rid, s.recommendation_id, s.meeting_id, s.title, s.body, s.comments
        FROM search_index s JOIN recommendations r ON r.id = s.recommendation_id;
      DELETE FROM search_index;
      INSERT INTO search_index (rowid, recommendation_id, meeting_id, title, body, comments)
        SELECT rid, recommendation_id, meeting_id, title, body, comments FROM search_rows;
      DROP TABLE temp.search_rows;
    `);
  },
};

function encode(json: string, base: { id: string; json: string; depth: number } | null): { data: Buffer; baseId: string | null; depth: number } {
  const bytes = Buffer.from(json, 'utf8');
  const alone = { data: deflateRawSync(bytes, { level: 6 }), baseId: null, depth: 0 };
  if (!base || base.depth + 1 >= SNAPSHOT_EVERY) return alone;
  const delta = deflateRawSync(bytes, { level: 6, dictionary: Buffer.from(base.json, 'utf8') });
  return delta.length < alone.data.length ? { data: delta, baseId: base.id, depth: base.depth + 1 } : alone;
}
