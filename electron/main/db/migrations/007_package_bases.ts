/**
 * Schema 7: the package a thin contribution builds on (shared/package/README.md, "Thin contributions").
 * - package_bases: per meeting, the latest whole meeting or consolidated package this machine took in
 *   or wrote — a package every machine of the meeting is expected to hold too — named as a refusal
 *   message would name it (kind, date, author, digest);
 * - package_base_heads: the head each recommendation had in that package. A contribution carries
 *   only the versions that are not these heads or their ancestors, and names the heads it builds on.
 *
 * What must stay true: no existing table is touched; without a row here, contributions are whole.
 */
import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  name: 'package bases for thin contributions',
  up(db) {
    db.exec(`
      CREATE TABLE package_bases (
        meeting_id       TEXT PRIMARY KEY REFERENCES meetings(id),
        digest           TEXT NOT NULL,
        kind             TEXT NOT NULL CHECK (kind IN ('meeting', 'consolidated')),
        created_at       TEXT NOT NULL,
        created_by_id    TEXT,
        created_by_name  TEXT
      ) STRICT;

      CREATE TABLE package_base_heads (
        meeting_id        TEXT NOT NULL REFERENCES package_bases(meeting_id),
        recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
        version_id        TEXT NOT NULL REFERENCES versions(id),
        PRIMARY KEY (meeting_id, recommendation_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
