/**
 * Comments travel with contributions: threads and replies land once, anchored, searchable; and what
 * became of one already there (deleted, edited, resolved elsewhere) follows it, whatever the order
 * the packages come in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { packageText, sealPackage } from '../../../../../electron/main/services/exchange/packageFile';
import { REOPENED_THREADS_FORMAT_VERSION, type PalabrePackage } from '../../../../../shared/package/format';
import { refusalOf } from '../../../../helpers/tempDb';
import { awaAndRapporteur, Office, setUpMeeting } from './laptops';

describe('comments in packages', { timeout: 30_000 }, () => {
  const office = new Office();
  afterAll(() => office.close());

  it('join their threads on the rapporteur’s laptop, with their anchors, once', async () => {
    const sec = await office.laptop('secrétariat');
    const m = await setUpMeeting(sec);
    const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
    const [awa, kofi, rap] = [await office.laptop('Awa'), await office.laptop('Kofi'), await office.laptop('rapporteur')];
    for (const [l, p] of [[awa, m.awa], [kofi, m.kofi], [rap, m.rapporteur]] as const) {
      l.receive([meetingFile]);
      await l.actAs(p.id);
    }
    const r1 = await awa.get(m.r1.id);
    const blockId = r1.body.root.children[1]!.$!.uid as string;
    const thread = await call(awa.store.dispatch, 'comment:add', {
      recommendationId: r1.id,
      text: 'Quels mécanismes exactement ?',
      anchor: { blockId, start: 35, end: 65, quote: 'mécanismes nationaux d’alerte' },
    });
    // Kofi replies to Awa's thread after receiving her contribution.
    kofi.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    await call(kofi.store.dispatch, 'comment:add', { recommendationId: r1.id, parentId: thread.id, text: 'Ceux de la CEDEAO, je crois.' });

    rap.receive([awa.send('contribution', m.meetingId, 'awa.palabre'), kofi.send('contribution', m.meetingId, 'kofi.palabre')]);
    const threads = await call(rap.store.dispatch, 'comment:list', { recommendationId: r1.id });
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id: thread.id, authorName: 'Awa Sow', text: 'Quels mécanismes exactement\u202F?', anchor: { state: 'exact' } });
    expect(threads[0]!.replies.map((r) => [r.authorName, r.text])).toEqual([['Kofi Mensah', 'Ceux de la CEDEAO, je crois.']]);
    const { hits } = await call(rap.store.dispatch, 'search:query', { meetingId: m.meetingId, query: 'CEDEAO' });
    expect(hits.map((h) => h.recommendationId)).toEqual([r1.id]);

    const again = rap.receive([office.folder + '/kofi.palabre']);
    expect(again.noChange).toBe(true);
    expect(again.commentsAdded).toBe(0);
  });

  it('take what became of them elsewhere: a deletion, the latest text, a resolution or a reopening, whichever came last', async () => {
    // Laptops whose clocks are set right: what happens later in the test is later on every machine.
    const elsewhere = new Office({ sharedClock: true });
    onTestFinished(() => elsewhere.close());
    const { m, awa, rap } = await awaAndRapporteur(elsewhere);
    const add = (text: string) => call(awa.store.dispatch, 'comment:add', { recommendationId: m.r1.id, text });
    const edited = await add('Préciser le calendrier');
    const removed = await add('Doublon avec R2, baobab');
    const settled = await add('Qui finance le dispositif ?');
    const first = awa.send('contribution', m.meetingId, 'awa-1.palabre');
    expect(rap.receive([first]).commentsAdded).toBe(3);
    const threads = async (laptop: typeof awa) => call(laptop.store.dispatch, 'comment:list', { recommendationId: m.r1.id });

    // Awa edits one, deletes another: the rapporteur's laptop follows.
    await call(awa.store.dispatch, 'comment:update', { commentId: edited.id, text: 'Préciser le calendrier : 2027 ou 2028 ?' });
    await call(awa.store.dispatch, 'comment:delete', { commentId: removed.id });
    const second = awa.send('contribution', m.meetingId, 'awa-2.palabre');
    const caughtUp = rap.receive([second]);
    expect(caughtUp.commentsAdded).toBe(0);
    expect(caughtUp.commentsUpdated).toBe(2);
    expect(caughtUp.noChange).toBe(false);
    expect((await threads(rap)).map((t) => t.text)).toEqual(['Préciser le calendrier\u00A0: 2027 ou 2028\u202F?', 'Qui finance le dispositif\u202F?']);
    const { hits } = await call(rap.store.dispatch, 'search:query', { meetingId: m.meetingId, query: 'baobab' });
    expect(hits).toEqual([]);

    // The first contribution again, older: nothing goes back (the later text stays, the deleted stays deleted).
    const stale = rap.receive([first]);
    expect(stale.commentsUpdated).toBe(0);
    expect(stale.noChange).toBe(true);
    expect((await threads(rap)).map((t) => t.text)[0]).toBe('Préciser le calendrier\u00A0: 2027 ou 2028\u202F?');

    // The rapporteur resolves a thread: Awa's laptop has it resolved, by the rapporteur.
    await call(rap.store.dispatch, 'comment:resolve', { commentId: settled.id });
    const consolidated = rap.send('consolidated', m.meetingId, 'consolide.palabre');
    expect(awa.receive([consolidated]).commentsUpdated).toBe(1);
    const resolvedThere = (await threads(awa)).find((t) => t.id === settled.id)!;
    expect(resolvedThere).toMatchObject({ resolved: true, resolvedByName: 'Issouf Ouédraogo' });

    // Awa reopens it; the same consolidated package again does not close it behind her back.
    await call(awa.store.dispatch, 'comment:reopen', { commentId: settled.id });
    const again = awa.receive([consolidated]);
    expect(again.commentsUpdated).toBe(0);
    expect((await threads(awa)).find((t) => t.id === settled.id)!.resolved).toBe(false);

    // Her reopening travels (format 7): open on the rapporteur's laptop too, and the old resolution does not come back.
    const reopened = awa.send('contribution', m.meetingId, 'awa-3.palabre');
    const pkg = JSON.parse(readFileSync(reopened, 'utf8')) as PalabrePackage;
    expect(pkg.formatVersion).toBe(REOPENED_THREADS_FORMAT_VERSION);
    expect(pkg.comments.find((c) => c.id === settled.id)).toMatchObject({ resolvedAt: null, reopenedAt: expect.any(String) });
    expect(rap.receive([reopened]).commentsUpdated).toBe(1);
    expect((await threads(rap)).find((t) => t.id === settled.id)!.resolved).toBe(false);
    expect(rap.receive([consolidated]).commentsUpdated).toBe(0);
    expect((await threads(rap)).find((t) => t.id === settled.id)!.resolved).toBe(false);

    // Resolved again by the rapporteur, later: resolved on Awa's laptop once more, and written without reopenedAt.
    await call(rap.store.dispatch, 'comment:resolve', { commentId: settled.id });
    const resolvedAgain = rap.send('consolidated', m.meetingId, 'consolide-2.palabre');
    const latest = JSON.parse(readFileSync(resolvedAgain, 'utf8')) as PalabrePackage;
    expect(latest.formatVersion).toBeLessThan(REOPENED_THREADS_FORMAT_VERSION);
    expect(latest.comments.find((c) => c.id === settled.id)!.reopenedAt).toBeUndefined();
    expect(awa.receive([resolvedAgain]).commentsUpdated).toBe(1);
    expect((await threads(awa)).find((t) => t.id === settled.id)!.resolved).toBe(true);
  });

  it('refuses, changing nothing, a file that reopens a thread but says an older format', async () => {
    const elsewhere = new Office();
    onTestFinished(() => elsewhere.close());
    const { m, awa, rap } = await awaAndRapporteur(elsewhere);
    const thread = await call(awa.store.dispatch, 'comment:add', { recommendationId: m.r1.id, text: 'Calendrier ?' });
    await call(awa.store.dispatch, 'comment:resolve', { commentId: thread.id });
    await call(awa.store.dispatch, 'comment:reopen', { commentId: thread.id });
    const { digest: _digest, ...content } = JSON.parse(readFileSync(awa.send('contribution', m.meetingId, 'awa.palabre'), 'utf8')) as PalabrePackage;
    content.formatVersion = 6;
    const path = join(elsewhere.folder, 'format-6.palabre');
    writeFileSync(path, packageText(sealPackage(content)));
    const before = rap.dump();
    const refusal = refusalOf(() => rap.receive([path]));
    expect(refusal.message.fr).toMatch(/la réouverture d’un fil de commentaires ne s’écrit qu’en format\u00A07 \(ce fichier dit format\u00A06\)/);
    expect(refusal.message.en).toMatch(/a comment thread reopened is written in format 7 only \(this file says format 6\)/);
    expect(rap.dump()).toBe(before);
  });
});
