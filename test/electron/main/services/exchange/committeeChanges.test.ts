/**
 * A meeting's committees and participants change between laptops: committees reordered, a committee
 * or a participant removed (format 4). Each laptop is a real database; packages are real files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { sealPackage, packageText } from '../../../../../electron/main/services/exchange/packageFile';
import { refusalOf } from '../../../../helpers/tempDb';
import { REMOVALS_FORMAT_VERSION, SAME_BLOCKS_FORMAT_VERSION, THIN_PACKAGE_FORMAT_VERSION, WHOLE_PACKAGE_FORMAT_VERSION, type PalabrePackage } from '../../../../../shared/package/format';
import { awaAndRapporteur, Office, type Laptop, type Meeting } from './laptops';

let office: Office;
afterEach(() => office.close());

/** The secretariat sets the meeting up and sends it to Awa and the rapporteur, who say who they are. */
async function scene(): Promise<{ m: Meeting; sec: Laptop; awa: Laptop; rap: Laptop }> {
  office = new Office({ sharedClock: true });
  return awaAndRapporteur(office);
}

const meetingOf = (l: Laptop, meetingId: string) => call(l.store.dispatch, 'meeting:get', { meetingId });
const committeeNames = async (l: Laptop, meetingId: string) => (await meetingOf(l, meetingId)).committees.map((c) => c.name);
const formatOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { formatVersion: number }).formatVersion;

describe('a committee removed on one laptop', { timeout: 60_000 }, () => {
  it('still lets the meeting travel when an older version names it, and is removed on the laptops that receive it', async () => {
    const { m, sec, awa } = await scene();
    await call(sec.store.dispatch, 'recommendation:move', { recommendationId: m.r3.id, committeeId: m.alerteId, position: 3 });
    await call(sec.store.dispatch, 'committee:remove', { committeeId: m.diplomatesId });
    const file = sec.send('meeting', m.meetingId, 'reunion-2.palabre');
    expect(formatOf(file)).toBe(REMOVALS_FORMAT_VERSION);

    expect(awa.receive([file])).toMatchObject({ detailsUpdated: true, committeesRemoved: ['Formation des diplomates'], committeesRestored: [], committeesKept: [] });
    expect(await committeeNames(awa, m.meetingId)).toEqual(['Alerte précoce']);
    expect((await awa.get(m.r3.id)).committeeId).toBe(m.alerteId);

    // A laptop that never had the meeting sets it up, the removed committee kept out of sight.
    const fresh = await office.laptop('Kofi');
    expect(fresh.receive([file])).toMatchObject({ meetingCreated: true, committeesAdded: 1 });
    expect(await committeeNames(fresh, m.meetingId)).toEqual(['Alerte précoce']);
    const history = await call(fresh.store.dispatch, 'recommendation:history', { recommendationId: m.r3.id });
    expect(history).toHaveLength(2);
    // Taking it in again changes nothing.
    const dump = fresh.dump();
    expect(fresh.receive([file]).noChange).toBe(true);
    expect(fresh.dump()).toBe(dump);
  });

  it('carries a recommendation in its trash, and restoring it elsewhere brings the committee back there and then here', async () => {
    const { m, sec, awa } = await scene();
    await call(sec.store.dispatch, 'recommendation:delete', { recommendationId: m.r3.id });
    await call(sec.store.dispatch, 'committee:remove', { committeeId: m.diplomatesId });
    awa.receive([sec.send('meeting', m.meetingId, 'reunion-2.palabre')]);
    expect(await committeeNames(awa, m.meetingId)).toEqual(['Alerte précoce']);
    expect((await call(awa.store.dispatch, 'trash:list', { meetingId: m.meetingId })).map((t) => t.id)).toEqual([m.r3.id]);

    await call(awa.store.dispatch, 'recommendation:restore', { recommendationId: m.r3.id });
    expect(await committeeNames(awa, m.meetingId)).toEqual(['Alerte précoce', 'Formation des diplomates']);
    const summary = sec.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    expect(summary.restored).toEqual([m.r3.id]);
    expect(await committeeNames(sec, m.meetingId)).toEqual(['Alerte précoce', 'Formation des diplomates']);
    expect((await meetingOf(sec, m.meetingId)).recommendations.map((r) => r.title)).toContain('Former les diplomates à la médiation');
  });

  it('stays where an expert drafted in it meanwhile, and comes back on the laptop that removed it', async () => {
    const { m, sec, awa } = await scene();
    const drafted = await awa.create(m.meetingId, m.diplomatesId, 'Créer un réseau de médiatrices', ['Un réseau régional de médiatrices est créé.']);
    await call(sec.store.dispatch, 'recommendation:move', { recommendationId: m.r3.id, committeeId: m.alerteId, position: 3 });
    await call(sec.store.dispatch, 'committee:remove', { committeeId: m.diplomatesId });

    // Awa takes the secretariat's package: her recommendation keeps its committee, nothing is lost.
    expect(awa.receive([sec.send('meeting', m.meetingId, 'reunion-2.palabre')])).toMatchObject({ committeesRemoved: [], committeesKept: ['Formation des diplomates'] });
    expect(await committeeNames(awa, m.meetingId)).toEqual(['Alerte précoce', 'Formation des diplomates']);
    expect((await awa.get(drafted.id)).committeeId).toBe(m.diplomatesId);
    expect((await awa.get(m.r3.id)).committeeId).toBe(m.alerteId);

    // The secretariat takes her contribution: the committee comes back with her recommendation in it.
    const summary = sec.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    expect(summary).toMatchObject({ created: [drafted.id], committeesRestored: ['Formation des diplomates'] });
    const there = await meetingOf(sec, m.meetingId);
    expect(there.committees.map((c) => c.name)).toEqual(['Alerte précoce', 'Formation des diplomates']);
    expect(there.recommendations.find((r) => r.id === drafted.id)?.committeeId).toBe(m.diplomatesId);

    // And the return travels: every laptop ends with the same committees.
    awa.receive([sec.send('meeting', m.meetingId, 'reunion-3.palabre')]);
    expect(await committeeNames(awa, m.meetingId)).toEqual(['Alerte précoce', 'Formation des diplomates']);
  });

  it('is not removed by a package whose removal is older than its return here', async () => {
    const { m, sec, awa, rap } = await scene();
    await call(sec.store.dispatch, 'recommendation:delete', { recommendationId: m.r3.id });
    await call(sec.store.dispatch, 'committee:remove', { committeeId: m.diplomatesId });
    const removed = sec.send('meeting', m.meetingId, 'reunion-2.palabre');
    awa.receive([removed]);
    await call(awa.store.dispatch, 'recommendation:restore', { recommendationId: m.r3.id });
    rap.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    // The older removal arrives after the return: the committee stays.
    rap.receive([removed]);
    expect(await committeeNames(rap, m.meetingId)).toEqual(['Alerte précoce', 'Formation des diplomates']);
  });
});

