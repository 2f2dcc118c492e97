/**
 * Arbitrary text (’ « » no-break spaces, astral characters, control characters, lone surrogates,
 * markup) typed into a recommendation's fields comes back as stored: through a package to a second
 * database, identical; through the Word report to LibreOffice, every character but those XML 1.0
 * forbids (which the app never stores). The Word samples go to LibreOffice in one batch: it takes
 * seconds a start.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { exportPackage } from '../../../../electron/main/services/exchange/exportPackage';
import { importPackageFiles } from '../../../../electron/main/services/exchange/importFiles';
import { renderReport } from '../../../../electron/main/services/report/export';
import { textBlocks } from '../../../../shared/document/lexicalJson';
import type { Recommendation } from '../../../../shared/domain/types';
import { soffice, squash } from '../../../helpers/libreoffice';
import { makeTempDir, openTempStore, removeTempDir, type TempStore } from '../../../helpers/tempDb';
import { bodyOf } from './exchange/laptops';

const special = fc.constantFrom(
  '’', '«', '»', '\u00A0', '\u202F', ' ', ':', ';', '!', '?', '"', "'", '<', '>', '&', '$&', ']]>',
  'é', 'É', 'œ', 'Ç', '😀', '𝄞', '🇲🇱', '\t', '\n',
  '\u0000', '\u0007', '\u001F', '\u007F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF',
);
const unit = fc.oneof(
  { arbitrary: special, weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
);
const text = fc.string({ unit, minLength: 1, maxLength: 60 });
const sampleArb = fc.record({
  title: text,
  paragraphs: fc.array(text, { minLength: 1, maxLength: 3 }),
  addressees: fc.array(text, { maxLength: 3 }),
  horizon: text,
  // French typography changes what is typed (' into ’, spaces before : ; ! ?): both are tried.
  typography: fc.constantFrom('fr' as const, 'none' as const),
});
type Sample = typeof sampleArb extends fc.Arbitrary<infer T> ? T : never;

/** What a reader compares: the title, each paragraph's text, the fields. */
function visible(r: Recommendation) {
  return { title: r.title, paragraphs: textBlocks(r.body).map((b) => b.text), addressees: r.addressees, horizon: r.horizon };
}

let run = 0;
/** A recommendation of the sample in a meeting of its own on `store`. */
async function typeIn(store: TempStore, sample: Sample): Promise<{ meetingId: string; stored: Recommendation }> {
  const meeting = await call(store.dispatch, 'meeting:create', { title: `Réunion ${++run}`, venue: 'Bamako', typography: sample.typography });
  const committee = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  // A letter first: a title of spaces alone is refused, rightly, and that is not what is tested here.
  const stored = await call(store.dispatch, 'recommendation:create', {
    meetingId: meeting.id,
    committeeId: committee.id,
    title: `T ${sample.title}`,
    body: bodyOf(sample.paragraphs),
    addressees: sample.addressees.map((a) => `A ${a}`),
    horizon: `H ${sample.horizon}`,
  });
  return { meetingId: meeting.id, stored };
}

describe('arbitrary text through packages and Word', { timeout: 300_000 }, () => {
  let here: TempStore;
  let there: TempStore;
  let folder: string;
  beforeAll(async () => {
    here = await openTempStore();
    there = await openTempStore();
    folder = makeTempDir('palabre-roundtrip-');
  });
  afterAll(() => {
    here.cleanup();
    there.cleanup();
    removeTempDir(folder);
  });

  it('a package carries every field to a second database exactly as stored; stored is what was typed, less what XML forbids', async () => {
    await fc.assert(
      fc.asyncProperty(sampleArb, async (sample) => {
        const { meetingId, stored } = await typeIn(here, sample);
        const path = join(folder, `${meetingId}.palabre`);
        exportPackage(here.ctx, { meetingId, kind: 'meeting', path });
        importPackageFiles(there.ctx, [path]);
        const received = await call(there.dispatch, 'recommendation:get', { recommendationId: stored.id });
        expect(visible(received)).toEqual(visible(stored));
        // Without the French typography, nothing but characters XML 1.0 forbids and spacing is lost on the way in.
        const letters = (s: string) => [...s.replace(/[\s\u00A0\u202F]+/gu, '')].filter((c) => !isXmlForbidden(c)).join('');
        if (sample.typography === 'none') {
          expect(letters(stored.title)).toBe(letters(`T ${sample.title}`));
          expect(visible(stored).paragraphs.map(letters).join('')).toBe(sample.paragraphs.map(letters).join(''));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the Word report gives LibreOffice every stored character of every field', async () => {
    const samples = fc.sample(sampleArb, { numRuns: 10, seed: 20260413 });
    const inputs = join(folder, 'word');
    mkdirSync(inputs);
    const expected: Array<{ file: string; fields: ReturnType<typeof visible> }> = [];
    for (const [i, sample] of samples.entries()) {
      const { meetingId, stored } = await typeIn(here, sample);
      const { bytes } = await renderReport(here.ctx, { meetingId, kind: 'final', locale: 'fr', milestoneId: null, sinceMilestoneId: null, statuses: null, logo: null });
      const file = `rapport-${i}`;
      writeFileSync(join(inputs, `${file}.docx`), bytes);
      expected.push({ file, fields: visible(stored) });
    }
    const outdir = join(folder, 'txt');
    await new Promise<void>((done, fail) =>
      execFile(
        soffice(),
        [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', outdir, ...expected.map((e) => join(inputs, `${e.file}.docx`))],
        { timeout: 240_000 },
        (error, _stdout, stderr) => (error ? fail(new Error(`soffice failed: ${error.message} ${stderr}`)) : done()),
      ),
    );
    for (const [i, { file, fields }] of expected.entries()) {
      const read = squash(readFileSync(join(outdir, `${file}.txt`), 'utf8'));
      const wanted = [fields.title, ...fields.paragraphs, ...fields.addressees, fields.horizon].map(squash).filter(Boolean);
      for (const piece of wanted) expect(read, `sample ${i}: ${JSON.stringify(samples[i])}`).toContain(piece);
    }
  });
});

/** The characters XML 1.0 does not allow in a document (and the app never stores). */
function isXmlForbidden(c: string): boolean {
  const code = c.codePointAt(0)!;
  if (c.length === 1 && code >= 0xd800 && code <= 0xdfff) return true;
  if (code === 0xfffe || code === 0xffff) return true;
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}
