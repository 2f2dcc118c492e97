/**
 * The exchange commands as a user runs them: a secretariat's database, two experts' databases made
 * from the meeting package, a rapporteur importing both contributions, resolving, listing duplicates.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictInfo, DuplicatePair, ImportSummary } from '../../../shared/domain/exchange';
import { PACKAGE_FORMAT_VERSION, THIN_PACKAGE_FORMAT_VERSION, WHOLE_PACKAGE_FORMAT_VERSION } from '../../../shared/package/format';
import { dumpDatabase, runCli, runOk, tempFolder } from './cliInProcess';
import { runCli as runProcess } from './cliProcess';

const TEXT = ['Les États membres renforcent les mécanismes nationaux d’alerte précoce.', 'La Commission suit chaque année la mise en œuvre.'].join('\n\n');

describe('palabre package / import / conflicts / duplicates', { timeout: 120_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  const db = (name: string) => join(folder.dir, `${name}.sqlite`);
  const file = (name: string) => join(folder.dir, name);
  let meetingId: string;
  let rec: string;
  let awa: string;
  let kofi: string;
  let issouf: string;
  let alerte: string;

  beforeAll(async () => {
    folder = tempFolder();
    const sec = db('secretariat');
    meetingId = (await runOk(['meeting', 'create', '--db', sec, '--title', 'Réunion des experts', '--venue', 'Bamako', '--from', '2026-04-13', '--to', '2026-04-15'])).trim();
    alerte = (await runOk(['committee', 'add', '--db', sec, '--meeting', meetingId, '--name', 'Alerte précoce'])).trim();
    awa = (await runOk(['participant', 'add', '--db', sec, '--meeting', meetingId, '--name', 'Awa Sow', '--delegation', 'Mali', '--role', 'expert'])).trim();
    kofi = (await runOk(['participant', 'add', '--db', sec, '--meeting', meetingId, '--name', 'Kofi Mensah', '--delegation', 'Ghana', '--role', 'expert'])).trim();
    issouf = (await runOk(['participant', 'add', '--db', sec, '--meeting', meetingId, '--name', 'Issouf Ouédraogo', '--delegation', 'Niger', '--role', 'rapporteur'])).trim();
    rec = (await runOk(['recommendation', 'add', '--db', sec, '--meeting', meetingId, '--committee', alerte, '--title', 'Renforcer l’alerte précoce', '--text', TEXT, '--as', issouf])).trim();
  });
  afterAll(() => folder.remove());

  it('writes a meeting package and sets the meeting up on new machines', async () => {
    const out = await runOk(['package', 'meeting', '--db', db('secretariat'), '--meeting', meetingId, '--out', file('reunion.palabre')]);
    expect(out).toMatch(/^Paquet écrit\u00A0: reunion\.palabre — 1 recommandations, 1 versions, 0 commentaires\nempreinte SHA-256\u00A0: [0-9a-f]{64}\n$/);
    const pkg = JSON.parse(readFileSync(file('reunion.palabre'), 'utf8')) as { format: string; formatVersion: number; kind: string; meeting: { id: string } };
    expect(pkg).toMatchObject({ format: 'palabre-package', formatVersion: WHOLE_PACKAGE_FORMAT_VERSION, kind: 'meeting', meeting: { id: meetingId } });
    for (const name of ['awa', 'kofi', 'rapporteur']) {
      const summary = JSON.parse(await runOk(['import', '--db', db(name), file('reunion.palabre'), '--json'])) as ImportSummary;
      expect(summary).toMatchObject({ meetingId, meetingCreated: true, created: [rec] });
    }
    const text = await runOk(['import', '--db', db('awa'), file('reunion.palabre')]);
    expect(text).toBe('Importé\u00A0: reunion.palabre (meeting)\nRien de nouveau\u00A0: tout ce que contiennent ces paquets est déjà ici.\n');
  });

  it('imports two contributions at once: a clean merge, a conflict, a duplicate; then resolves', async () => {
    await runOk(['recommendation', 'edit', rec, '--db', db('awa'), '--as', awa, '--text', TEXT.replace('renforcent', 'renforcent sans délai')]);
    await runOk(['recommendation', 'edit', rec, '--db', db('kofi'), '--as', kofi, '--text', TEXT.replace('renforcent', 'consolident').replace('chaque année', 'tous les six mois')]);
    await runOk(['recommendation', 'add', '--db', db('awa'), '--meeting', meetingId, '--committee', alerte, '--as', awa, '--title', 'Système régional d’alerte', '--text', 'Les États membres créent un système régional d’alerte précoce relié aux dispositifs nationaux.']);
    await runOk(['recommendation', 'add', '--db', db('kofi'), '--meeting', meetingId, '--committee', alerte, '--as', kofi, '--title', 'Alerte régionale', '--text', 'Un système régional d’alerte précoce, relié aux dispositifs nationaux, est créé par les États membres.']);
    await runOk(['package', 'contribution', '--db', db('awa'), '--meeting', meetingId, '--as', awa, '--out', file('awa.palabre')]);
    await runOk(['package', 'contribution', '--db', db('kofi'), '--meeting', meetingId, '--as', kofi, '--out', file('kofi.palabre')]);
    // Both built on the meeting package; with --whole, the whole meeting in the format older Palabre reads.
    await runOk(['package', 'contribution', '--db', db('kofi'), '--meeting', meetingId, '--as', kofi, '--whole', '--out', file('kofi-complet.palabre')]);
    const written = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as { formatVersion: number; basis?: { package: { kind: string } } };
    expect(written('kofi.palabre')).toMatchObject({ formatVersion: THIN_PACKAGE_FORMAT_VERSION, basis: { package: { kind: 'meeting' } } });
    expect(written('kofi-complet.palabre').formatVersion).toBe(WHOLE_PACKAGE_FORMAT_VERSION);
    expect(written('kofi-complet.palabre').basis).toBeUndefined();

    const summary = JSON.parse(await runOk(['import', '--db', db('rapporteur'), '--meeting', meetingId, '--as', issouf, file('awa.palabre'), file('kofi.palabre'), '--json'])) as ImportSummary;
    expect(summary.created).toHaveLength(2);
    expect(summary.merged).toEqual([rec]);
    expect(summary.conflicts).toEqual([{ recommendationId: rec, conflictIds: [expect.any(String)] }]);
    expect(summary.duplicates).toHaveLength(1);

    const listed = await runOk(['conflicts', '--db', db('rapporteur'), '--meeting', meetingId]);
    expect(listed).toContain('«\u00A0Renforcer l’alerte précoce\u00A0» — paragraphe');
    expect(listed).toContain('Ici (Awa Sow)\u00A0: Les États membres renforcent sans délai les mécanismes nationaux d’alerte précoce.');
    expect(listed).toContain('Reçu (Kofi Mensah)\u00A0: Les États membres consolident les mécanismes nationaux d’alerte précoce.');
    const conflicts = JSON.parse(await runOk(['conflicts', '--db', db('rapporteur'), '--meeting', meetingId, '--json'])) as ConflictInfo[];
    const english = await runOk(['conflicts', '--db', db('rapporteur'), '--meeting', meetingId, '--lang', 'en']);
    expect(english).toContain('Theirs (Kofi Mensah): Les États membres consolident');

    const duplicates = JSON.parse(await runOk(['duplicates', '--db', db('rapporteur'), '--meeting', meetingId, '--json'])) as DuplicatePair[];
    expect(duplicates).toHaveLength(1);
    expect(await runOk(['duplicates', '--db', db('rapporteur'), '--meeting', meetingId])).toMatch(/similarité \d+\u00A0%/);

    const edit = await runCli(['conflict', 'resolve', conflicts[0]!.id, '--db', db('rapporteur'), '--choice', 'edit']);
    expect(edit).toMatchObject({ code: 2, stderr: 'Le texte (--text) se donne avec --choice edit, et seulement avec lui\n' });
    await runOk(['conflict', 'resolve', conflicts[0]!.id, '--db', db('rapporteur'), '--choice', 'edit', '--text', 'Les États membres renforcent et consolident les mécanismes nationaux d’alerte précoce.', '--as', issouf]);
    expect(await runOk(['conflicts', '--db', db('rapporteur'), '--meeting', meetingId])).toBe('Aucun conflit à résoudre.\n');
    const history = JSON.parse(await runOk(['history', rec, '--db', db('rapporteur'), '--json'])) as Array<{ origin: string; authorName: string; isHead: boolean }>;
    expect(history.slice(0, 2).map((v) => [v.origin, v.authorName])).toEqual([['edit', 'Issouf Ouédraogo'], ['merge', 'Issouf Ouédraogo']]);
    const list = await runOk(['list', '--db', db('rapporteur'), '--meeting', meetingId, '--json']);
    expect(list).toContain('renforcent et consolident');
    expect(list).toContain('tous les six mois');

    const [pair] = duplicates;
    await runOk(['consolidate', '--db', db('rapporteur'), '--keep', pair!.recommendationIds[0], '--merge', pair!.recommendationIds[1], '--as', issouf]);
    expect(await runOk(['duplicates', '--db', db('rapporteur'), '--meeting', meetingId])).toBe('Aucun doublon probable.\n');

    await runOk(['package', 'consolidated', '--db', db('rapporteur'), '--meeting', meetingId, '--out', file('consolide.palabre')]);
    const back = JSON.parse(await runOk(['import', '--db', db('secretariat'), file('consolide.palabre'), '--json'])) as ImportSummary;
    expect(back.fastForwarded).toEqual([rec]);
  });

  it('refuses bad files with exit code 2, a message in the user’s language, and the database unchanged', async () => {
    const target = db('rapporteur');
    const before = dumpDatabase(target);
    const good = readFileSync(file('reunion.palabre'), 'utf8');
    writeFileSync(file('tronque.palabre'), good.slice(0, good.length / 2));
    writeFileSync(file('modifie.palabre'), good.replace('chaque année', 'chaque mois'));
    writeFileSync(file('futur.palabre'), good.replace(`"formatVersion":${WHOLE_PACKAGE_FORMAT_VERSION}`, `"formatVersion":${PACKAGE_FORMAT_VERSION + 1}`));
    writeFileSync(file('proto.palabre'), good.replace('"kind":', '"__proto__":{"x":1},"kind":'));
    writeFileSync(file('profond.palabre'), '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000));
    writeFileSync(file('contribution.docx'), 'PK\u0003\u0004');
    const other = (await runOk(['meeting', 'create', '--db', db('autre'), '--title', 'Autre réunion', '--venue', 'Lomé', '--from', '2026-05-04', '--to', '2026-05-05'])).trim();
    await runOk(['package', 'meeting', '--db', db('autre'), '--meeting', other, '--out', file('autre.palabre')]);

    const cases: Array<[string[], RegExp, RegExp]> = [
      [[file('tronque.palabre')], /^Ce fichier n’est pas un paquet Palabre lisible \(tronqué ou endommagé\)/, /^This file is not a readable Palabre package/],
      [[file('modifie.palabre')], /^L’empreinte de ce paquet ne correspond pas à son contenu/, /digest does not match/],
      [[file('futur.palabre')], new RegExp(`version plus récente de Palabre \\(format ${PACKAGE_FORMAT_VERSION + 1}\\)`), new RegExp(`newer version of Palabre \\(format ${PACKAGE_FORMAT_VERSION + 1}\\)`)],
      [[file('proto.palabre')], /structure refusée \(proto\.palabre\u00A0: clé interdite «\u00A0__proto__\u00A0»\)/, /forbidden key “__proto__”/],
      [[file('profond.palabre')], /imbrication trop profonde/, /nesting too deep/],
      [['--meeting', meetingId, file('autre.palabre')], /^Ce paquet concerne une autre réunion\u00A0: autre\.palabre: Autre réunion/, /for another meeting/],
      [[file('contribution.docx')], /^Un document Word ne dit pas à quelle réunion il appartient/, /^A Word document does not say which meeting it belongs to/],
      [[file('reunion.palabre'), file('tronque.palabre')], /tronque\.palabre/, /tronque\.palabre/],
      [[], /^Indiquez au moins un fichier à importer/, /^Give at least one file to import/],
    ];
    for (const [args, french, english] of cases) {
      const fr = await runCli(['import', '--db', target, ...args]);
      expect(fr.code, args.join(' ')).toBe(2);
      expect(fr.stdout).toBe('');
      expect(fr.stderr).toMatch(french);
      const en = await runCli(['import', '--db', target, ...args], 'en_GB.UTF-8');
      expect(en.stderr).toMatch(english);
    }
    expect(dumpDatabase(target)).toBe(before);
    // A failed import on a new machine leaves no database behind.
    expect((await runCli(['import', '--db', db('nouveau'), file('modifie.palabre')])).code).toBe(2);
    expect(existsSync(db('nouveau'))).toBe(false);
    // Unknown choice, unknown conflict.
    expect((await runCli(['conflict', 'resolve', '3f1c2a7e-8d4b-4c1e-9a2b-5e6f7a8b9c0d', '--db', target, '--choice', 'toString'])).stderr).toMatch(/^Choix inconnu/);
    expect((await runCli(['conflict', 'resolve', '3f1c2a7e-8d4b-4c1e-9a2b-5e6f7a8b9c0d', '--db', target, '--choice', 'mine'])).stderr).toMatch(/^Conflit introuvable/);
    expect(dumpDatabase(target)).toBe(before);
  });

  it('runs as a real process: exit status 2 and one line on stderr for a tampered package', async () => {
    const result = await runProcess(['import', '--db', db('rapporteur'), file('modifie.palabre')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/empreinte/);
  });
});
