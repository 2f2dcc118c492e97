import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { documentFromPlainText } from '../../../../shared/document/lexicalJson';
import { reindexRecommendation } from '../../../../electron/main/services/versioning';
import { MATCH_END, MATCH_START, type MeetingDetail, type Recommendation, type RecommendationFilters } from '../../../../shared/domain/types';
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

const search = (meeting: MeetingDetail, query: string) => call(store.dispatch, 'search:query', { meetingId: meeting.id, query }).then((r) => r.hits);
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

describe('search across comments, with filters', () => {
  it('finds words in a comment, once the recommendation is reindexed, and says so', async () => {
    store.db
      .prepare(`INSERT INTO comments (id, recommendation_id, body, created_at) VALUES ('c1', ?, 'Associer les gouverneurs de région', '2025-03-10T09:00:00Z')`)
      .run(formation.id);
    reindexRecommendation(store.ctx, formation.id);
    const [hit] = await search(bamako, 'gouverneurs region');
    expect(hit).toMatchObject({ recommendationId: formation.id, matchedIn: 'comments', status: 'draft' });
    expect(hit!.excerpt).toContain(marked('gouverneurs'));
    expect(hit!.excerpt).toContain(marked('région'));
    // A later save keeps the comments in the index.
    await call(store.dispatch, 'recommendation:save', {
      recommendationId: formation.id,
      baseVersionId: formation.headVersionId,
      title: formation.title,
      body: documentFromPlainText('Une académie commune.', () => 'p-1'),
    });
    expect((await search(bamako, 'gouverneurs')).map((h) => h.recommendationId)).toEqual([formation.id]);
  });

  it('says where the match is: the text, else the title', async () => {
    expect((await search(bamako, 'frontalieres'))[0]!.matchedIn).toBe('body');
    expect((await search(bamako, 'former'))[0]!.matchedIn).toBe('title');
  });

  it('applies the filters of the list: committee, status, author, delegation, addressee', async () => {
    // « des » is in both recommendations of the meeting.
    const entre = (filters: RecommendationFilters) =>
      call(store.dispatch, 'search:query', { meetingId: bamako.id, query: 'des', filters }).then(({ hits }) => hits.map((h) => h.title).sort());
    expect(await entre({})).toEqual(['Former les diplomates', 'Sécurité des frontières']);
    expect(await entre({ committeeId: formation.committeeId })).toEqual(['Former les diplomates']);
    await call(store.dispatch, 'recommendation:setStatus', { recommendationId: securite.id, status: 'under_review' });
    expect(await entre({ status: ['under_review', 'agreed'] })).toEqual(['Sécurité des frontières']);
    await call(store.dispatch, 'recommendation:setFields', { recommendationId: formation.id, addressees: ['États membres'] });
    expect(await entre({ addressee: 'etats membres' })).toEqual(['Former les diplomates']);
    expect(await entre({ delegation: 'Mali' })).toEqual([]);
  });

  it('filters by author and delegation', async () => {
    const awa = await call(store.dispatch, 'participant:add', { meetingId: bamako.id, name: 'Awa Sow', delegation: 'Mali', role: 'expert' });
    await call(store.dispatch, 'profile:set', { participantId: awa.id });
    const mine = await recommendation(bamako, 'Diplomatie', 'Échanges de diplomates', 'Des séjours de six mois.');
    for (const filters of [{ authorId: awa.id }, { delegation: 'mali' }]) {
      const { hits } = await call(store.dispatch, 'search:query', { meetingId: bamako.id, query: 'des', filters });
      expect(hits.map((h) => h.recommendationId)).toEqual([mine.id]);
      const listed = await call(store.dispatch, 'recommendation:list', { meetingId: bamako.id, filters });
      expect(listed.map((r) => r.id)).toEqual([mine.id]);
    }
  });

  it('leaves the numbers as they are when the list is filtered', async () => {
    const listed = await call(store.dispatch, 'recommendation:list', { meetingId: bamako.id, filters: { committeeId: formation.committeeId } });
    expect(listed.map((r) => [r.title, r.number])).toEqual([['Former les diplomates', '2']]);
  });

  it('gives its hits a page at a time, best first, with the number of matches in all', async () => {
    // 33 more recommendations that speak of « coordination », each more often than the one before.
    const made: Recommendation[] = [];
    for (let i = 1; i <= 33; i++) made.push(await recommendation(bamako, 'Coordination', `Coordination ${i}`, `${'La coordination régionale. '.repeat(i)}Fin.`));
    const page = (offset?: number) => call(store.dispatch, 'search:query', { meetingId: bamako.id, query: 'coordination', ...(offset === undefined ? {} : { offset }) });
    const first = await page();
    expect(first.total).toBe(33);
    expect(first.hits).toHaveLength(30);
    expect(first.hits[0]!.title).toBe('Coordination 33');
    const second = await page(30);
    expect(second).toMatchObject({ total: 33, offset: 30 });
    expect(second.hits.map((h) => h.title)).toEqual(['Coordination 3', 'Coordination 2', 'Coordination 1']);
    // Together, every match once, numbered as the list numbers them.
    const all = [...first.hits, ...second.hits];
    expect(new Set(all.map((h) => h.recommendationId)).size).toBe(33);
    const numbers = new Map((await call(store.dispatch, 'recommendation:list', { meetingId: bamako.id })).map((r) => [r.id, r.number]));
    for (const hit of all) expect(hit.number).toBe(numbers.get(hit.recommendationId));
    // Past the end, an empty page that still says how many there are; a page size is bounded.
    expect(await page(60)).toEqual({ hits: [], total: 33, offset: 60 });
    expect((await store.dispatch('search:query', { meetingId: bamako.id, query: 'coordination', limit: 1000 })).ok).toBe(false);
  });
});
