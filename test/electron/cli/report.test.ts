/**
 * `palabre report` as a separate process, on the demo meeting: each kind of export converts in
 * LibreOffice; every mistake (logo missing or broken, unknown status or milestone, not a .docx, a
 * folder that does not exist) exits 2 with one line in the user's language and leaves the previous
 * file and the database as they were.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, squash, trackedChanges } from '../../helpers/libreoffice';
import { makePng } from '../../helpers/png';
import { dumpDatabase, runCli, runOk, tempFolder } from './cliProcess';

describe('palabre report', { timeout: 120_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let meetingId: string;
  const out = (name: string) => join(folder.dir, name);
  const report = (...args: string[]) => ['report', '--db', db, '--meeting', meetingId, ...args];
  beforeAll(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'demo.sqlite');
    await runOk(['demo', '--db', db]);
    meetingId = (JSON.parse(await runOk(['meeting', 'list', '--db', db, '--json'])) as Array<{ id: string }>)[0]!.id;
    writeFileSync(out('logo.png'), makePng(300, 120));
    writeFileSync(out('broken.png'), 'GIF89a, or rather not an image');
  }, 60_000);
  afterAll(() => folder.remove());

  it('writes the final report with a logo, says what it wrote, and changes nothing in the database', async () => {
    const before = dumpDatabase(db);
    const result = await runCli(report('--out', out('final.docx'), '--logo', out('logo.png')));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^final\.docx — 11 recommandations, \d+ Ko\n$/);
    const txt = squash(await convert(readFileSync(out('final.docx')), 'txt'));
    expect(txt).toContain('Rapport final');
    expect(txt).toContain('Recommandation 11 — ');
    expect(dumpDatabase(db)).toBe(before);
  });

  it('writes the review copy since a milestone named as in milestone list, and the table in English', async () => {
    expect((await runCli(report('--out', out('review.docx'), '--changes-since', 'premier projet consolide'))).code).toBe(0);
    const changes = trackedChanges(await convert(readFileSync(out('review.docx')), 'fodt'));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.author.length > 0 && c.author !== 'Auteur inconnu')).toBe(true);
    const table = await runCli(report('--out', out('table.docx'), '--table', '--lang', 'en'));
    expect(table.stdout).toMatch(/^table\.docx — 11 recommendations, \d+ KB\n$/);
    const txt = squash(await convert(readFileSync(out('table.docx')), 'txt'));
    expect(txt).toContain('Compilation table of the recommendations');
    expect(txt).toContain('Contributors');
  });

  it('exports only the statuses asked for', async () => {
    const listed = JSON.parse(await runOk(['list', '--db', db, '--meeting', meetingId, '--json'])) as Array<{ status: string }>;
    const adopted = listed.filter((r) => r.status === 'adopted').length;
    expect(adopted).toBeGreaterThan(0);
    const result = await runCli(report('--out', out('adopted.docx'), '--status', 'adopted', '--json'));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'final', fileName: 'adopted.docx', recommendationCount: adopted });
  });

  it('refuses every mistake with one line, exit 2, leaving the previous file as it was', async () => {
    const target = out('kept.docx');
    writeFileSync(target, 'previous report');
    const cases: Array<[string[], string, RegExp]> = [
      [['--out', target, '--logo', out('absent.png')], 'fr_FR.UTF-8', /^Logo introuvable ou illisible\u00A0: absent\.png\u202F; aucun rapport n’a été écrit\.\n$/],
      [['--out', target, '--logo', out('broken.png')], 'en_GB.UTF-8', /^This logo is not a valid PNG or JPEG image \(unreadable signature or dimensions\); no report was written\.\n$/],
      [['--out', target, '--status', 'adopted,lost'], 'fr_FR.UTF-8', /^Statut inconnu\u00A0: lost /],
      [['--out', target, '--milestone', 'Jamais posé'], 'fr_FR.UTF-8', /^Jalon introuvable dans cette réunion\u00A0: Jamais posé/],
      [['--out', out('report.pdf')], 'en_GB.UTF-8', /^The report is written to a \.docx file: /],
      [['--out', join(folder.dir, 'no', 'such', 'folder.docx')], 'en_GB.UTF-8', /^The report could not be written: folder\.docx \(folder not found\); no existing file was changed\.\n$/],
    ];
    for (const [args, lang, message] of cases) {
      const result = await runCli(report(...args), lang);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(target, 'utf8')).toBe('previous report');
    expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
