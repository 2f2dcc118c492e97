import type { Database as Db } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migration001 } from '../../../../../electron/main/db/migrations/001_initial';
import { migration002 } from '../../../../../electron/main/db/migrations/002_structured_recommendations';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/main/db/migrations';
import { migration003 } from '../../../../../electron/main/db/migrations/003_review_workflow';
import { openDatabase } from '../../../../../electron/main/db/open';
import { call, createDispatcher } from '../../../../../electron/main/handlers';
import { createContext } from '../../../../../electron/main/services/context';
import { documentFromPlainText } from '../../../../../shared/document/lexicalJson';
import { makeTempDir, removeTempDir, steppingClock } from '../../../../helpers/tempDb';

let dir: string;
let path: string;
let db: Db | undefined;
beforeEach(() => {
  dir = makeTempDir('palabre-m003-');
  path = join(dir, 'palabre.sqlite');
});
afterEach(() => {
  if (db?.open) db.close();
  removeTempDir(dir);
});

const AT = '2025-11-17T08:30:00.000Z';
const MEETING = '11111111-1111-4111-8111-111111111111';
const COMMITTEE = '22222222-2222-4222-8222-222222222222';
const REC = '33333333-3333-4333-8333-333333333333';
const V1 = '55555555-5555-4555-8555-555555555555';
const V2 = '66666666-6666-4666-8666-666666666666';
const DELEGATION = '88888888-8888-4888-8888-888888888888';
const AWA = '99999999-9999-4999-8999-999999999999';
const TEXT = 'Les États membres créent un réseau de veille sécuritaire.';