describe('the committees reordered on one laptop', { timeout: 60_000 }, () => {
  it('are in the same order on the laptops that receive it; a committee added there meanwhile stays after the one it followed', async () => {
    const { m, sec, awa } = await scene();
    const added = await call(awa.store.dispatch, 'committee:add', { meetingId: m.meetingId, name: 'Financement' });
    await call(sec.store.dispatch, 'committee:reorder', { meetingId: m.meetingId, committeeIds: [m.diplomatesId, m.alerteId] });
    const file = sec.send('meeting', m.meetingId, 'reunion-2.palabre');
    expect(formatOf(file)).toBe(REMOVALS_FORMAT_VERSION);
    expect(awa.receive([file]).detailsUpdated).toBe(true);
    expect(await committeeNames(awa, m.meetingId)).toEqual(['Formation des diplomates', 'Financement', 'Alerte précoce']);
    // Numbered in the new order.
    expect((await meetingOf(awa, m.meetingId)).recommendations.map((r) => [r.number, r.title])).toEqual([
      ['1', 'Former les diplomates à la médiation'],
      ['2', 'Renforcer les systèmes d’alerte précoce'],
      ['3', 'Partager l’information'],
    ]);

    // Back at the secretariat, with Awa's committee.
    sec.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    expect(await committeeNames(sec, m.meetingId)).toEqual(['Formation des diplomates', 'Alerte précoce', 'Financement']);
    // Awa's order is not later than the secretariat's: where the secretariat put its own, Awa's new one comes last.
    expect((await meetingOf(sec, m.meetingId)).committees.find((c) => c.name === 'Financement')?.id).toBe(added.id);
  });

  it('the later of two orders wins on every laptop, whatever the order the packages arrive in', async () => {
    const { m, sec, awa, rap } = await scene();
    const third = await call(sec.store.dispatch, 'committee:add', { meetingId: m.meetingId, name: 'Financement' });
    const meetingFile = sec.send('meeting', m.meetingId, 'reunion-2.palabre');
    awa.receive([meetingFile]);
    rap.receive([meetingFile]);
    await call(awa.store.dispatch, 'committee:reorder', { meetingId: m.meetingId, committeeIds: [third.id, m.alerteId, m.diplomatesId] });
    await call(sec.store.dispatch, 'committee:reorder', { meetingId: m.meetingId, committeeIds: [m.diplomatesId, third.id, m.alerteId] });
    const fromAwa = awa.send('contribution', m.meetingId, 'awa.palabre');
    const fromSec = sec.send('meeting', m.meetingId, 'reunion-3.palabre');
    const later = ['Formation des diplomates', 'Financement', 'Alerte précoce'];
    rap.receive([fromSec]);
    rap.receive([fromAwa]);
    expect(await committeeNames(rap, m.meetingId)).toEqual(later);
    awa.receive([fromSec]);
    expect(await committeeNames(awa, m.meetingId)).toEqual(later);
    sec.receive([fromAwa]);
    expect(await committeeNames(sec, m.meetingId)).toEqual(later);
  });
});

