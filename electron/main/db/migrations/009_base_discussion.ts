/**
 * Schema 9: what a package basis held of the discussion (shared/package/README.md, "Thin
 * contributions"), and when a thread was last reopened. package_base_discussion: for each comment and amendment of the meeting's basis,
 * a fingerprint of it as that package carried it. A thin contribution leaves out the comments and
 * amendments that are here exactly as the basis had them: every receiver has them so already, and
 * forty contributions each carrying the whole discussion back were most of their size.
 * comments.reopened_at: when the thread was last reopened, so that a reopening travels as a
 * resolution does (the later of the two wins on every machine).
 *
 * What must stay true: no existing row changes; without a row here, a thin contribution carries
 * every comment and amendment, as before; reopened_at is null for every thread reopened before.
 */
import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'package bases: the discussion they held; threads reopened',
  up(db) {
    db.exec(`
      CREATE TABLE package_base_discussion (
        meeting_id   TEXT NOT NULL REFERENCES package_bases(meeting_id),
        item_id      TEXT NOT NULL,
        fingerprint  TEXT NOT NULL,
        PRIMARY KEY (meeting_id, item_id)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE comments ADD COLUMN reopened_at TEXT;
    `);
  },
};
