/**
 * The hot queries of a large meeting (the first screen, the head version, search, the checks a version
 * insert makes) must be answered through an index, never by scanning every row: at 600
 * recommendations × 40 versions a scan is what turns an instant list into a frozen one (issue 8).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(() => store.cleanup());

function plan(sql: string): string {
  const rows = store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from(sql.matchAll(/\?/g), () => 'x')) as Array<{ detail: string }>;
  return rows.map((r) => r.detail).join('\n');
}

describe('query plans of the hot queries', () => {
  it('lists a meeting through its index, and each row’s head version and counts by key', () => {
    const detail = plan(`SELECT r.id, v.title,
        (SELECT count(*) FROM amendments am WHERE am.recommendation_id = r.id AND am.status = 'pending') AS p,
        (SELECT count(*) FROM comments c WHERE c.recommendation_id = r.id AND c.parent_id IS NULL) AS o
      FROM recommendations r JOIN versions v ON v.id = r.head_version_id
        LEFT JOIN participants a ON a.id = r.author_id
      WHERE r.meeting_id = ? AND r.deleted_at IS NULL`);
    expect(detail).toMatch(/recommendations_by_meeting|recommendations_live_order/);
    expect(detail).not.toMatch(/SCAN (r|v|am|c|a)\b/);
    expect(detail).toMatch(/amendments_by_recommendation/);
    expect(detail).toMatch(/comments_by_recommendation|comments_by_parent/);
  });

  it('reads a head version and a history by key', () => {
    expect(plan(`SELECT body_json FROM versions WHERE id = ?`)).toMatch(/USING INDEX sqlite_autoindex_versions|USING PRIMARY KEY|USING INTEGER PRIMARY KEY/);
    const history = plan(`SELECT id FROM versions WHERE recommendation_id = ? ORDER BY created_at DESC`);
    expect(history).toMatch(/versions_by_recommendation/);
    expect(history).not.toMatch(/TEMP B-TREE/);
  });

  it('reads where every recommendation of a meeting stands (what an import checks of each) through the meeting’s index', () => {
    const detail = plan(`SELECT id, meeting_id, committee_id, status, head_version_id, deleted_at FROM recommendations WHERE meeting_id = ?`);
    expect(detail).toMatch(/recommendations_by_meeting|recommendations_live_order/);
    expect(detail).not.toMatch(/^SCAN/m);
  });

  it('searches through the full-text index', () => {
    expect(plan(`SELECT recommendation_id FROM search_index WHERE search_index MATCH ? AND meeting_id = ? ORDER BY rank LIMIT 50`)).toMatch(
      /VIRTUAL TABLE INDEX/,
    );
  });

  it('finds what a version insert checks (its recommendation, its parents, the children of a parent) by index', () => {
    expect(plan(`SELECT 1 FROM recommendations WHERE id = ?`)).not.toMatch(/^SCAN/m);
    expect(plan(`SELECT version_id FROM version_parents WHERE parent_id = ?`)).toMatch(/version_parents_by_parent/);
    expect(plan(`SELECT parent_id FROM version_parents WHERE version_id = ?`)).not.toMatch(/^SCAN/m);
  });

  it('ranks search hits in the full-text index’s own order, each joined to its recommendation by key, with no sort of every match', () => {
    const matching = `FROM search_index s CROSS JOIN recommendations r ON r.rowid = s.rowid
      LEFT JOIN participants a ON a.id = r.author_id LEFT JOIN delegations d ON d.id = a.delegation_id
      WHERE search_index MATCH ? AND r.meeting_id = ? AND r.deleted_at IS NULL AND (? IS NULL OR r.committee_id = ?)`;
    const detail = plan(`SELECT r.id, snippet(search_index, 3, '[', ']', '…', 16) ${matching} ORDER BY s.rank LIMIT 30 OFFSET 0`);
    expect(detail).toMatch(/^SCAN s VIRTUAL TABLE INDEX/);
    // Each hit finds its recommendation by rowid, never through a column of the index's stored text.
    expect(detail).toMatch(/SEARCH r USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(detail).not.toMatch(/SCAN (r|a|d)\b/);
    expect(plan(`SELECT count(*) ${matching}`)).toMatch(/^SCAN s VIRTUAL TABLE INDEX[^\n]*\nSEARCH r USING INTEGER PRIMARY KEY/);
    // Sorting would compute every matching row's excerpts before the LIMIT keeps a hundred.
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('numbers one recommendation from the live recommendations’ index, the counts from that index alone, never from the table’s rows', () => {
    const before = plan(`SELECT count(*) FROM recommendations o, recommendations r
      WHERE r.id = ? AND o.meeting_id = r.meeting_id AND o.committee_id = r.committee_id AND o.deleted_at IS NULL
        AND o.status NOT IN ('withdrawn', 'merged_into') AND (o.position, o.rowid) < (r.position, r.rowid)`);
    // One range of the committee's live rows (not two index walks OR-ed together).
    expect(before).toMatch(/SEARCH o USING (COVERING )?INDEX recommendations_live_order \(meeting_id=\? AND committee_id=\? AND position<\?\)/);
    expect(before).not.toMatch(/MULTI-INDEX OR|SCAN (o|r)\b/);
    const counts = plan(`SELECT committee_id, count(*) FROM recommendations
      WHERE meeting_id = ? AND deleted_at IS NULL AND status NOT IN ('withdrawn', 'merged_into') GROUP BY committee_id`);
    expect(counts).toMatch(/USING COVERING INDEX recommendations_live_order/);
    expect(counts).not.toMatch(/TEMP B-TREE/);
  });
});