describe('a participant removed on one laptop', { timeout: 60_000 }, () => {
  it('is removed on the laptops that receive it, and their name stays on what they wrote', async () => {
    const { m, sec, awa } = await scene();
    await awa.editParagraph(m.r2.id, 0, (t) => t.replace('l’information', 'l’information utile'));
    sec.receive([awa.send('contribution', m.meetingId, 'awa.palabre')]);
    await call(sec.store.dispatch, 'participant:remove', { participantId: m.kofi.id });
    const rap = await office.laptop('nouveau');
    const file = sec.send('meeting', m.meetingId, 'reunion-2.palabre');
    expect(rap.receive([file]).participantsRemoved).toEqual([]);
    expect(awa.receive([file]).participantsRemoved).toEqual(['Kofi Mensah']);
    for (const l of [awa, rap]) {
      expect((await meetingOf(l, m.meetingId)).participants.map((p) => p.name)).toEqual(['Moussa Traoré', 'Awa Sow', 'Issouf Ouédraogo', 'Fatou Diallo']);
    }
    const history = await call(rap.store.dispatch, 'recommendation:history', { recommendationId: m.r2.id });
    expect(history.map((v) => v.authorName)).toContain('Awa Sow');
  });
});

describe('the format a package is written in', { timeout: 60_000 }, () => {
  it('stays 2 for a whole package and 3 for a thin one that needs nothing newer; 4 for a reorder, 5 for blocks shared with a parent', async () => {
    const { m, sec, awa } = await scene();
    expect(formatOf(sec.send('meeting', m.meetingId, 'reunion-2.palabre'))).toBe(WHOLE_PACKAGE_FORMAT_VERSION);
    await call(awa.store.dispatch, 'comment:add', { recommendationId: m.r2.id, text: 'À préciser.' });
    expect(formatOf(awa.send('contribution', m.meetingId, 'awa.palabre'))).toBe(THIN_PACKAGE_FORMAT_VERSION);
    await call(awa.store.dispatch, 'committee:reorder', { meetingId: m.meetingId, committeeIds: [m.diplomatesId, m.alerteId] });
    expect(formatOf(awa.send('contribution', m.meetingId, 'awa-2.palabre'))).toBe(REMOVALS_FORMAT_VERSION);
    // An edit of one of three paragraphs: the other two are written as the parent's (sameBlocks.ts).
    await awa.editParagraph(m.r1.id, 0, (t) => `${t} Sans délai.`);
    expect(formatOf(awa.send('contribution', m.meetingId, 'awa-3.palabre'))).toBe(SAME_BLOCKS_FORMAT_VERSION);
  });

  it('refuses, in French, a file that says an older format yet carries a removal, and changes nothing', async () => {
    const { m, sec, awa } = await scene();
    await call(sec.store.dispatch, 'participant:remove', { participantId: m.kofi.id });
    const file = sec.send('meeting', m.meetingId, 'reunion-2.palabre');
    const { digest: _digest, ...content } = JSON.parse(readFileSync(file, 'utf8')) as PalabrePackage;
    writeFileSync(file, packageText(sealPackage({ ...content, formatVersion: 2 })));
    const dump = awa.dump();
    expect(refusalOf(() => awa.receive([file])).message.fr).toMatch(/retraits ne s’écrivent qu’en format\u00A04 \(ce fichier dit format\u00A02\)/);
    expect(awa.dump()).toBe(dump);
  });
});
