import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import {
  documentFromPlainText,
  documentToPlainText,
  paragraphNode,
  textBlocks,
  textNode,
  type SerializedDocument,
} from '../../../../shared/document/lexicalJson';
import type { Committee, MeetingDetail, Recommendation } from '../../../../shared/domain/types';
import { countRows, errorOf, openTempStore, rowCounts, type TempStore } from '../../../helpers/tempDb';
import { storedBodyJson } from '../../../helpers/storedBodies';

let store: TempStore;
let meeting: MeetingDetail;
let alerte: Committee;
let diplomates: Committee;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  alerte = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  diplomates = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Formation des diplomates' });
});
afterEach(() => store.cleanup());

const create = (title: string, committee: Committee = alerte) =>
  call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title });

const save = (rec: Recommendation, body: SerializedDocument, title = rec.title) =>
  call(store.dispatch, 'recommendation:save', { recommendationId: rec.id, baseVersionId: rec.headVersionId, title, body });

/** The body a user would have in the editor after changing some paragraphs of `rec`. */
function edited(rec: Recommendation, change: (texts: Array<{ uid: string | undefined; text: string }>) => Array<{ uid: string | undefined; text: string }>): SerializedDocument {
  const blocks = change(textBlocks(rec.body).map(({ uid, text }) => ({ uid, text })));
  return { root: { ...rec.body.root, children: blocks.map((b) => paragraphNode([textNode(b.text)], b.uid)) } };
}

const numbers = async () => (await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).recommendations.map((r) => [r.title, r.number]);

describe('creating a recommendation', () => {
  it('starts as a draft with an empty body whose paragraph has a stable id, and one version', async () => {
    const rec = await create('  Créer un   système d’alerte précoce ');
    expect(rec).toMatchObject({ title: 'Créer un système d’alerte précoce', status: 'draft', number: '1', committeeName: 'Alerte précoce', position: 1 });
    expect(textBlocks(rec.body).map((b) => typeof b.uid)).toEqual(['string']);
    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: rec.id });
    expect(versions).toEqual([expect.objectContaining({ id: rec.headVersionId, parentIds: [], origin: 'create', wordCount: 0 })]);
    expect(await call(store.dispatch, 'recommendation:get', { recommendationId: rec.id })).toEqual(rec);
  });

  it('refuses a committee of another meeting and writes nothing', async () => {
    const other = await call(store.dispatch, 'meeting:create', { title: 'Autre réunion' });
    const foreign = await call(store.dispatch, 'committee:add', { meetingId: other.id, name: 'Autre commission' });
    const before = rowCounts(store.db);
    const error = errorOf(await store.dispatch('recommendation:create', { meetingId: meeting.id, committeeId: foreign.id, title: 'Égarée' }));
    expect(error).toEqual({
      code: 'committee_mismatch',
      message: { fr: 'Cette commission n’appartient pas à cette réunion.', en: 'This committee does not belong to this meeting.' },
    });
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('cleans control characters out of the title', async () => {
    const rec = await create('Renforcer\u0000 l’alerte\u0002 précoce\u0007\uFFFE 🌍');
    expect(rec.title).toBe('Renforcer l’alerte précoce 🌍');
  });
});

