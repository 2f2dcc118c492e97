/**
 * Schema 3: the review workflow.
 * - versions: who else is credited on a version (the author of an accepted amendment);
 * - comments: edits, and who resolved a thread;
 * - milestones: the creator's name as it was, the reading order of each snapshot, and snapshots made
 *   immutable like versions;
 * - amendments: a proposed version that is not the head, and the decision on it;
 * - audit_log: an index per recommendation (its history is shown per recommendation too).
 *
 * What must stay true: versions are not touched (a new column with a default is not an update),
 * and every existing row reads as before.
 */
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  name: 'review workflow: amendments, comment threads, milestone snapshots, co-authors',
  up(db) {
    db.exec(`
      ALTER TABLE versions ADD COLUMN coauthors_json TEXT NOT NULL DEFAULT '[]';

      ALTER TABLE comments ADD COLUMN updated_at TEXT;
      ALTER TABLE comments ADD COLUMN resolved_by TEXT;
      ALTER TABLE comments ADD COLUMN resolved_by_name TEXT;
      CREATE INDEX comments_by_parent ON comments(parent_id);

      ALTER TABLE milestones ADD COLUMN created_by_name TEXT;
      ALTER TABLE milestone_heads ADD COLUMN ord INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX milestones_by_meeting ON milestones(meeting_id, created_at);
      CREATE TRIGGER milestone_heads_are_immutable BEFORE UPDATE ON milestone_heads
      BEGIN SELECT RAISE(ABORT, 'milestones are snapshots'); END;
      CREATE TRIGGER milestone_heads_are_permanent BEFORE DELETE ON milestone_heads
      BEGIN SELECT RAISE(ABORT, 'milestones are snapshots'); END;

      CREATE TABLE amendments (
        id                TEXT PRIMARY KEY,
        recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
        version_id        TEXT NOT NULL UNIQUE REFERENCES versions(id),
        base_version_id   TEXT NOT NULL REFERENCES versions(id),
        author_id         TEXT,
        author_name       TEXT,
        note              TEXT NOT NULL DEFAULT '',
        status            TEXT NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending', 'accepted', 'partially_accepted', 'rejected')),
        created_at        TEXT NOT NULL,
        decided_at        TEXT,
        decided_by        TEXT,
        decided_by_name   TEXT,
        result_version_id TEXT REFERENCES versions(id),
        decision_json     TEXT
      ) STRICT;
      CREATE INDEX amendments_by_recommendation ON amendments(recommendation_id, status);

      CREATE INDEX audit_by_recommendation ON audit_log(recommendation_id, at);
    `);
  },
};
