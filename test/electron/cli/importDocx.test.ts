/**
 * `palabre import-docx` as a user runs it: a separate process on a real SQLite file, a Word file
 * made by LibreOffice, exit codes 0 and 2, messages in French and English.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToDocx } from '../../helpers/libreoffice';
import { handmadeDocx, paragraph } from '../main/services/docxImport/handmade';
import { runOk as setup } from './cliInProcess';
import { dumpDatabase, runCli, runOk, tempFolder } from './cliProcess';

const SOURCE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>
<h1>Alerte précoce</h1>
<ol><li><b>Réseau régional.</b> Le Conseil crée un réseau «\u00A0régional\u00A0» d’alerte.</li><li>Les États partagent leurs données\u202F; ils s’y engagent.</li></ol>
<h1>Financement</h1>
<p>Les États abondent un fonds commun.</p>
</body></html>`;

describe('palabre import-docx', { timeout: 120_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let docx: string;
  let meetingId: string;
  let awa: string;
  beforeAll(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'docx.sqlite');
    docx = convertToDocx(folder.dir, 'contribution.html', SOURCE);
    meetingId = (await setup(['meeting', 'create', '--db', db, '--title', 'Réunion des experts', '--venue', 'Bamako', '--from', '2026-03-10', '--to', '2026-03-12'])).trim();
    await setup(['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'Alerte précoce']);
    awa = (await setup(['participant', 'add', '--db', db, '--meeting', meetingId, '--name', 'Awa Diallo', '--delegation', 'Mali', '--role', 'expert'])).trim();
  }, 240_000);
  afterAll(() => folder.remove());

  it('--dry-run prints the preview and changes nothing', async () => {
    const before = dumpDatabase(db);
    const out = await runOk(['import-docx', docx, '--db', db, '--meeting', meetingId, '--dry-run']);
    expect(out).toContain('== Alerte précoce (existante) ==');
    expect(out).toContain('1. Réseau régional (7\u00A0mots)');
    expect(out).toContain('    Le Conseil crée un réseau «\u00A0régional\u00A0» d’alerte.');
    expect(out).toContain('== Financement (nouvelle) ==');
    const json = JSON.parse(await runOk(['import-docx', docx, '--db', db, '--meeting', meetingId, '--dry-run', '--json'])) as { preview: { recommendations: Array<{ title: string }> }; result?: unknown };
    expect(json.preview.recommendations.map((r) => r.title)).toEqual(['Réseau régional', 'Les États partagent leurs données\u202F; ils s’y engagent', 'Les États abondent un fonds commun']);
    expect(json.result).toBeUndefined();
    expect(dumpDatabase(db)).toBe(before);
  });

  it('bad input exits 2 with one line in the user’s language and changes nothing', async () => {
    const before = dumpDatabase(db);
    const fake = join(folder.dir, 'faux.docx');
    writeFileSync(fake, 'Ceci est un simple texte, pas un document Word.');
    const fr = await runCli(['import-docx', fake, '--db', db, '--meeting', meetingId]);
    expect([fr.code, fr.stderr.trim()]).toEqual([2, 'Ce fichier n’est pas un document Word lisible (pas un fichier zip)\u202F; rien n’a été importé.']);
    const en = await runCli(['import-docx', fake, '--db', db, '--meeting', meetingId], 'en_GB.UTF-8');
    expect([en.code, en.stderr.trim()]).toEqual([2, 'This file is not a readable Word document (not a zip file); nothing was imported.']);
    const missing = await runCli(['import-docx', join(folder.dir, 'absent.docx'), '--db', db, '--meeting', meetingId]);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, 'Ce fichier n’est pas un document Word lisible (fichier introuvable ou illisible\u00A0: absent.docx)\u202F; rien n’a été importé.']);
    const stranger = await runCli(['import-docx', docx, '--db', db, '--meeting', meetingId, '--as', '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01']);
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain('Participant introuvable');
    expect(dumpDatabase(db)).toBe(before);
  });

  it('imports the recommendations as the participant given with --as', async () => {
    const out = JSON.parse(await runOk(['import-docx', docx, '--db', db, '--meeting', meetingId, '--as', awa, '--json'])) as {
      result: { created: Array<{ title: string }>; committeesCreated: Array<{ name: string }>; authorId: string };
    };
    expect(out.result.created.map((c) => c.title)).toEqual(['Réseau régional', 'Les États partagent leurs données\u202F; ils s’y engagent', 'Les États abondent un fonds commun']);
    expect(out.result.committeesCreated.map((c) => c.name)).toEqual(['Financement']);
    expect(out.result.authorId).toBe(awa);
    const listed = await runOk(['list', '--db', db, '--meeting', meetingId]);
    expect(listed).toContain('1. Réseau régional (brouillon)');
    expect(listed).toContain('== Financement ==');
  });

  it('`import FILE.docx --meeting` takes the same Word file in, attributed to --as, in one run with the summary', async () => {
    const db2 = join(folder.dir, 'import.sqlite');
    const meeting2 = (await setup(['meeting', 'create', '--db', db2, '--title', 'Réunion des experts', '--venue', 'Bamako', '--from', '2026-03-10', '--to', '2026-03-12'])).trim();
    const fatou = (await setup(['participant', 'add', '--db', db2, '--meeting', meeting2, '--name', 'Fatou Keïta', '--delegation', 'Mali', '--role', 'expert'])).trim();
    const summary = JSON.parse(await runOk(['import', docx, '--db', db2, '--meeting', meeting2, '--as', fatou, '--json'])) as {
      created: string[];
      wordFiles: Array<{ name: string; recommendations: number; committeesCreated: number }>;
    };
    expect(summary.wordFiles).toEqual([expect.objectContaining({ name: 'contribution.docx', recommendations: 3, committeesCreated: 2 })]);
    expect(summary.created).toHaveLength(3);
    const listed = await runOk(['list', '--db', db2, '--meeting', meeting2]);
    expect(listed).toContain('Réseau régional');
    expect(listed).toContain('== Financement ==');
    // Sent again (by e-mail and by USB key): taken in once.
    const before = dumpDatabase(db2);
    const text = await runOk(['import', docx, '--db', db2, '--meeting', meeting2, '--as', fatou]);
    expect(text).toContain('contribution.docx (document Word, déjà importé\u00A0: rien de repris)');
    expect(dumpDatabase(db2)).toBe(before);
  });

  it('--amend-changes imports the text before the tracked changes and proposes them as an amendment', async () => {
    const changed = join(folder.dir, 'suivi.docx');
    const change = '<w:p><w:r><w:t xml:space="preserve">Le secrétariat publie </w:t></w:r><w:del w:id="1" w:author="Awa Diallo" w:date="2026-03-10T10:00:00Z"><w:r><w:delText>un bilan</w:delText></w:r></w:del><w:ins w:id="2" w:author="Awa Diallo" w:date="2026-03-10T10:00:00Z"><w:r><w:t>un rapport</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> annuel.</w:t></w:r></w:p>';
    writeFileSync(changed, handmadeDocx(paragraph('Le réseau est créé.') + change));
    const out = JSON.parse(await runOk(['import-docx', changed, '--db', db, '--meeting', meetingId, '--amend-changes', '--json'])) as {
      result: { created: Array<{ title: string; recommendationId: string }>; amendments: Array<{ recommendationId: string }> };
    };
    expect(out.result.created.map((c) => c.title)).toEqual(['Le réseau est créé', 'Le secrétariat publie un bilan annuel']);
    expect(out.result.amendments.map((a) => a.recommendationId)).toEqual([out.result.created[1]!.recommendationId]);
  });
});
