import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { documentFromPlainText } from '../../../../shared/document/lexicalJson';
import { MATCH_END, MATCH_START, type MeetingDetail, type Recommendation } from '../../../../shared/domain/types';
import { openTempStore, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
let bamako: MeetingDetail;
let other: MeetingDetail;

async function recommendation(meeting: MeetingDetail, committeeName: string, title: string, body: string): Promise<Recommendation> {
  const existing = (await call(store.dispatch, 'meeting:get', { meetingId: meeting.id })).committees.find((c) => c.name === committeeName);
  const committee = existing ?? (await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: committeeName }));
  const rec = await call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title });
  let n = 0;
  return call(store.dispatch, 'recommendation:save', {
    recommendationId: rec.id,
    baseVersionId: rec.headVersionId,
    title,
    body: documentFromPlainText(body, () => `${rec.id}-${++n}`),
  });
}

const search = (meeting: MeetingDetail, query: string) => call(store.dispatch, 'search:query', { meetingId: meeting.id, query });
const marked = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

let securite: Recommendation;
let formation: Recommendation;
beforeEach(async () => {
  store = await openTempStore();
  bamako = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts, Bamako' });
  other = await call(store.dispatch, 'meeting:create', { title: 'Forum de paix et de sécurité, Dakar' });
  securite = await recommendation(
    bamako,
    'Alerte précoce',
    'Sécurité des frontières',
    'Les États membres mettent en place un système d’alerte précoce commun.\n\nLa SÉCURITÉ des populations frontalières est une priorité.',
  );
  formation = await recommendation(bamako, 'Diplomatie', 'Former les diplomates', 'Des stages réguliers entre ministères des affaires étrangères.');
  await recommendation(other, 'Sécurité', 'Sécurité maritime', 'La sécurité du golfe de Guinée.');
});
afterEach(() => store.cleanup());

describe('search in a meeting', () => {
  it('finds words without accents or case, and only in the given meeting', async () => {
    for (const query of ['securite', 'SECURITE', 'Sécurité', 'sÉcUrItÉ']) {
      const hits = await search(bamako, query);
      expect(hits.map((h) => h.recommendationId), query).toEqual([securite.id]);
    }
    const hits = await search(other, 'securite');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.title).toBe('Sécurité maritime');
  });

  it('tells the number, title and committee of each hit, and highlights the matches in the text', async () => {
    const [hit] = await search(bamako, 'etats alerte');
    expect(hit).toMatchObject({ recommendationId: securite.id, number: '1', title: 'Sécurité des frontières', committeeName: 'Alerte précoce' });
    expect(hit!.excerpt).toContain(marked('États'));
    expect(hit!.excerpt).toContain(marked('alerte'));
    expect(hit!.excerpt.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '')).toContain('Les États membres mettent en place');
  });

  it('highlights the title when only the title matches', async () => {
    const [hit] = await search(bamako, 'former');
    expect(hit).toMatchObject({ recommendationId: formation.id, number: '2', committeeName: 'Diplomatie' });
    expect(hit!.excerpt).toBe(`${marked('Former')} les diplomates`);
  });

  it('matches the beginning of a word, and requires every word', async () => {
    expect((await search(bamako, 'diplom')).map((h) => h.recommendationId)).toEqual([formation.id]);
    expect(await search(bamako, 'securite diplomates')).toEqual([]);
  });

  it('follows the latest version: old words are no longer found, new ones are', async () => {
    await call(store.dispatch, 'recommendation:save', {
      recommendationId: formation.id,
      baseVersionId: formation.headVersionId,
      title: formation.title,
      body: documentFromPlainText('Une académie diplomatique commune à Niamey.', () => 'p-1'),
    });
    expect(await search(bamako, 'stages')).toEqual([]);
    expect((await search(bamako, 'academie niamey')).map((h) => h.recommendationId)).toEqual([formation.id]);
  });

  it('takes search operators and punctuation typed by the user as text, never as an error', async () => {
    for (const query of ['"', 'securite*', 'NEAR(securite alerte)', 'securite OR diplomates', '-securite', 'title:former', '^', '()', '« »', '']) {
      const result = await store.dispatch('search:query', { meetingId: bamako.id, query });
      expect(result.ok, query).toBe(true);
    }
    expect(await search(bamako, '« — » ; !')).toEqual([]);
  });

  it('cannot be fooled by marker characters typed into a text', async () => {
    const rec = await recommendation(bamako, 'Alerte précoce', `Faux ${MATCH_START}surlignage${MATCH_END}`, `Texte ${MATCH_START}piégé${MATCH_END}`);
    expect(rec.title).toBe('Faux surlignage');
    const [hit] = await search(bamako, 'piege');
    expect(hit!.title).toBe('Faux surlignage');
    expect(hit!.excerpt).toBe(`Texte ${marked('piégé')}`);
  });
});
