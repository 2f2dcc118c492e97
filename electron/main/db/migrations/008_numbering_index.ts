/**
 * Schema 8 (issue 8): an index that answers the numbering of one recommendation by itself. A save or
 * a search hit is numbered from two counts (shared/domain/numbering.ts): how many live, numbered
 * recommendations each committee of the meeting holds, and how many come before this one in its
 * committee. Both read committee, position and status of the meeting's live recommendations; with
 * them all in one partial index, neither query reads the table's rows (four times faster at 600).
 *
 * What must stay true: no row changes; only an index is added.
 */
import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  name: 'numbering: covering index of live recommendations',
  up(db) {
    // deleted_at is always null in it, yet listed: SQLite counts an index as covering only when it
    // holds every column the query names, those of the index's own WHERE included.
    db.exec(`CREATE INDEX recommendations_live_order ON recommendations(meeting_id, committee_id, position, status, deleted_at)
      WHERE deleted_at IS NULL`);
  },
};
