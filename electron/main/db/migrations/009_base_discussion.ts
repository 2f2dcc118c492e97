/**
 * Schema 9: what a package basis held of the discussion (shared/package/README.md, "Thin
 * contributions"). package_base_discussion: for each comment and amendment of the meeting's basis,
 * a fingerprint of it as that package carried it. A thin contribution leaves out the comments and
 * amendments that are here exactly as the basis had them: every receiver has them so already, and
 * forty contributions each carrying the whole discussion back were most of their size.
 *
 * What must stay true: no existing table is touched; without a row here, a thin contribution
 * carries every comment and amendment, as before.
 */
import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'package bases: the discussion they held',
  up(db) {
    db.exec(`
      CREATE TABLE package_base_discussion (
        meeting_id   TEXT NOT NULL REFERENCES package_bases(meeting_id),
        item_id      TEXT NOT NULL,
        fingerprint  TEXT NOT NULL,
        PRIMARY KEY (meeting_id, item_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
