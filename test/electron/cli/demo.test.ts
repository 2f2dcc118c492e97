import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runOk, tempFolder } from './cliInProcess';

interface Listed {
  id: string;
  number: string;
  committeeId: string;
  committee: string;
  title: string;
  status: string;
  text: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('palabre demo', { timeout: 60_000 }, () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  beforeEach(() => {
    folder = tempFolder();
    db = join(folder.dir, 'demo.sqlite');
  });
  afterEach(() => folder.remove());

  it('creates the Bamako meeting, whose recommendations list in order, numbered from 1, in French', async () => {
    const meetingId = (await runOk(['demo', '--db', db])).trim();
    expect(meetingId).toMatch(UUID);
    expect(existsSync(db)).toBe(true);

    const items = JSON.parse(await runOk(['list', '--db', db, '--meeting', meetingId, '--json'])) as Listed[];
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.length).toBeLessThanOrEqual(15);
    // Numbered 1, 2, 3… in order; the withdrawn one has no number.
    const numbered = items.filter((item) => item.status !== 'withdrawn');
    expect(numbered.map((item) => item.number)).toEqual(numbered.map((_, index) => String(index + 1)));
    expect(items.filter((item) => item.status === 'withdrawn').map((item) => item.number)).toEqual(['']);
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(['draft', 'under_review', 'agreed', 'adopted', 'withdrawn']));
    expect(new Set(items.map((item) => item.committee))).toEqual(
      new Set([
        'Système d’alerte précoce pour la prévention des crises',
        'Renforcement des capacités des diplomates',
        'Plateforme d’échange d’informations entre les États membres',
      ]),
    );
    for (const item of items) {
      expect(item.committeeId).toMatch(UUID);
      // Preambular paragraphs first, then the operative ones.
      expect(item.text).toMatch(/^(Considérant|Notant|Rappelant|Conscients|Tenant compte)/);
      expect(item.text).toMatch(/recommandent/);
      expect(item.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
      // French typography: typographic apostrophe, no-break spaces before ; and :
      expect(item.text).not.toMatch(/'| [;:!?]/);
      expect(item.text).toContain('\u202F;');
      expect(item.text).toContain('\u00A0:');
    }
    const allText = items.map((item) => `${item.title}\n${item.text}`).join('\n');
    expect(allText).toContain('États membres');
    expect(allText).toContain('d’alerte');
    expect(allText).toContain('«\u00A0urgence\u00A0»');
  });

  it('prints the list as readable text, grouped by committee, with the status in the chosen language', async () => {
    const meetingId = (await runOk(['demo', '--db', db])).trim();
    const french = await runOk(['list', '--db', db, '--meeting', meetingId]);
    expect(french).toContain('== Renforcement des capacités des diplomates ==');
    expect(french).toMatch(/^1\. Création d’un mécanisme confédéral d’alerte précoce \(adoptée\)$/m);
    expect(french).toMatch(/^— Guide commun des pratiques diplomatiques et consulaires \(retirée\)$/m);
    expect(french).toContain('    Considérant que');
    const english = await runOk(['list', '--db', db, '--meeting', meetingId, '--lang', 'en']);
    expect(english).toMatch(/^1\. Création d’un mécanisme confédéral d’alerte précoce \(adopted\)$/m);
  });

  it('creates a second, separate meeting when run again and leaves the first one as it was', async () => {
    const first = (await runOk(['demo', '--db', db])).trim();
    const firstList = await runOk(['list', '--db', db, '--meeting', first, '--json']);
    const second = (await runOk(['demo', '--db', db])).trim();
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first);

    const meetings = JSON.parse(await runOk(['meeting', 'list', '--db', db, '--json'])) as Array<{ id: string; recommendationCount: number }>;
    expect(meetings.map((m) => m.id).sort()).toEqual([first, second].sort());
    expect(meetings.map((m) => m.recommendationCount)).toEqual([12, 12]);
    expect(await runOk(['list', '--db', db, '--meeting', first, '--json'])).toBe(firstList);
    const secondItems = JSON.parse(await runOk(['list', '--db', db, '--meeting', second, '--json'])) as Listed[];
    expect(secondItems.map((i) => i.id)).not.toContain((JSON.parse(firstList) as Listed[])[0]!.id);
  });

  it('describes what it made with --json', async () => {
    const summary = JSON.parse(await runOk(['demo', '--db', db, '--json'])) as Record<string, unknown>;
    expect(summary).toMatchObject({ committees: 3, participants: 15, recommendations: 12 });
    expect(summary.meetingId).toMatch(UUID);
    expect(summary.versions).toBeGreaterThan(20);
  });
});
