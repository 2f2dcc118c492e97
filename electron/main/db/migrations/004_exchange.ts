/**
 * Schema 4: contributions between machines.
 * - merge_conflicts: what a three-way merge could not decide on its own (a paragraph, the title or a
 *   field changed differently on both sides), with the base, our side and their side and who wrote
 *   each; the merged head keeps our side until the conflict is resolved. Conflicts are local to the
 *   machine that merged: they never travel in a package;
 * - recommendations.merged_into_id: the recommendation a near-duplicate was consolidated into.
 *
 * What must stay true: versions are not touched, and every existing row reads as before.
 */
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'exchange: merge conflicts, consolidated duplicates',
  up(db) {
    db.exec(`
      ALTER TABLE recommendations ADD COLUMN merged_into_id TEXT REFERENCES recommendations(id);

      CREATE TABLE merge_conflicts (
        id                    TEXT PRIMARY KEY,
        meeting_id            TEXT NOT NULL REFERENCES meetings(id),
        recommendation_id     TEXT NOT NULL REFERENCES recommendations(id),
        merge_version_id      TEXT NOT NULL REFERENCES versions(id),
        base_version_id       TEXT REFERENCES versions(id),
        ours_version_id       TEXT NOT NULL REFERENCES versions(id),
        theirs_version_id     TEXT NOT NULL REFERENCES versions(id),
        kind                  TEXT NOT NULL CHECK (kind IN ('body', 'title', 'field')),
        -- body: the block's stable id; field: the field's name; title: null.
        target                TEXT,
        base_json             TEXT NOT NULL,
        ours_json             TEXT NOT NULL,
        theirs_json           TEXT NOT NULL,
        -- body, their block removed on our side: the block it would follow.
        after_key             TEXT,
        hunks_json            TEXT NOT NULL DEFAULT '[]',
        ours_author_id        TEXT,
        ours_author_name      TEXT,
        theirs_author_id      TEXT,
        theirs_author_name    TEXT,
        status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        resolution            TEXT CHECK (resolution IN ('ours', 'theirs', 'both', 'edit')),
        resolution_version_id TEXT REFERENCES versions(id),
        resolved_at           TEXT,
        resolved_by           TEXT,
        resolved_by_name      TEXT,
        created_at            TEXT NOT NULL
      ) STRICT;
      CREATE INDEX merge_conflicts_by_meeting ON merge_conflicts(meeting_id, status);
      CREATE INDEX merge_conflicts_by_recommendation ON merge_conflicts(recommendation_id, status);
    `);
  },
};
