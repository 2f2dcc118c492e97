/**
 * Schema 6: what a package carries besides versions, each with who changed it and when.
 * - change_stamps: the latest change of one aspect of a record — a field of a meeting, committee or
 *   participant (`title`, `venue`, `name`…), the order of a committee's recommendations (`order`), a
 *   recommendation's trash state (`trash`, with the head it was deleted or restored on). An import
 *   takes a change only when it is later than the one stamped here (shared/package/README.md);
 * - merge_conflicts gains the kind `deletion` (deleted on one side, edited on the other; `target`
 *   says which side deleted: `ours` or `theirs`) and its resolutions `keep` and `delete`. SQLite
 *   cannot alter a CHECK: the table is rebuilt, every row copied as it was.
 *
 * What must stay true: versions are not touched, and every existing row reads as before.
 */
import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'propagation: change stamps, delete-versus-edit conflicts',
  up(db) {
    db.exec(`
      CREATE TABLE change_stamps (
        entity_id        TEXT NOT NULL,
        aspect           TEXT NOT NULL,
        changed_at       TEXT NOT NULL,
        by_id            TEXT,
        by_name          TEXT,
        -- trash: 1 deleted, 0 restored; null for the other aspects.
        deleted          INTEGER CHECK (deleted IN (0, 1)),
        head_version_id  TEXT,
        PRIMARY KEY (entity_id, aspect)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE merge_conflicts_v6 (
        id                    TEXT PRIMARY KEY,
        meeting_id            TEXT NOT NULL REFERENCES meetings(id),
        recommendation_id     TEXT NOT NULL REFERENCES recommendations(id),
        merge_version_id      TEXT NOT NULL REFERENCES versions(id),
        base_version_id       TEXT REFERENCES versions(id),
        ours_version_id       TEXT NOT NULL REFERENCES versions(id),
        theirs_version_id     TEXT NOT NULL REFERENCES versions(id),
        kind                  TEXT NOT NULL CHECK (kind IN ('body', 'title', 'field', 'deletion')),
        -- body: the block's stable id; field: the field's name; title: null; deletion: the side that deleted (ours, theirs).
        target                TEXT,
        base_json             TEXT NOT NULL,
        ours_json             TEXT NOT NULL,
        theirs_json           TEXT NOT NULL,
        after_key             TEXT,
        hunks_json            TEXT NOT NULL DEFAULT '[]',
        ours_author_id        TEXT,
        ours_author_name      TEXT,
        theirs_author_id      TEXT,
        theirs_author_name    TEXT,
        status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        resolution            TEXT CHECK (resolution IN ('ours', 'theirs', 'both', 'edit', 'keep', 'delete')),
        resolution_version_id TEXT REFERENCES versions(id),
        resolved_at           TEXT,
        resolved_by           TEXT,
        resolved_by_name      TEXT,
        created_at            TEXT NOT NULL
      ) STRICT;
      INSERT INTO merge_conflicts_v6 SELECT id, meeting_id, recommendation_id, merge_version_id, base_version_id, ours_version_id,
        theirs_version_id, kind, target, base_json, ours_json, theirs_json, after_key, hunks_json, ours_author_id, ours_author_name,
        theirs_author_id, theirs_author_name, status, resolution, resolution_version_id, resolved_at, resolved_by, resolved_by_name, created_at
        FROM merge_conflicts ORDER BY rowid;
      DROP TABLE merge_conflicts;
      ALTER TABLE merge_conflicts_v6 RENAME TO merge_conflicts;
      CREATE INDEX merge_conflicts_by_meeting ON merge_conflicts(meeting_id, status);
      CREATE INDEX merge_conflicts_by_recommendation ON merge_conflicts(recommendation_id, status);
    `);
  },
};
