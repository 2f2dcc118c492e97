import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryVersion, MilestoneComparison } from '../../../shared/domain/review';
import { dumpDatabase, runCli, runOk, tempFolder } from './cliInProcess';

const TEXT = ['Les États membres créent un mécanisme d’alerte précoce.', 'Il est relié aux ministères chaque année.'].join('\n\n');

describe('palabre history / diff / milestone / compare / comment', { timeout: 60_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let meetingId: string;
  let alerte: string;
  let awa: string;
  let issouf: string;
  let first: string;
  let second: string;
  beforeEach(async () => {
    folder = tempFolder();
    db = join(folder.dir, 'review.sqlite');
    meetingId = (await runOk(['meeting', 'create', '--db', db, '--title', 'Réunion des experts', '--venue', 'Bamako', '--from', '2025-11-17', '--to', '2025-11-19'])).trim();
    alerte = (await runOk(['committee', 'add', '--db', db, '--meeting', meetingId, '--name', 'Alerte précoce'])).trim();
    awa = (await runOk(['participant', 'add', '--db', db, '--meeting', meetingId, '--name', 'Awa Sow', '--delegation', 'Mali', '--role', 'expert'])).trim();
    issouf = (await runOk(['participant', 'add', '--db', db, '--meeting', meetingId, '--name', 'Issouf Ouédraogo', '--delegation', 'Burkina Faso', '--role', 'rapporteur'])).trim();
    const add = async (title: string) =>
      (await runOk(['recommendation', 'add', '--db', db, '--meeting', meetingId, '--committee', alerte, '--title', title, '--text', TEXT, '--as', awa])).trim();
    first = await add('Créer un mécanisme d’alerte');
    second = await add('Relier les ministères');
  });
  afterEach(() => folder.remove());

  const history = async (id: string) => JSON.parse(await runOk(['history', id, '--db', db, '--json'])) as HistoryVersion[];

  it('prints the history, and a readable word diff between two versions (given by the beginning of their ids)', async () => {
    const edited = TEXT.replace('un mécanisme', 'sans délai un mécanisme').replace('chaque année', 'tous les six mois');
    const v2 = (await runOk(['recommendation', 'edit', first, '--db', db, '--text', edited, '--as', issouf])).trim();
    const versions = await history(first);
    expect(versions.map((v) => [v.id, v.origin, v.authorName, v.isHead])).toEqual([
      [v2, 'edit', 'Issouf Ouédraogo', true],
      [versions[1]!.id, 'create', 'Awa Sow', false],
    ]);
    const text = await runOk(['history', first, '--db', db]);
    expect(text.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${v2}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  modification  Issouf Ouédraogo  ← ${versions[1]!.id.slice(0, 8)}  \\(actuelle\\)$`)),
      expect.stringMatching(new RegExp(`^${versions[1]!.id} {2}.* UTC {2}création {2}Awa Sow$`)),
    ]);
    const diff = await runOk(['diff', first, '--db', db, '--from', versions[1]!.id.slice(0, 8), '--to', v2]);
    expect(diff.trim()).toBe(
      'Les États membres créent {+sans délai +}un mécanisme d’alerte précoce.\n\nIl est relié aux ministères [-chaque année-]{+tous les six mois+}.',
    );
    expect(await runOk(['diff', first, '--db', db, '--from', v2, '--lang', 'en'])).toBe('No difference.\n');
  });

  it('sets milestones and compares them with now: removed, renumbered, changed', async () => {
    expect((await runOk(['milestone', 'create', '--db', db, '--meeting', meetingId, '--name', 'Projet soumis à la plénière'])).trim()).toMatch(/^[0-9a-f-]{36}$/);
    await runOk(['recommendation', 'status', first, '--db', db, '--set', 'withdrawn']);
    await runOk(['recommendation', 'edit', second, '--db', db, '--text', `${TEXT}\n\nUn bilan est présenté au Conseil.`]);
    const list = await runOk(['milestone', 'list', '--db', db, '--meeting', meetingId]);
    expect(list).toMatch(/^[0-9a-f-]{36} {2}.* UTC {2}Projet soumis à la plénière \(2 recommandations\)\n$/);

    // By name, whatever the accents and case.
    const text = await runOk(['compare', '--db', db, '--meeting', meetingId, '--from', 'projet soumis a la PLENIERE']);
    expect(text).toContain('Comparaison\u00A0: «\u00A0Projet soumis à la plénière\u00A0»');
    expect(text).toContain('→ maintenant');
    expect(text).toContain('Retirées (1)\n  - 1. Créer un mécanisme d’alerte (retirée)');
    expect(text).toContain('Modifiées (1)\n  ~ 1. Relier les ministères (brouillon)\n      {+Un bilan est présenté au Conseil.+}');
    expect(text).toContain('Renumérotées (1)\n  2 → 1  Relier les ministères');
    expect(text).toContain('Inchangées\u00A0: 0');
    const json = JSON.parse(await runOk(['compare', '--db', db, '--meeting', meetingId, '--from', 'Projet soumis à la plénière', '--json'])) as MilestoneComparison;
    expect(json.removed.map((r) => [r.recommendationId, r.reason])).toEqual([[first, 'withdrawn']]);
    expect(json.renumbered.map((r) => [r.numberBefore, r.numberAfter])).toEqual([['2', '1']]);
  });

  it('adds a comment anchored to the first occurrence of a quote, as a given participant', async () => {
    // Typed with a straight apostrophe: the text has French typography.
    const id = (await runOk(['comment', 'add', first, '--db', db, '--text', 'Lequel ?', '--quote', "mécanisme d'alerte", '--as', issouf])).trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const search = await runOk(['search', '--db', db, '--meeting', meetingId, 'Lequel']);
    expect(search).toContain('Créer un mécanisme d’alerte');
    const general = await runCli(['comment', 'add', second, '--db', db, '--text', 'Trop long.', '--json']);
    expect(JSON.parse(general.stdout)).toMatchObject({ text: 'Trop long.', anchor: null, authorName: null });
  });

  it('refuses a quote that is not in the text, with a clear message, exit 2, nothing written', async () => {
    const before = dumpDatabase(db);
    const result = await runCli(['comment', 'add', first, '--db', db, '--text', 'x', '--quote', 'passage absent']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Passage introuvable dans le texte actuel\u00A0: «\u00A0passage absent\u00A0» (recopiez-le exactement, apostrophes et espaces comprises)\n',
    });
    expect(dumpDatabase(db)).toBe(before);
    const unknown = await runCli(['compare', '--db', db, '--meeting', meetingId, '--from', 'Jalon inconnu'], 'en_GB.UTF-8');
    expect(unknown).toMatchObject({ code: 2, stderr: 'No such milestone in this meeting: Jalon inconnu (see milestone list)\n' });
    const badVersion = await runCli(['diff', first, '--db', db, '--from', 'zzzz']);
    expect(badVersion.code).toBe(2);
    expect(badVersion.stderr).toContain('Version introuvable pour cette recommandation\u00A0: zzzz');
  });

  it('shows VERSION and MILESTONE in the usage, not a date', async () => {
    expect(await runOk(['diff', '--help', '--lang', 'en'])).toContain('diff ID --db FILE --from VERSION [--to VERSION]');
    expect(await runOk(['compare', '--help'])).toContain('--from JALON [--to JALON]');
  });
});