describe('saving a recommendation', () => {
  it('appends a version whose parent is the previous head, building a chain', async () => {
    const v1 = await create('Créer un système d’alerte précoce');
    const v2 = await save(v1, documentFromPlainText('Les États membres créent un réseau d’alerte.', () => 'p-1'));
    const v3 = await save(v2, edited(v2, (b) => [...b, { uid: undefined, text: 'Il est relié aux ministères.' }]));
    expect(new Set([v1.headVersionId, v2.headVersionId, v3.headVersionId]).size).toBe(3);

    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: v1.id });
    // Newest first, each with its parent, its origin and its word count.
    expect(versions.map((v) => ({ id: v.id, parentIds: v.parentIds, origin: v.origin, wordCount: v.wordCount }))).toEqual([
      { id: v3.headVersionId, parentIds: [v2.headVersionId], origin: 'edit', wordCount: 12 },
      { id: v2.headVersionId, parentIds: [v1.headVersionId], origin: 'edit', wordCount: 7 },
      { id: v1.headVersionId, parentIds: [], origin: 'create', wordCount: 0 },
    ]);
    expect(versions[0]!.createdAt > versions[1]!.createdAt).toBe(true);
    expect(documentToPlainText((await call(store.dispatch, 'recommendation:get', { recommendationId: v1.id })).body)).toBe(
      'Les États membres créent un réseau d’alerte.\n\nIl est relié aux ministères.',
    );
  });

  it('appends to the current head when the editor started from an older version', async () => {
    const v1 = await create('Titre');
    const v2 = await save(v1, documentFromPlainText('Texte de la délégation du Mali.', () => 'p-1'));
    // A second window still holds v1: its save descends from v2, so v2 is not orphaned.
    const v3 = await save(v1, documentFromPlainText('Texte de la délégation du Niger.', () => 'p-2'));
    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: v1.id });
    expect(versions.map((v) => v.parentIds)).toEqual([[v2.headVersionId], [v1.headVersionId], []]);
    expect(v3.headVersionId).toBe(versions[0]!.id);
  });

  it('writes nothing when the save is identical to the head', async () => {
    const v1 = await create('Titre');
    const v2 = await save(v1, documentFromPlainText('Un texte.', () => 'p-1'));
    const before = rowCounts(store.db);
    const same = await save(v2, v2.body);
    expect(same).toEqual(v2);
    // The title is normalised before comparing: extra spaces are not a change either.
    expect(await save(v2, v2.body, `  ${v2.title}  `)).toEqual(v2);
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('gives every block a unique stable id, and keeps the id of a paragraph that an edit keeps', async () => {
    const rec = await create('Titre');
    const pasted = documentFromPlainText('Premier.\n\nDeuxième.\n\nTroisième.', () => 'même-id');
    const v2 = await save(rec, pasted);
    const ids2 = textBlocks(v2.body).map((b) => b.uid);
    expect(new Set(ids2).size).toBe(3);
    expect(ids2.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);

    // Edit the second paragraph, keep the others, insert a new one.
    const v3 = await save(
      v2,
      edited(v2, ([first, second, third]) => [first!, { uid: second!.uid, text: 'Deuxième, amendé.' }, { uid: undefined, text: 'Nouveau.' }, third!]),
    );
    const blocks3 = textBlocks(v3.body);
    expect(blocks3.map((b) => b.text)).toEqual(['Premier.', 'Deuxième, amendé.', 'Nouveau.', 'Troisième.']);
    expect([blocks3[0]!.uid, blocks3[1]!.uid, blocks3[3]!.uid]).toEqual(ids2);
    expect(ids2).not.toContain(blocks3[2]!.uid);
    expect(new Set(blocks3.map((b) => b.uid)).size).toBe(4);

    // The first version of the history still holds its own ids.
    const stored = storedBodyJson(store.db, v2.headVersionId);
    expect(textBlocks(JSON.parse(stored) as SerializedDocument).map((b) => b.uid)).toEqual(ids2);
  });

  it('cleans control characters out of the body, keeping tabs, line breaks and emoji', async () => {
    const rec = await create('Titre');
    const body = documentFromPlainText('x', () => 'p');
    body.root.children = [paragraphNode([textNode('Sécurité\u0000 des\u0003 États\uFFFE\t🌍\uD800')], 'p')];
    const saved = await save(rec, body);
    expect(textBlocks(saved.body)[0]!.text).toBe('Sécurité des États\t🌍');
  });

  it('refuses an unreadable body, an empty title and an unknown base version, and writes nothing', async () => {
    const rec = await create('Titre');
    const before = rowCounts(store.db);
    const deep = { root: { type: 'root', children: [] as unknown[] } };
    let node: { type: string; children: unknown[] } = { type: 'paragraph', children: [] };
    deep.root.children.push(node);
    for (let i = 0; i < 10_000; i++) {
      const child = { type: 'paragraph', children: [] as unknown[] };
      node.children.push(child);
      node = child;
    }
    const payload = { recommendationId: rec.id, baseVersionId: rec.headVersionId, title: 'Titre' };
    // Refused as an unreadable text, saying why, in both languages (it used to be a bare invalid_input).
    expect(errorOf(await store.dispatch('recommendation:save', { ...payload, body: deep }))).toEqual({
      code: 'invalid_document',
      message: {
        fr: 'Ce texte est illisible ou trop volumineux (plus de 24 niveaux d’imbrication)\u202f; rien n’a été enregistré.',
        en: 'This text is unreadable or too large (more than 24 levels of nesting); nothing was saved.',
      },
    });
    expect(errorOf(await store.dispatch('recommendation:save', { ...payload, title: '\u0001', body: rec.body })).code).toBe('empty_title');
    expect(
      errorOf(await store.dispatch('recommendation:save', { ...payload, baseVersionId: '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01', body: rec.body })).code,
    ).toBe('not_found');
    expect(rowCounts(store.db)).toEqual(before);
  });
});

describe('numbers', () => {
  it('follow committee order and the meeting’s numbering scheme', async () => {
    await create('Former les diplomates', diplomates);
    await create('Créer un réseau d’alerte', alerte);
    const withdrawn = await create('Doublon', alerte);
    await create('Relier les ministères', alerte);
    expect(await numbers()).toEqual([
      ['Créer un réseau d’alerte', '1'],
      ['Doublon', '2'],
      ['Relier les ministères', '3'],
      ['Former les diplomates', '4'],
    ]);

    await call(store.dispatch, 'committee:reorder', { meetingId: meeting.id, committeeIds: [diplomates.id, alerte.id] });
    await call(store.dispatch, 'meeting:update', { meetingId: meeting.id, numbering: 'per_committee' });
    expect(await numbers()).toEqual([
      ['Former les diplomates', '1.1'],
      ['Créer un réseau d’alerte', '2.1'],
      ['Doublon', '2.2'],
      ['Relier les ministères', '2.3'],
    ]);

    // Withdrawing is not a use-case yet: set the status as a later version of Palabre would.
    store.db.prepare(`UPDATE recommendations SET status = 'withdrawn' WHERE id = ?`).run(withdrawn.id);
    expect(await numbers()).toEqual([
      ['Former les diplomates', '1.1'],
      ['Créer un réseau d’alerte', '2.1'],
      ['Doublon', ''],
      ['Relier les ministères', '2.2'],
    ]);
    expect(countRows(store.db, 'recommendations')).toBe(4);
  });
});
