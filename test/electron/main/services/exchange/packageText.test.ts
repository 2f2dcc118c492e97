/** A package file is written in canonical form; one written otherwise, digest intact, is just as good. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackageFile } from '../../../../../electron/main/services/exchange/packageFile';
import { canonicalJson } from '../../../../../shared/package/read';
import { Office, setUpMeeting, type Laptop, type Meeting } from './laptops';

describe('package text', { timeout: 60_000 }, () => {
  const office = new Office();
  let sec: Laptop;
  let m: Meeting;
  let written: string;
  afterAll(() => office.close());

  beforeAll(async () => {
    sec = await office.laptop('secrétariat');
    m = await setUpMeeting(sec);
    written = sec.send('meeting', m.meetingId, 'reunion.palabre');
  });

  it('is written canonically: keys sorted, digest in its place, French text as it was typed', () => {
    const text = readFileSync(written, 'utf8');
    expect(text).toBe(canonicalJson(JSON.parse(text)));
    expect(text).toContain('Renforcer les systèmes d’alerte précoce');
  });

  it('is read the same when a text editor re-indented it, and refused when one word changed', async () => {
    const pretty = join(office.folder, 'reindente.palabre');
    writeFileSync(pretty, JSON.stringify(JSON.parse(readFileSync(written, 'utf8')), null, 2));
    expect(readPackageFile(pretty)).toEqual(readPackageFile(written));
    const rap = await office.laptop('rapporteur');
    expect(rap.receive([pretty])).toMatchObject({ meetingCreated: true, created: [m.r1.id, m.r2.id, m.r3.id] });
    const altered = join(office.folder, 'modifie.palabre');
    writeFileSync(altered, readFileSync(pretty, 'utf8').replace('multiplication des crises', 'multiplication des conflits'));
    expect(() => readPackageFile(altered)).toThrow(expect.objectContaining({ code: 'package_tampered' }));
  });
});
