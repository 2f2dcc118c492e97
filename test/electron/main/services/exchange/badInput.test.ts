/** Damaged, foreign, newer, hostile and enormous files: a clear message, and the database unchanged. */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { sealPackage } from '../../../../../electron/main/services/exchange/packageFile';
import type { ErrorCode } from '../../../../../shared/errors';
import { refusalOf } from '../../../../helpers/tempDb';
import { packageContent } from '../../../../../shared/package/read';
import type { PackageContent } from '../../../../../shared/package/format';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

describe('importing bad files', { timeout: 60_000 }, () => {
  const office = new Office();
  let sec: Laptop;
  let rap: Laptop;
  let m: Meeting;
  let good: string;
  let otherMeetingFile: string;
  /** A package the rapporteur does not have all of yet: importing it alone changes something. */
  let secondEdition: string;
  let otherCommitteeId: string;
  afterAll(() => office.close());

  const file = (name: string, content: string | Buffer) => {
    const path = join(office.folder, name);
    writeFileSync(path, content);
    return path;
  };
  const json = () => JSON.parse(readFileSync(good, 'utf8')) as Record<string, unknown>;
  const resealed = (change: (pkg: PackageContent) => void) => {
    const content = packageContent(json()) as PackageContent;
    change(content);
    return JSON.stringify(sealPackage(content));
  };

  beforeAll(async () => {
    sec = await office.laptop('secrétariat');
    m = await setUpMeeting(sec);
    good = sec.send('meeting', m.meetingId, 'reunion.palabre');
    rap = await office.laptop('rapporteur');
    rap.receive([good]);
    await rap.actAs(m.rapporteur.id);
    await rap.editParagraph(m.r1.id, 0, (t) => `${t} Ajout du rapporteur.`);
    const other = await call(sec.store.dispatch, 'meeting:create', { title: 'Autre réunion', venue: 'Lomé' });
    otherCommitteeId = (await call(sec.store.dispatch, 'committee:add', { meetingId: other.id, name: 'Questions diverses' })).id;
    otherMeetingFile = sec.send('meeting', other.id, 'autre.palabre');
    await sec.editParagraph(m.r2.id, 0, (t) => `${t} Deuxième édition.`);
    secondEdition = sec.send('meeting', m.meetingId, 'edition-2.palabre');
  });

  const refusals: Array<[string, () => string[], ErrorCode, RegExp, string?]> = [
    ['a truncated file', () => [file('tronque.palabre', readFileSync(good).subarray(0, 2000))], 'package_unreadable', /tronqué ou endommagé/],
    ['a tampered file (a word changed, digest not)', () => [file('modifie.palabre', readFileSync(good, 'utf8').replace('multiplication des crises', 'multiplication des conflits'))], 'package_tampered', /empreinte/],
    ['a package of another meeting (meeting given)', () => [otherMeetingFile], 'package_other_meeting', /Autre réunion/, 'meeting'],
    ['a newer format version', () => [file('futur.palabre', JSON.stringify({ ...json(), formatVersion: 9 }))], 'package_newer', /format 9/],
    ['a __proto__ key', () => [file('proto.palabre', readFileSync(good, 'utf8').replace('"kind":', '"__proto__":{"polluted":true},"kind":'))], 'package_hostile', /__proto__/],
    ['a constructor key deep inside', () => [file('ctor.palabre', readFileSync(good, 'utf8').replace('"origin":', '"constructor":{"prototype":1},"origin":'))], 'package_hostile', /constructor|prototype/],
    ['deep nesting', () => [file('profond.palabre', '['.repeat(200_000) + ']'.repeat(200_000))], 'package_hostile', /imbrication/],
    ['an enormous file', () => {
      const path = file('enorme.palabre', '');
      truncateSync(path, 65 * 1024 * 1024);
      return [path];
    }, 'package_too_large', /trop volumineux/],
    ['a file that is not a package', () => [file('autre.json', JSON.stringify({ format: 'autre', data: [1, 2] }))], 'package_not_palabre', /n’est pas un paquet Palabre/],
    ['a file that is not UTF-8', () => [file('binaire.palabre', Buffer.from([0xff, 0xfe, 0x00, 0x41]))], 'package_unreadable', /UTF-8/],
    ['a resealed package with a version whose parent is missing', () => [file('parent.palabre', resealed((p) => { p.recommendations[0]!.versions[0]!.parentIds = ['3f1c2a7e-8d4b-4c1e-9a2b-5e6f7a8b9c0d']; }))], 'package_invalid', /parent/],
    ['a resealed package with an unknown field', () => [file('champ.palabre', resealed((p) => { (p.meeting as Record<string, unknown>).extra = 'x'; }))], 'package_invalid', /extra|clé|key/i],
    ['a good file followed by a damaged one (all or nothing)', () => [secondEdition, file('tronque2.palabre', readFileSync(good).subarray(0, 500))], 'package_unreadable', /tronque2\.palabre/],
    ['a resealed package with a control character in a title', () => [file('controle.palabre', resealed((p) => { p.recommendations[0]!.versions[0]!.title = 'Alerte\u0007 précoce'; }))], 'package_invalid', /recommendations\.0\.versions\.0\.title\u00A0: caractère interdit/],
    ['a resealed package with a javascript: link in a body', () => [file('lien.palabre', resealed((p) => { p.recommendations[0]!.versions[0]!.body.root.children[0]!.children = [{ type: 'link', url: 'javascript:window.__pwned=1', version: 1, children: [{ type: 'text', text: 'cliquez', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }]; }))], 'package_invalid', /versions\.0\.body\u00A0: lien refusé \(seules les adresses https:, http: et mailto: sont acceptées\)/],
    ['a missing file', () => [join(office.folder, 'absent.palabre')], 'file_unreadable', /absent\.palabre/],
  ];

  it.each(refusals)('refuses %s with a message naming the problem, and changes nothing', (_label, files, code, french, scope) => {
    const before = rap.dump();
    const value = refusalOf(() => rap.receive(files(), scope === 'meeting' ? m.meetingId : undefined));
    expect(value.code).toBe(code);
    expect(value.message.fr).toMatch(french);
    expect(value.message.en).not.toBe(value.message.fr);
    expect(rap.dump()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('imports the good file alone (so the all-or-nothing case above had something to lose)', () => {
    const before = rap.dump();
    expect(rap.receive([secondEdition]).fastForwarded).toEqual([m.r2.id]);
    expect(rap.dump()).not.toBe(before);
  });

  it('refuses ids that belong to another meeting here, and changes nothing', () => {
    // A package claiming a committee id that is, on this machine, another meeting's committee.
    const snapshot = sec.dump();
    const path = file('etranger.palabre', resealed((p) => {
      p.meeting.id = '5b1c2a7e-8d4b-4c1e-9a2b-5e6f7a8b9c0d';
      p.committees[0]!.id = otherCommitteeId;
      p.recommendations = [];
      p.comments = [];
    }));
    expect(() => sec.receive([path])).toThrow(/another meeting here/);
    expect(sec.dump()).toBe(snapshot);
  });
});
