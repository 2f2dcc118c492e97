/**
 * SQL for recommendations and their immutable versions. The recommendations row is the current
 * projection of the head version's fields (status, committee, addressees…) plus the order and the
 * trash; the versions hold the history.
 */
import type { Database } from 'better-sqlite3';
import { UNNUMBERED_STATUSES } from '../../../../shared/domain/numbering';
import type { Priority, RecommendationStatus, VersionOrigin } from '../../../../shared/domain/types';
import { decodeBodyBytes, encodeBody, type StoredBody } from '../versionBodies';
import { SizedCache } from '../sizedCache';

export interface RecommendationRow {
  id: string;
  meetingId: string;
  committeeId: string;
  position: number;
  status: RecommendationStatus;
  headVersionId: string;
  authorId: string | null;
  addresseesJson: string;
  leadActorsJson: string;
  horizon: string;
  deadline: string | null;
  priority: Priority | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface RecommendationListRow extends RecommendationRow {
  title: string;
  authorName: string | null;
  authorDelegation: string | null;
  lastEditorName: string | null;
  pendingAmendmentCount: number;
  openCommentCount: number;
}

export interface TrashRow {
  id: string;
  meetingId: string;
  committeeId: string;
  committeeName: string;
  title: string;
  status: RecommendationStatus;
  deletedAt: string;
  deletedByName: string | null;
}

export interface VersionRow {
  id: string;
  recommendationId: string;
  title: string;
  bodyJson: string;
  fieldsJson: string;
  authorId: string | null;
  authorName: string | null;
  origin: VersionOrigin;
  createdAt: string;
  /** JSON list of `{ id, name }` credited besides the author (schema 3); '[]' for most versions. */
  coauthorsJson: string;
}

/** A version without its body. */
export type VersionHeader = Omit<VersionRow, 'bodyJson'>;

/** A version to write: co-authors are optional. */
export type NewVersionRow = Omit<VersionRow, 'coauthorsJson'> & { coauthorsJson?: string };

/** The columns of the projection that a version's fields set. */
export interface ProjectionRow {
  id: string;
  status: RecommendationStatus;
  committeeId: string;
  addresseesJson: string;
  leadActorsJson: string;
  horizon: string;
  deadline: string | null;
  priority: Priority | null;
  headVersionId: string;
  updatedAt: string;
}

const REC_COLUMNS = `r.id, r.meeting_id AS meetingId, r.committee_id AS committeeId, r.position, r.status,
  r.head_version_id AS headVersionId, r.author_id AS authorId, r.addressees_json AS addresseesJson,
  r.lead_actors_json AS leadActorsJson, r.horizon, r.deadline, r.priority,
  r.created_at AS createdAt, r.updated_at AS updatedAt, r.deleted_at AS deletedAt`;

/** A live recommendation as the list shows it: its projection, its head's title, its author, its counts. */
const LIST_SELECT = `SELECT ${REC_COLUMNS}, v.title, v.author_name AS lastEditorName,
    a.name AS authorName, d.name AS authorDelegation,
    (SELECT count(*) FROM amendments am WHERE am.recommendation_id = r.id AND am.status = 'pending') AS pendingAmendmentCount,
    (SELECT count(*) FROM comments c WHERE c.recommendation_id = r.id AND c.parent_id IS NULL
      AND c.deleted_at IS NULL AND c.resolved_at IS NULL) AS openCommentCount
  FROM recommendations r JOIN versions v ON v.id = r.head_version_id
    LEFT JOIN participants a ON a.id = r.author_id
    LEFT JOIN delegations d ON d.id = a.delegation_id`;

/** The statuses that keep no number (shared/domain/numbering.ts), as an SQL list. */
const UNNUMBERED_SQL = `(${[...UNNUMBERED_STATUSES].map((s) => `'${s}'`).join(', ')})`;

const BODY_COLUMNS = `body_json AS bodyJson, body_deflate AS bodyDeflate, body_base_id AS bodyBaseId, body_depth AS bodyDepth`;
const HEADER_COLUMNS = `id, recommendation_id AS recommendationId, title,
  fields_json AS fieldsJson, author_id AS authorId, author_name AS authorName, origin, created_at AS createdAt,
  coauthors_json AS coauthorsJson`;
const VERSION_COLUMNS = `${HEADER_COLUMNS}, ${BODY_COLUMNS}`;

/** A versions row as stored: the body still encoded (versionBodies.ts). */
type StoredVersionRow = Omit<VersionRow, 'bodyJson'> & StoredBody;

/**
 * Bound of the decoded bodies kept per connection, by version id, so that an autosave does not
 * inflate its head's whole chain again. An entry never goes stale: versions are immutable, and an id
 * never names two contents (local ids are random; a package's version keeps its id and its content
 * wherever it goes), so even a row read inside a transaction later rolled back is no lie.
 * 16 M characters hold the heads of a 600-recommendation meeting and what an import of forty
 * contributions writes and reads back (each body is compressed against its parent's).
 */
const BODY_CACHE_CHARS = 16_000_000;
/** The dictionaries' UTF-8 kept (about 2,000 recommendations' texts). */
const UTF8_CACHE_BYTES = 12_000_000;

export type RecommendationPlace = Pick<RecommendationRow, 'meetingId' | 'committeeId' | 'status' | 'headVersionId' | 'deletedAt'>;
const PLACE_COLUMNS = 'meeting_id AS meetingId, committee_id AS committeeId, status, head_version_id AS headVersionId, deleted_at AS deletedAt';

export function recommendationsRepository(db: Database) {
  const statements = {
    insert: db.prepare(`INSERT INTO recommendations (id, meeting_id, committee_id, position, status, author_id, created_at, updated_at)
      VALUES (@id, @meetingId, @committeeId,
        (SELECT coalesce(max(position), 0) + 1 FROM recommendations WHERE committee_id = @committeeId AND deleted_at IS NULL),
        'draft', @authorId, @createdAt, @createdAt)`),
    get: db.prepare(`SELECT ${REC_COLUMNS} FROM recommendations r WHERE r.id = ? AND r.deleted_at IS NULL`),
    record: db.prepare(`SELECT ${REC_COLUMNS} FROM recommendations r WHERE r.id = ?`),
    placesIn: db.prepare(`SELECT id, ${PLACE_COLUMNS} FROM recommendations WHERE meeting_id = ?`),
    place: db.prepare(`SELECT ${PLACE_COLUMNS} FROM recommendations WHERE id = ?`),
    // In index order (committee, position, then insertion): the reading order's tie-break, which
    // numberedBefore below follows too.
    listByMeeting: db.prepare(`${LIST_SELECT} WHERE r.meeting_id = ? AND r.deleted_at IS NULL ORDER BY r.committee_id, r.position, r.rowid`),
    summary: db.prepare(`${LIST_SELECT} WHERE r.id = ? AND r.deleted_at IS NULL`),
    numberedByCommittee: db.prepare(`SELECT committee_id AS committeeId, count(*) AS count FROM recommendations
      WHERE meeting_id = ? AND deleted_at IS NULL AND status NOT IN ${UNNUMBERED_SQL} GROUP BY committee_id`),
    numberedBefore: db.prepare(`SELECT count(*) FROM recommendations o, recommendations r
      WHERE r.id = @id AND o.meeting_id = r.meeting_id AND o.committee_id = r.committee_id AND o.deleted_at IS NULL
        AND o.status NOT IN ${UNNUMBERED_SQL} AND (o.position, o.rowid) < (r.position, r.rowid)`).pluck(),
    liveIdsInCommittee: db.prepare(`SELECT id FROM recommendations WHERE committee_id = ? AND deleted_at IS NULL ORDER BY position, created_at`).pluck(),
    removedCommitteesInUse: db.prepare(`SELECT DISTINCT c.id FROM committees c JOIN recommendations r ON r.committee_id = c.id
      WHERE c.meeting_id = ? AND c.deleted_at IS NOT NULL AND r.deleted_at IS NULL ORDER BY c.position, c.id`).pluck(),
    setPlace: db.prepare(`UPDATE recommendations SET committee_id = ?, position = ? WHERE id = ?`),
    setProjection: db.prepare(`UPDATE recommendations SET status = @status, committee_id = @committeeId,
      addressees_json = @addresseesJson, lead_actors_json = @leadActorsJson, horizon = @horizon, deadline = @deadline,
      priority = @priority, head_version_id = @headVersionId, updated_at = @updatedAt WHERE id = @id`),
    setHead: db.prepare(`UPDATE recommendations SET addressees_json = @addresseesJson, lead_actors_json = @leadActorsJson,
      horizon = @horizon, deadline = @deadline, priority = @priority, head_version_id = @headVersionId, updated_at = @updatedAt WHERE id = @id`),
    indexedPlace: db.prepare(`SELECT status, committee_id AS committeeId FROM recommendations WHERE id = ?`),
    softDelete: db.prepare(`UPDATE recommendations SET deleted_at = ?, deleted_by = ? WHERE id = ?`),
    undelete: db.prepare(`UPDATE recommendations SET deleted_at = NULL, deleted_by = NULL, committee_id = ? WHERE id = ?`),
    trash: db.prepare(`SELECT r.id, r.meeting_id AS meetingId, r.committee_id AS committeeId, c.name AS committeeName, v.title,
        r.status, r.deleted_at AS deletedAt, p.name AS deletedByName
      FROM recommendations r JOIN versions v ON v.id = r.head_version_id JOIN committees c ON c.id = r.committee_id
        LEFT JOIN participants p ON p.id = r.deleted_by
      WHERE r.meeting_id = ? AND r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, r.rowid DESC`),
    insertVersion: db.prepare(`INSERT INTO versions (id, recommendation_id, title, body_json, body_deflate, body_base_id, body_depth,
        fields_json, author_id, author_name, origin, created_at, coauthors_json)
      VALUES (@id, @recommendationId, @title, @bodyJson, @bodyDeflate, @bodyBaseId, @bodyDepth,
        @fieldsJson, @authorId, @authorName, @origin, @createdAt, @coauthorsJson)`),
    storedBody: db.prepare(`SELECT id, ${BODY_COLUMNS} FROM versions WHERE id = ?`),
    versionOwner: db.prepare(`SELECT recommendation_id FROM versions WHERE id = ?`).pluck(),
    insertParent: db.prepare(`INSERT INTO version_parents (version_id, parent_id, ord) VALUES (?, ?, ?)`),
    version: db.prepare(`SELECT ${VERSION_COLUMNS} FROM versions WHERE id = ?`),
    versionHeader: db.prepare(`SELECT ${HEADER_COLUMNS} FROM versions WHERE id = ?`),
    versions: db.prepare(`SELECT ${VERSION_COLUMNS} FROM versions WHERE recommendation_id = ? ORDER BY created_at DESC, rowid DESC`),
    versionIds: db.prepare(`SELECT id FROM versions WHERE recommendation_id = ? ORDER BY created_at DESC, rowid DESC`).pluck(),
    parents: db.prepare(`SELECT vp.version_id AS versionId, vp.parent_id AS parentId FROM version_parents vp
      JOIN versions v ON v.id = vp.version_id WHERE v.recommendation_id = ? ORDER BY vp.ord`),
  };

  /**
   * Decoded bodies: a body read again (the base of forty contributions) stays. With its depth in its
   * chain, so that a child written against it (every merge an import writes) needs no read at all.
   */
  const bodies = new SizedCache<{ json: string; depth: number }>(BODY_CACHE_CHARS, (body) => body.json.length);
  /**
   * The UTF-8 of bodies used as dictionaries to read their children (a body compressed against its
   * parent is read back through the parent's bytes), encoded once each. Writing compares texts and
   * needs the bytes only when zlib compresses (versionBodies.ts), so a write encodes none.
   */
  const utf8s = new SizedCache<Buffer>(UTF8_CACHE_BYTES, (bytes) => bytes.length);
  function utf8Of(id: string, json: string): Buffer {
    const known = utf8s.get(id);
    if (known) return known;
    const bytes = Buffer.from(json, 'utf8');
    utf8s.add(id, bytes);
    return bytes;
  }
  /** The JSON of a stored body, its dictionaries decoded first (at most SNAPSHOT_EVERY of them). */
  function bodyOf(stored: StoredBody & { id: string }): string {
    if (!stored.bodyDeflate) return stored.bodyJson;
    const cached = bodies.get(stored.id);
    if (cached !== undefined) return cached.json;
    const base = stored.bodyBaseId ? (statements.storedBody.get(stored.bodyBaseId) as (StoredBody & { id: string }) | undefined) : undefined;
    const baseJson = base ? bodyOf(base) : null;
    const { json, utf8 } = decodeBodyBytes(stored, baseJson, base && baseJson !== null ? utf8Of(base.id, baseJson) : undefined);
    bodies.add(stored.id, { json, depth: stored.bodyDepth });
    // Reading a history reads each version through its parent's bytes: these are the next one's.
    if (utf8) utf8s.add(stored.id, utf8);
    return json;
  }
  /** A version as the base to compress its child against: from the cache, else read. */
  function baseFor(id: string): { id: string; json: string; depth: number; utf8: Buffer | undefined } | undefined {
    const known = bodies.get(id);
    if (known) return { id, json: known.json, depth: known.depth, utf8: utf8s.get(id) };
    const stored = statements.storedBody.get(id) as (StoredBody & { id: string }) | undefined;
    return stored && { id, json: bodyOf(stored), depth: stored.bodyDepth, utf8: utf8s.get(id) };
  }
  function decoded(row: StoredVersionRow | undefined): VersionRow | undefined {
    if (!row) return undefined;
    const { bodyDeflate: _deflate, bodyBaseId: _base, bodyDepth: _depth, ...rest } = row;
    return { ...rest, bodyJson: bodyOf(row) };
  }

  return {
    /** A new draft at the end of its committee; its head and fields are set by the first version. */
    insert(row: { id: string; meetingId: string; committeeId: string; authorId: string | null; createdAt: string }): void {
      statements.insert.run(row);
    },
    /** A live recommendation (not in the trash). */
    get(id: string): RecommendationRow | undefined {
      return statements.get.get(id) as RecommendationRow | undefined;
    },
    /** A recommendation, in the trash or not. */
    record(id: string): RecommendationRow | undefined {
      return statements.record.get(id) as RecommendationRow | undefined;
    },
    /** Where a recommendation stands (meeting, committee, status, head, trash), deleted or not: what an import asks of each one it names. */
    headOf(id: string): RecommendationPlace | undefined {
      return statements.place.get(id) as RecommendationPlace | undefined;
    },
    /** headOf for every recommendation of a meeting, in one read (an import asks it of each of hundreds, forty times). */
    placesIn(meetingId: string): Map<string, RecommendationPlace> {
      const rows = statements.placesIn.all(meetingId) as Array<RecommendationPlace & { id: string }>;
      // Each row is its own place (its id along): no copy of 600 rows per package.
      const places = new Map<string, RecommendationPlace>();
      for (const row of rows) places.set(row.id, row);
      return places;
    },
    listByMeeting(meetingId: string): RecommendationListRow[] {
      return statements.listByMeeting.all(meetingId) as RecommendationListRow[];
    },
    /** One live recommendation as listByMeeting has it. */
    summary(id: string): RecommendationListRow | undefined {
      return statements.summary.get(id) as RecommendationListRow | undefined;
    },
    /** How many live, numbered recommendations each committee of a meeting holds. */
    numberedByCommittee(meetingId: string): Map<string, number> {
      const rows = statements.numberedByCommittee.all(meetingId) as Array<{ committeeId: string; count: number }>;
      return new Map(rows.map((row) => [row.committeeId, row.count]));
    },
    /** How many live, numbered recommendations come before this one in its committee. */
    numberedBefore(id: string): number {
      return statements.numberedBefore.get({ id }) as number;
    },
    /** Ids of the live recommendations of a committee, in order. */
    liveIdsInCommittee(committeeId: string): string[] {
      return statements.liveIdsInCommittee.all(committeeId) as string[];
    },
    /** Removed committees of a meeting that a live recommendation stands in (arrived from another machine). */
    removedCommitteesInUse(meetingId: string): string[] {
      return statements.removedCommitteesInUse.all(meetingId) as string[];
    },
    setPlace(id: string, committeeId: string, position: number): void {
      statements.setPlace.run(committeeId, position, id);
    },
    /**
     * Sets the head and the fields it projects. Nearly every new head keeps its status and committee
     * (an edit, a merge): those two columns are then left out of the UPDATE, because SQLite rewrites
     * the entries of every index holding a column the statement sets (both of this table's indexes
     * hold the committee, one the status), changed or not, and checks the committee's foreign key;
     * the read that decides it costs a quarter of that. `current`: the row's status and committee,
     * when the caller holds them as they stand (an import's place of it), instead of that read.
     */
    setProjection(row: ProjectionRow, current?: { status: string; committeeId: string }): void {
      const indexed = current ?? (statements.indexedPlace.get(row.id) as { status: string; committeeId: string } | undefined);
      if (indexed?.status === row.status && indexed.committeeId === row.committeeId) {
        const { status: _status, committeeId: _committee, ...rest } = row;
        statements.setHead.run(rest);
      } else statements.setProjection.run(row);
    },
    softDelete(id: string, at: string, by: string | null): void {
      statements.softDelete.run(at, by, id);
    },
    undelete(id: string, committeeId: string): void {
      statements.undelete.run(committeeId, id);
    },
    trash(meetingId: string): TrashRow[] {
      return statements.trash.all(meetingId) as TrashRow[];
    },
    /** Writes a version, its body compressed against its first parent's (versionBodies.ts). */
    insertVersion(row: NewVersionRow, parentIds: readonly string[]): void {
      const body = encodeBody(row.bodyJson, (parentIds[0] === undefined ? undefined : baseFor(parentIds[0])) ?? null);
      statements.insertVersion.run({ ...row, ...body, coauthorsJson: row.coauthorsJson ?? '[]' });
      parentIds.forEach((parentId, ord) => statements.insertParent.run(row.id, parentId, ord));
      // The next version is compressed against this one, and a merge reads it: not inflated back.
      bodies.add(row.id, { json: row.bodyJson, depth: body.bodyDepth });
    },
    /**
     * Lets go of the bodies of versions no other version will be compressed against soon (a
     * contribution's version that a merge has just superseded), so that the ones that will be (the
     * heads, the bases every contribution starts from) stay in memory.
     */
    forgetBodies(ids: Iterable<string>): void {
      for (const id of ids) {
        bodies.delete(id);
        utf8s.delete(id);
      }
    },
    version(id: string): VersionRow | undefined {
      return decoded(statements.version.get(id) as StoredVersionRow | undefined);
    },
    /** A version without its body (nothing decoded): who wrote it, when, its title and fields. */
    versionHeader(id: string): VersionHeader | undefined {
      return statements.versionHeader.get(id) as VersionHeader | undefined;
    },
    /** The recommendation a version belongs to, without decoding its body. */
    versionOwner(id: string): string | undefined {
      return statements.versionOwner.get(id) as string | undefined;
    },
    /** The ids of `versions`, in the same order, without reading a body. */
    versionIds(recommendationId: string): string[] {
      return statements.versionIds.all(recommendationId) as string[];
    },
    versions(recommendationId: string): VersionRow[] {
      return (statements.versions.all(recommendationId) as StoredVersionRow[]).map((row) => decoded(row)!);
    },
    /** Parent ids of every version of a recommendation, keyed by version id, in parent order. */
    parents(recommendationId: string): Map<string, string[]> {
      const map = new Map<string, string[]>();
      for (const row of statements.parents.all(recommendationId) as Array<{ versionId: string; parentId: string }>) {
        const list = map.get(row.versionId) ?? [];
        list.push(row.parentId);
        map.set(row.versionId, list);
      }
      return map;
    },
  };
}

export type RecommendationsRepository = ReturnType<typeof recommendationsRepository>;
