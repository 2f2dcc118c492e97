import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { documentFromPlainText, documentToPlainText, paragraphNode, textNode } from '../../../../shared/document/lexicalJson';
import { paragraphKindOf, setParagraphKind } from '../../../../shared/document/paragraphKind';
import type { Committee, MeetingDetail, Recommendation } from '../../../../shared/domain/types';
import { errorOf, openTempStore, rowCounts, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
let meeting: MeetingDetail;
let alerte: Committee;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  alerte = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
});
afterEach(() => store.cleanup());

const create = (title: string) => call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: alerte.id, title });
const save = (rec: Recommendation, text: string, title = rec.title) =>
  call(store.dispatch, 'recommendation:save', { recommendationId: rec.id, baseVersionId: rec.headVersionId, title, body: documentFromPlainText(text, () => crypto.randomUUID()) });

describe('French typography on save', () => {
  it('is applied to the title and to every text node of the body when the meeting is in French', async () => {
    const rec = await create("Alerte précoce : l'urgence d'agir !");
    expect(rec.title).toBe('Alerte précoce\u00A0: l’urgence d’agir\u202F!');
    const saved = await save(rec, "Considérant l'urgence ;\n\nLes experts recommandent : « agir vite » ?");
    expect(documentToPlainText(saved.body)).toBe('Considérant l’urgence\u202F;\n\nLes experts recommandent\u00A0: «\u00A0agir vite\u00A0»\u202F?');
  });

  it('makes a save of the same text typed with plain spaces a no-op', async () => {
    const rec = await save(await create('Titre'), "L'alerte ; la veille.");
    const before = rowCounts(store.db);
    // The same paragraph (same id) as the editor would send it back, typed without French typography.
    const retyped = structuredClone(rec.body);
    retyped.root.children[0]!.children = [textNode("L'alerte ; la veille.")];
    const again = await call(store.dispatch, 'recommendation:save', { recommendationId: rec.id, baseVersionId: rec.headVersionId, title: rec.title, body: retyped });
    expect(again.headVersionId).toBe(rec.headVersionId);
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('is left out when the meeting’s typography is switched off (an English meeting)', async () => {
    await call(store.dispatch, 'meeting:update', { meetingId: meeting.id, typography: 'none' });
    const rec = await create("Early warning: the members' network!");
    expect(rec.title).toBe("Early warning: the members' network!");
    const saved = await save(rec, 'Recalling its decisions; notes: "yes".');
    expect(documentToPlainText(saved.body)).toBe('Recalling its decisions; notes: "yes".');
  });
});

describe('paragraph kinds', () => {
  it('are kept as the editor sent them, next to the stable ids', async () => {
    const rec = await create('Titre');
    const body = documentFromPlainText('Considérant la situation ;\n\nLes experts recommandent.', () => crypto.randomUUID());
    setParagraphKind(body.root.children[0]!, 'preambular');
    const saved = await call(store.dispatch, 'recommendation:save', { recommendationId: rec.id, baseVersionId: rec.headVersionId, title: rec.title, body });
    expect(saved.body.root.children.map(paragraphKindOf)).toEqual(['preambular', 'operative']);
    expect(saved.body.root.children[0]!.$).toEqual({ uid: body.root.children[0]!.$!.uid, kind: 'preambular' });
  });
});

describe('a 5 MB paste', () => {
  it('is refused with a clear message in both languages, and nothing is half-saved', async () => {
    const rec = await save(await create('Titre'), 'Le texte déjà enregistré.');
    const before = rowCounts(store.db);
    const paste = 'Considérant que la coordination est essentielle ; '.repeat(100_000);
    expect(paste.length).toBeGreaterThanOrEqual(5_000_000);
    const body = { root: { ...rec.body.root, children: [paragraphNode([textNode(paste)], 'p-1')] } };
    const error = errorOf(await store.dispatch('recommendation:save', { recommendationId: rec.id, baseVersionId: rec.headVersionId, title: 'Nouveau titre', body }));
    expect(error).toEqual({
      code: 'invalid_document',
      message: {
        fr: 'Ce texte est illisible ou trop volumineux (plus de 1\u202F000\u202F000 caractères)\u202F; rien n’a été enregistré.',
        en: 'This text is unreadable or too large (more than 1,000,000 characters); nothing was saved.',
      },
    });
    expect(rowCounts(store.db)).toEqual(before);
    const kept = await call(store.dispatch, 'recommendation:get', { recommendationId: rec.id });
    expect(kept).toMatchObject({ title: 'Titre', headVersionId: rec.headVersionId });
    expect(documentToPlainText(kept.body)).toBe('Le texte déjà enregistré.');
    // The same on creation: no recommendation without its text.
    const created = errorOf(await store.dispatch('recommendation:create', { meetingId: meeting.id, committeeId: alerte.id, title: 'Autre', body }));
    expect(created.code).toBe('invalid_document');
    expect(rowCounts(store.db)).toEqual(before);
  });
});
