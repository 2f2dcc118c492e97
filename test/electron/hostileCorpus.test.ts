/**
 * Every file of the hostile corpus (test/fixtures/hostile), through the service on a real database
 * and through the command line as a separate process: a refusal with a clear message in the user's
 * language and exit code 2, every table unchanged, the process still working, Object.prototype
 * untouched — or, for the files that are cleaned rather than refused, an import without the
 * dangerous part.
 */
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/domain/exchange';
import { PalabreError } from '../../shared/errors';
import { call } from '../../electron/main/handlers';
import { stopParseWorker } from '../../electron/main/services/docxImport/isolatedParse';
import { importFiles } from '../../electron/main/services/exchange/importFiles';
import { REFUSED, SANITISED, type Refusal } from '../fixtures/hostile/corpus';
import { HOSTILE_DIR, writeLargeCorpus } from '../fixtures/hostile/large';
import { makeTempDir, openTempStore, removeTempDir, type TempStore } from '../helpers/tempDb';
import { dumpDatabase, runCli, type CliResult } from './cli/cliProcess';
import { storedBodyJson } from '../helpers/storedBodies';

const prototypeState = () => JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getPrototypeOf({}) === Object.prototype]);

/** Title and body of every version of these recommendations, as stored. */
function storedText(dbPath: string, recommendationIds: readonly string[]): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT id, title FROM versions WHERE recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY created_at`)
      .all(JSON.stringify(recommendationIds)) as Array<{ id: string; title: string }>;
    // Bodies are stored compressed (schema 5): read back with zlib alone, as any reader could.
    return rows.map((r) => `${r.title}\n${storedBodyJson(db, r.id)}`).join('\n');
  } finally {
    db.close();
  }
}

/** Runs `jobs` at most `lanes` at a time, each lane on its own database (the command line locks it). */
async function inLanes<T>(items: readonly T[], lanes: number, run: (item: T, lane: number) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item, lane);
  }));
}

describe('the hostile corpus', { timeout: 600_000 }, () => {
  let store: TempStore;
  let meetingId: string;
  let largeDir: string;
  /** The database before any import, for the command line's runs. */
  let cliDir: string;
  let fresh: string;
  const pathOf = (entry: { file: string; large?: true }) => join(entry.large ? largeDir : HOSTILE_DIR, entry.file);

  beforeAll(async () => {
    largeDir = makeTempDir('palabre-hostile-');
    writeLargeCorpus(largeDir);
    store = await openTempStore();
    const meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
    meetingId = meeting.id;
    const committee = await call(store.dispatch, 'committee:add', { meetingId, name: 'Alerte précoce' });
    await call(store.dispatch, 'recommendation:create', { meetingId, committeeId: committee.id, title: 'Les États membres renforcent l’alerte précoce\u00A0!' });
    cliDir = makeTempDir('palabre-hostile-cli-');
    fresh = join(cliDir, 'fresh.sqlite');
    store.db.prepare('VACUUM INTO ?').run(fresh);
  }, 120_000);
  afterAll(async () => {
    await stopParseWorker();
    store.cleanup();
    removeTempDir(largeDir);
    removeTempDir(cliDir);
  });

  it('lists every committed file, with a line in the README', () => {
    const committed = readdirSync(HOSTILE_DIR).filter((name) => /\.(?:palabre|docx)$/.test(name)).sort();
    const listed = [...REFUSED.filter((e) => !e.large), ...SANITISED].map((e) => e.file).sort();
    expect(committed).toEqual(listed);
    const readme = readFileSync(join(HOSTILE_DIR, 'README.md'), 'utf8');
    for (const entry of [...REFUSED, ...SANITISED]) expect(readme, entry.file).toContain(`| \`${entry.file}\``);
  });

  it('the service refuses each bad file with a clear message in both languages, and changes nothing', async () => {
    const before = dumpDatabase(store.path);
    const prototype = prototypeState();
    for (const entry of REFUSED) {
      const error = await importFiles(store.ctx, [pathOf(entry)], { meetingId }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, entry.file).toBeInstanceOf(PalabreError);
      const value = (error as PalabreError).toValue();
      expect(value.code, entry.file).toBe(entry.code);
      expect(value.message.fr, entry.file).toMatch(entry.fr);
      expect(value.message.fr, entry.file).toContain('rien n’a été importé');
      expect(value.message.en, entry.file).toMatch(/nothing was imported/);
      expect(dumpDatabase(store.path), entry.file).toBe(before);
      expect(prototypeState(), entry.file).toBe(prototype);
      expect(({} as Record<string, unknown>).polluted, entry.file).toBeUndefined();
    }
    // Still working: the next good call succeeds, in this process and its parse worker.
    expect((await call(store.dispatch, 'meeting:get', { meetingId })).recommendations).toHaveLength(1);
  });

  it('the service imports the files it cleans without their dangerous part', async () => {
    const prototype = prototypeState();
    for (const entry of SANITISED) {
      const summary = await importFiles(store.ctx, [pathOf(entry)], { meetingId });
      expect(summary.wordFiles.map((w) => [w.name, w.recommendations]), entry.file).toEqual([[entry.file, entry.recommendations]]);
      const text = storedText(store.path, summary.created);
      for (const absent of entry.absent) expect(text, `${entry.file}: ${absent}`).not.toContain(absent);
      for (const present of entry.present) expect(text, `${entry.file}: ${present}`).toContain(present);
      expect(prototypeState(), entry.file).toBe(prototype);
      expect(({} as Record<string, unknown>).polluted, entry.file).toBeUndefined();
    }
  });

  describe('the command line, as a separate process', () => {
    const lanes = 2;
    let dbs: string[];
    beforeAll(() => {
      // Copies of the database as it was before the service imported anything: one per lane.
      dbs = Array.from({ length: lanes }, (_, i) => join(cliDir, `lane-${i}.sqlite`));
      for (const db of dbs) copyFileSync(fresh, db);
    });

    it('refuses each bad file: exit code 2, one French line on stderr, nothing on stdout, the database unchanged', async () => {
      const befores = dbs.map((db) => dumpDatabase(db));
      const failures: string[] = [];
      await inLanes(REFUSED, lanes, async (entry: Refusal, lane) => {
        const result: CliResult = await runCli(['import', '--db', dbs[lane]!, '--meeting', meetingId, pathOf(entry), '--json']);
        const lines = result.stderr.trim().split('\n');
        if (result.code !== 2 || result.stdout !== '' || lines.length !== 1 || !entry.fr.test(lines[0]!) || !lines[0]!.includes('rien n’a été importé')) {
          failures.push(`${entry.file}: exit ${result.code}, stdout ${JSON.stringify(result.stdout.slice(0, 200))}, stderr ${JSON.stringify(result.stderr.slice(0, 400))}`);
        }
      });
      expect(failures).toEqual([]);
      expect(dbs.map((db) => dumpDatabase(db))).toEqual(befores);
    });

    it('speaks English when the user’s language is English', async () => {
      const before = dumpDatabase(dbs[0]!);
      const result = await runCli(['import', '--db', dbs[0]!, '--meeting', meetingId, join(HOSTILE_DIR, 'path-traversal.docx')], 'en_GB.UTF-8');
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: 'This Word document was refused for safety (forbidden entry name “../../evil.xml”); nothing was imported.\n',
      });
      expect(dumpDatabase(dbs[0]!)).toBe(before);
    });

    it('imports the files it cleans without their dangerous part', async () => {
      for (const entry of SANITISED) {
        const result = await runCli(['import', '--db', dbs[0]!, '--meeting', meetingId, pathOf(entry), '--json']);
        expect(result.code, `${entry.file}: ${result.stderr}`).toBe(0);
        const summary = JSON.parse(result.stdout) as ImportSummary;
        expect(summary.wordFiles.map((w) => [w.name, w.recommendations])).toEqual([[entry.file, entry.recommendations]]);
        const text = storedText(dbs[0]!, summary.created);
        for (const absent of entry.absent) expect(text, `${entry.file}: ${absent}`).not.toContain(absent);
        for (const present of entry.present) expect(text, `${entry.file}: ${present}`).toContain(present);
      }
    });
  });
});
