/**
 * Reads a version's body straight from the file, following only the documented format
 * (electron/main/db/README.md, "Version bodies"), with zlib and none of Palabre's code: what a
 * program without Palabre would do. Tests that check what is stored read through this.
 */
import type { Database } from 'better-sqlite3';
import { inflateRawSync } from 'node:zlib';

interface StoredBodyColumns {
  body_json: string;
  body_deflate: Buffer | null;
  body_base_id: string | null;
}

/** The JSON text of a version's body, as stored. */
export function storedBodyJson(db: Database, versionId: string): string {
  const row = db.prepare(`SELECT body_json, body_deflate, body_base_id FROM versions WHERE id = ?`).get(versionId) as StoredBodyColumns | undefined;
  if (!row) throw new Error(`no version ${versionId}`);
  if (row.body_deflate === null) return row.body_json;
  const dictionary = row.body_base_id === null ? undefined : Buffer.from(storedBodyJson(db, row.body_base_id), 'utf8');
  return inflateRawSync(row.body_deflate, dictionary ? { dictionary } : {}).toString('utf8');
}

/** The body of a recommendation's head version, as stored. */
export function storedHeadJson(db: Database, recommendationId: string): string {
  const head = db.prepare(`SELECT head_version_id FROM recommendations WHERE id = ?`).pluck().get(recommendationId) as string | undefined;
  if (!head) throw new Error(`no recommendation ${recommendationId}`);
  return storedBodyJson(db, head);
}