/** A database written by Palabre with schema 2: a recommendation with two versions, a comment, an audit entry. */
async function schema2Database(): Promise<void> {
  const old = await openDatabase(path, { migrations: [migration001, migration002] });
  const body = (text: string) => JSON.stringify(documentFromPlainText(text, () => 'p-1'));
  const fields = (status: string) => JSON.stringify({ status, committeeId: COMMITTEE, addressees: ['Conseil des Ministres'], leadActors: [], horizon: '', deadline: null, priority: null });
  old.prepare(`INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, 'Réunion des experts, Bamako', ?, ?)`).run(MEETING, AT, AT);
  old.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at) VALUES (?, ?, 'Alerte précoce', 1, ?)`).run(COMMITTEE, MEETING, AT);
  old.prepare(`INSERT INTO delegations (id, meeting_id, name) VALUES (?, ?, 'Mali')`).run(DELEGATION, MEETING);
  old.prepare(`INSERT INTO participants (id, meeting_id, delegation_id, name, role, created_at) VALUES (?, ?, ?, 'Awa Sow', 'expert', ?)`).run(AWA, MEETING, DELEGATION, AT);
  old.prepare(`INSERT INTO recommendations (id, meeting_id, committee_id, position, status, head_version_id, author_id, addressees_json, created_at, updated_at)
    VALUES (?, ?, ?, 1, 'under_review', ?, ?, '["Conseil des Ministres"]', ?, ?)`).run(REC, MEETING, COMMITTEE, V2, AWA, AT, AT);
  const version = old.prepare(`INSERT INTO versions (id, recommendation_id, title, body_json, fields_json, author_id, author_name, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, 'Awa Sow', ?, ?)`);
  version.run(V1, REC, 'Créer un réseau', body('Premier jet.'), fields('draft'), AWA, 'create', AT);
  version.run(V2, REC, 'Créer un réseau d’alerte', body(TEXT), fields('under_review'), AWA, 'edit', '2025-11-17T09:00:00.000Z');
  old.prepare(`INSERT INTO version_parents (version_id, parent_id, ord) VALUES (?, ?, 0)`).run(V2, V1);
  old.prepare(`INSERT INTO comments (id, recommendation_id, version_id, author_id, author_name, body, created_at) VALUES ('c1', ?, ?, ?, 'Awa Sow', 'Préciser le rôle des gouverneurs.', ?)`).run(REC, V2, AWA, AT);
  old.prepare(`INSERT INTO audit_log (meeting_id, recommendation_id, actor_id, actor_name, action, detail_json, at) VALUES (?, ?, ?, 'Awa Sow', 'recommendation.status', '{"from":"draft","to":"under_review"}', ?)`).run(MEETING, REC, AWA, AT);
  old.prepare(`INSERT INTO search_index (recommendation_id, meeting_id, title, body, comments) VALUES (?, ?, ?, ?, ?)`).run(REC, MEETING, 'Créer un réseau d’alerte', TEXT, 'Préciser le rôle des gouverneurs.');
  old.prepare(`INSERT INTO settings (key, value) VALUES ('profile.participantId', ?)`).run(AWA);
  old.close();
}

async function migrated() {
  await schema2Database();
  db = await openDatabase(path);
  const ctx = createContext(db, { now: steppingClock('2025-11-18T08:00:00.000Z') });
  return { db, dispatch: createDispatcher(ctx) };
}

describe('migration 003 (review workflow)', () => {
  it('is version 3 and keeps a schema-2 database’s data, versions untouched', async () => {
    expect(migration003.version).toBe(3);
    const { db } = await migrated();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare(`SELECT id, title, coauthors_json AS coauthors FROM versions ORDER BY created_at`).all()).toEqual([
      { id: V1, title: 'Créer un réseau', coauthors: '[]' },
      { id: V2, title: 'Créer un réseau d’alerte', coauthors: '[]' },
    ]);
    expect(db.prepare(`SELECT id, body, updated_at, resolved_by FROM comments`).all()).toEqual([
      { id: 'c1', body: 'Préciser le rôle des gouverneurs.', updated_at: null, resolved_by: null },
    ]);
    expect(db.prepare(`SELECT count(*) FROM amendments`).pluck().get()).toBe(0);
  });

  it('shows the old history, comment and audit entry through the new channels', async () => {
    const { dispatch } = await migrated();
    const history = await call(dispatch, 'recommendation:history', { recommendationId: REC });
    expect(history.map((v) => [v.id, v.parentIds, v.coauthors, v.isHead, v.amendmentId])).toEqual([
      [V2, [V1], [], true, null],
      [V1, [], [], false, null],
    ]);
    const threads = await call(dispatch, 'comment:list', { recommendationId: REC });
    // A comment written before anchors existed is a general comment, written by its author.
    expect(threads).toEqual([
      expect.objectContaining({ id: 'c1', text: 'Préciser le rôle des gouverneurs.', anchor: null, resolved: false, replies: [], authorDelegation: 'Mali', mine: true }),
    ]);
    const audit = await call(dispatch, 'audit:list', { meetingId: MEETING });
    expect(audit.map((e) => [e.actorName, e.summary.en])).toEqual([['Awa Sow', 'Status: “draft” → “under review”']]);
  });

  it('lets the migrated data take amendments and milestones, snapshots being immutable', async () => {
    const { db, dispatch } = await migrated();
    const amendment = await call(dispatch, 'amendment:propose', {
      recommendationId: REC,
      body: documentFromPlainText(TEXT.replace('un réseau', 'un grand réseau'), () => 'p-1'),
    });
    expect(amendment).toMatchObject({ status: 'pending', baseVersionId: V2, authorName: 'Awa Sow' });
    expect((await call(dispatch, 'meeting:get', { meetingId: MEETING })).pendingAmendmentCount).toBe(1);
    const milestone = await call(dispatch, 'milestone:create', { meetingId: MEETING, name: 'Projet soumis à la plénière' });
    expect(milestone.recommendationCount).toBe(1);
    // Snapshots cannot be rewritten.
    expect(() => db.prepare(`UPDATE milestone_heads SET number = '9'`).run()).toThrow(/snapshots/);
    expect(() => db.prepare(`DELETE FROM milestone_heads`).run()).toThrow(/snapshots/);
    expect(() => db.prepare(`UPDATE amendments SET status = 'lost'`).run()).toThrow(/CHECK/);
  });
});
