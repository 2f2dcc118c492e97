/**
 * Schema 1: meetings and their people, recommendations with an immutable version DAG, milestones,
 * comments, an audit log and an accent-insensitive full-text index.
 */
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE meetings (
        id           TEXT PRIMARY KEY,
        title        TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        venue        TEXT NOT NULL DEFAULT '',
        starts_on    TEXT,
        ends_on      TEXT,
        languages    TEXT NOT NULL DEFAULT '["fr"]',
        intro_json   TEXT,
        numbering    TEXT NOT NULL DEFAULT 'continuous' CHECK (numbering IN ('continuous', 'per_committee')),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        deleted_at   TEXT
      ) STRICT;

      CREATE TABLE committees (
        id         TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        name       TEXT NOT NULL,
        position   INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX committees_by_meeting ON committees(meeting_id, position);

      CREATE TABLE delegations (
        id         TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        name       TEXT NOT NULL,
        UNIQUE (meeting_id, name)
      ) STRICT;

      CREATE TABLE participants (
        id            TEXT PRIMARY KEY,
        meeting_id    TEXT NOT NULL REFERENCES meetings(id),
        delegation_id TEXT NOT NULL REFERENCES delegations(id),
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('expert', 'rapporteur', 'secretariat', 'chair')),
        created_at    TEXT NOT NULL,
        deleted_at    TEXT
      ) STRICT;
      CREATE INDEX participants_by_meeting ON participants(meeting_id);

      CREATE TABLE recommendations (
        id              TEXT PRIMARY KEY,
        meeting_id      TEXT NOT NULL REFERENCES meetings(id),
        committee_id    TEXT NOT NULL REFERENCES committees(id),
        position        INTEGER NOT NULL,
        status          TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'under_review', 'agreed', 'adopted', 'withdrawn', 'merged_into')),
        head_version_id TEXT,
        author_id       TEXT REFERENCES participants(id),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
      CREATE INDEX recommendations_by_meeting ON recommendations(meeting_id, committee_id, position);

      -- Versions are immutable: history is append-only (triggers below).
      CREATE TABLE versions (
        id                TEXT PRIMARY KEY,
        recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
        title             TEXT NOT NULL,
        body_json         TEXT NOT NULL,
        fields_json       TEXT NOT NULL DEFAULT '{}',
        author_id         TEXT,
        author_name       TEXT,
        origin            TEXT NOT NULL CHECK (origin IN ('create', 'edit', 'import', 'merge', 'restore')),
        created_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX versions_by_recommendation ON versions(recommendation_id, created_at);

      CREATE TABLE version_parents (
        version_id TEXT NOT NULL REFERENCES versions(id),
        parent_id  TEXT NOT NULL REFERENCES versions(id),
        ord        INTEGER NOT NULL,
        PRIMARY KEY (version_id, parent_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX version_parents_by_parent ON version_parents(parent_id);

      CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
      BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
      CREATE TRIGGER versions_are_permanent BEFORE DELETE ON versions
      BEGIN SELECT RAISE(ABORT, 'versions are permanent'); END;
      CREATE TRIGGER version_parents_are_immutable BEFORE UPDATE ON version_parents
      BEGIN SELECT RAISE(ABORT, 'version parents are immutable'); END;
      CREATE TRIGGER version_parents_are_permanent BEFORE DELETE ON version_parents
      BEGIN SELECT RAISE(ABORT, 'version parents are permanent'); END;

      CREATE TABLE milestones (
        id         TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        name       TEXT NOT NULL,
        created_by TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE milestone_heads (
        milestone_id      TEXT NOT NULL REFERENCES milestones(id),
        recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
        version_id        TEXT NOT NULL REFERENCES versions(id),
        number            TEXT NOT NULL,
        PRIMARY KEY (milestone_id, recommendation_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE comments (
        id                TEXT PRIMARY KEY,
        recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
        version_id        TEXT REFERENCES versions(id),
        parent_id         TEXT REFERENCES comments(id),
        author_id         TEXT,
        author_name       TEXT,
        body              TEXT NOT NULL,
        anchor_json       TEXT,
        resolved_at       TEXT,
        created_at        TEXT NOT NULL,
        deleted_at        TEXT
      ) STRICT;
      CREATE INDEX comments_by_recommendation ON comments(recommendation_id);

      CREATE TABLE audit_log (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id        TEXT,
        recommendation_id TEXT,
        actor_id          TEXT,
        actor_name        TEXT,
        action            TEXT NOT NULL,
        detail_json       TEXT NOT NULL DEFAULT '{}',
        at                TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_meeting ON audit_log(meeting_id, at);

      -- Accent- and case-insensitive search: "securite" finds "Sécurité".
      CREATE VIRTUAL TABLE search_index USING fts5(
        recommendation_id UNINDEXED,
        meeting_id UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
