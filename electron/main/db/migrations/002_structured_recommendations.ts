/**
 * Schema 2: structured recommendations and meeting set-up.
 * - meetings: the typography setting (French typography applied on save, or none);
 * - recommendations: the current projection of the versioned fields (addressees, lead actors,
 *   horizon, deadline, priority) and who put a recommendation in the trash;
 * - search_index: a third searchable column, the recommendation's comments. FTS5 tables cannot gain
 *   a column, so the index is rebuilt from the head versions and the comments.
 *
 * What must stay true: versions are not touched (they are immutable; a version written by schema 1
 * simply has fewer fields, read with defaults), and the rebuilt index holds exactly the live
 * recommendations.
 */
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'structured recommendations, typography, search in comments',
  up(db) {
    db.exec(`
      ALTER TABLE meetings ADD COLUMN typography TEXT NOT NULL DEFAULT 'fr' CHECK (typography IN ('fr', 'none'));

      ALTER TABLE recommendations ADD COLUMN addressees_json  TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE recommendations ADD COLUMN lead_actors_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE recommendations ADD COLUMN horizon          TEXT NOT NULL DEFAULT '';
      ALTER TABLE recommendations ADD COLUMN deadline         TEXT;
      ALTER TABLE recommendations ADD COLUMN priority         TEXT CHECK (priority IN ('high', 'medium', 'low'));
      ALTER TABLE recommendations ADD COLUMN deleted_by       TEXT REFERENCES participants(id);

      CREATE INDEX participants_by_delegation ON participants(delegation_id);

      DROP TABLE search_index;
      CREATE VIRTUAL TABLE search_index USING fts5(
        recommendation_id UNINDEXED,
        meeting_id UNINDEXED,
        title,
        body,
        comments,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    const heads = db
      .prepare(
        `SELECT r.id, r.meeting_id AS meetingId, v.title, v.body_json AS bodyJson FROM recommendations r
         JOIN versions v ON v.id = r.head_version_id WHERE r.deleted_at IS NULL`,
      )
      .all() as Array<{ id: string; meetingId: string; title: string; bodyJson: string }>;
    const comments = db.prepare(`SELECT body FROM comments WHERE recommendation_id = ? AND deleted_at IS NULL ORDER BY created_at`).pluck();
    const insert = db.prepare(`INSERT INTO search_index (recommendation_id, meeting_id, title, body, comments) VALUES (?, ?, ?, ?, ?)`);
    for (const head of heads) {
      insert.run(head.id, head.meetingId, head.title, plainText(head.bodyJson), (comments.all(head.id) as string[]).join('\n\n'));
    }
  },
};

/**
 * The text of a stored body: the text of each block, blocks separated by a blank line. Kept here
 * rather than imported, so that this migration does the same thing whatever later versions do to the
 * document model; a body that does not parse is indexed as empty rather than failing the migration.
 */
function plainText(bodyJson: string): string {
  interface Node {
    type?: unknown;
    text?: unknown;
    children?: unknown;
  }
  let root: Node | undefined;
  try {
    root = (JSON.parse(bodyJson) as { root?: Node } | null)?.root;
  } catch {
    return '';
  }
  if (!root) return '';
  const blocks: string[][] = [];
  // Depth first, children pushed in reverse: nodes come off the stack in reading order.
  const stack: Array<[Node, string[] | null]> = [[root, null]];
  while (stack.length > 0) {
    const [node, block] = stack.pop()!;
    let owner = block;
    if (BLOCK_TYPES.has(String(node.type))) {
      owner = [];
      blocks.push(owner);
    } else if (typeof node.text === 'string' && block) {
      block.push(node.text);
    }
    const children = Array.isArray(node.children) ? (node.children as Node[]) : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, owner]);
  }
  return blocks
    .map((parts) => parts.join(''))
    .filter((text) => text.trim().length > 0)
    .join('\n\n');
}

const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem']);
