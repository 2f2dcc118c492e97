/**
 * Packages of the previous format still read: the committed format-1 file (written by Palabre
 * before change stamps, committee orders and the trash travelled) imports whole, once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { PACKAGE_FORMAT_VERSION, REMOVALS_FORMAT_VERSION, THIN_PACKAGE_FORMAT_VERSION, WHOLE_PACKAGE_FORMAT_VERSION } from '../../../../../shared/package/format';
import { readPackageText } from '../../../../../shared/package/read';
import { Office } from './laptops';

const FORMAT_1 = resolve(__dirname, '../../../../fixtures/packages/format-1-contribution.palabre');
const MEETING = '3c913d08-4750-4648-9877-b29a05f8538a';
const R1 = 'c3e5d92e-6615-46a1-a3f4-2fa8e71968bb';

let office: Office | undefined;
afterEach(() => office?.close());

describe('a package of format 1', () => {
  it('is still read by this Palabre, which writes format ' + String(PACKAGE_FORMAT_VERSION), () => {
    const read = readPackageText(readFileSync(FORMAT_1, 'utf8'));
    expect(read.ok && read.value.formatVersion).toBe(1);
    expect(PACKAGE_FORMAT_VERSION).toBe(7);
    // Packages that carry no reopened thread, merge of several contributions, shared block, removal nor order of committees stay readable by older readers.
    expect(REMOVALS_FORMAT_VERSION).toBe(4);
    expect(THIN_PACKAGE_FORMAT_VERSION).toBe(3);
    expect(WHOLE_PACKAGE_FORMAT_VERSION).toBe(2);
  });

  it('sets the meeting up with its recommendations, history and comments; importing it again changes nothing', async () => {
    office = new Office();
    const laptop = await office.laptop('rapporteur');
    const summary = laptop.receive([FORMAT_1]);
    expect(summary).toMatchObject({ meetingCreated: true, deleted: [], restored: [], conflicts: [] });
    expect(summary.created).toHaveLength(3);
    const meeting = await call(laptop.store.dispatch, 'meeting:get', { meetingId: MEETING });
    expect(meeting.recommendations.map((r) => [r.number, r.title])).toEqual([
      ['1', 'Renforcer les systèmes d’alerte précoce'],
      ['2', 'Partager l’information'],
      ['3', 'Former les diplomates à la médiation'],
    ]);
    expect(meeting.committees.map((c) => c.name)).toEqual(['Alerte précoce', 'Formation des diplomates']);
    expect((await laptop.texts(R1))[0]).toBe('Considérant la multiplication des crises sécuritaires dans la région.');
    expect((await call(laptop.store.dispatch, 'recommendation:history', { recommendationId: R1 })).map((v) => v.authorName)).toEqual(['Fatou Diallo', 'Fatou Diallo']);
    expect((await call(laptop.store.dispatch, 'comment:list', { recommendationId: R1 })).map((c) => c.text)).toEqual(['Préciser «\u00A0points focaux\u00A0»\u202F?']);
    const dump = laptop.dump();
    expect(laptop.receive([FORMAT_1]).noChange).toBe(true);
    expect(laptop.dump()).toBe(dump);

    // What it writes back is format 2, and reads on another laptop.
    const again = await office.laptop('secrétariat');
    expect(again.receive([laptop.send('consolidated', MEETING, 'consolide.palabre')]).created).toHaveLength(3);
  });

  it('changes no field, order or trash state here: it carries none', async () => {
    office = new Office();
    const laptop = await office.laptop('rapporteur');
    laptop.receive([FORMAT_1]);
    const meeting = await call(laptop.store.dispatch, 'meeting:get', { meetingId: MEETING });
    const [first, second] = meeting.recommendations;
    await call(laptop.store.dispatch, 'meeting:update', { meetingId: MEETING, venue: 'Niamey' });
    await call(laptop.store.dispatch, 'recommendation:move', { recommendationId: second!.id, committeeId: second!.committeeId, position: 1 });
    await call(laptop.store.dispatch, 'recommendation:delete', { recommendationId: first!.id });
    const dump = laptop.dump();
    expect(laptop.receive([FORMAT_1]).noChange).toBe(true);
    expect(laptop.dump()).toBe(dump);
    expect((await call(laptop.store.dispatch, 'meeting:get', { meetingId: MEETING })).venue).toBe('Niamey');
    expect((await call(laptop.store.dispatch, 'trash:list', { meetingId: MEETING })).map((t) => t.id)).toEqual([first!.id]);
  });
});
