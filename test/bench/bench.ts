/**
 * `npm run bench`: a seeded, deterministic meeting at the scale of a large summit (issue 8), measured
 * through the real services on a real SQLite file, with the peers (git merge-file, pandoc) run on the
 * same content in the same run. Prints a table with the targets beside the figures and writes
 * bench-results.json. `--scale 0.1` for a quick run. Targets are printed, never asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/main/db/open';
import { createDispatcher } from '../../electron/main/handlers';
import { addComment } from '../../electron/main/services/comments';
import { addCommittee } from '../../electron/main/services/committees';
import { createContext } from '../../electron/main/services/context';
import { createMeeting } from '../../electron/main/services/meetings';
import { addParticipant } from '../../electron/main/services/participants';
import { insertRecommendation, saveRecommendation } from '../../electron/main/services/recommendations';
import { renderReport } from '../../electron/main/services/report/export';
import { searchMeeting } from '../../electron/main/services/search';
import { appendVersion, fieldsOf } from '../../electron/main/services/versioning';
import { diffDocuments } from '../../shared/diff/documentDiff';
import { documentFromPlainText, documentToPlainText, type SerializedDocument } from '../../shared/document/lexicalJson';
import { benchMeetingPackage, type MeetingPackageResult } from './meetingPackage';
import { benchMerges, type MergeBenchResult } from './merges';
import { rng, WORDS } from './seed';
import { benchChromium, chromiumRows, type ChromiumFigures } from './chromium';

const scaleArg = process.argv.indexOf('--scale');
const SCALE = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
const n = (full: number) => Math.max(1, Math.round(full * SCALE));
/** `--only merge,search`: measure only those rows (the meeting is still generated when a row needs it). */
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]!.split(',')) : null;
const SECTIONS = ['list', 'autosave', 'search', 'diff', 'merge', 'export', 'package', 'chromium'] as const;
for (const name of ONLY ?? []) if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`--only: unknown row ${name} (rows: ${SECTIONS.join(', ')})`);
const wanted = (section: (typeof SECTIONS)[number]) => ONLY === null || ONLY.has(section);

const random = rng(20261201);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

function paragraph(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(WORDS));
  return out.join(' ') + '.';
}
function text(words: number, paragraphs = 8): string {
  return Array.from({ length: paragraphs }, () => paragraph(Math.round(words / paragraphs))).join('\n\n');
}
let idCounter = 0;
/** Deterministic ids that still pass the contract's UUID check. */
const seqId = () => `00000000-0000-4000-8000-${(idCounter++).toString(16).padStart(12, '0')}`;

interface Stat { median: number; p95: number; p99: number; runs: number; processor?: { median: number; p99: number } }
function stats(samples: number[]): Stat {
  const s = [...samples].sort((x, y) => x - y);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), runs: s.length };
}
/**
 * Wall time of each run after a warm-up, and its processor time: on a machine shared with other work the wall
 * time's tail is mostly waiting for a core; the processor time is what the run itself cost.
 */
function time<T = undefined>(fn: (input: T) => unknown, repeats: number, warmUp = 2, prepare: () => T = () => undefined as T): Stat {
  // A few untimed runs first: the first ones measure V8 compiling the code, not the code.
  for (let i = 0; i < warmUp; i++) fn(prepare());
  const samples: number[] = [];
  const processor: number[] = [];
  for (let i = 0; i < repeats; i++) {
    // What the run is given (an edit, as the editor would send it) is made before the clock starts.
    const input = prepare();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    fn(input);
    samples.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    processor.push((cpu.user + cpu.system) / 1000);
  }
  const p = stats(processor);
  return { ...stats(samples), processor: { median: p.median, p99: p.p99 } };
}
async function timeAsync<T = undefined>(fn: (input: T) => Promise<unknown>, repeats: number, prepare: () => T = () => undefined as T): Promise<Stat> {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const input = prepare();
    const t0 = performance.now();
    await fn(input);
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/** Replaces one word of one paragraph (the word at `wordIndex`, or a random one); marks it with an x. */
function mutate(doc: string, paragraphIndex: number, r: () => number, wordIndex?: number): string {
  const paras = doc.split('\n\n');
  const words = paras[paragraphIndex]!.split(' ');
  words[wordIndex ?? Math.floor(r() * (words.length - 1))] = pick(WORDS) + 'x';
  paras[paragraphIndex] = words.join(' ');
  return paras.join('\n\n');
}

/** A later version of `base`: the same blocks (same ids), each holding the new text of its paragraph. */
function sameBlocks(base: SerializedDocument, plain: string): SerializedDocument {
  const fresh = documentFromPlainText(plain, seqId);
  const doc = structuredClone(base);
  doc.root.children.forEach((block, i) => { block.children = fresh.root.children[i]!.children; });
  return doc;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'palabre-bench-'));
  const path = join(dir, 'bench.sqlite');
  const db = await openDatabase(path);
  let clock = Date.parse('2026-03-01T08:00:00.000Z');
  const ctx = createContext(db, { now: () => new Date((clock += 1000)), databasePath: path, newId: seqId });
  const dispatch = createDispatcher(ctx);
  const results: Record<string, unknown> = { scale: SCALE, date: new Date().toISOString() };

  // --- Generation (the merge and diff rows build their own content) ---------------------------------
  const RECS = n(600), VERSIONS = 40, PEOPLE = n(60), COMMITTEES = 8;
  const generate = (['list', 'autosave', 'search', 'export', 'package', 'chromium'] as const).some(wanted);
  const t0 = performance.now();
  const meeting = createMeeting(ctx, { title: 'Sommet de référence', organisation: 'Banc d’essai', venue: 'Bamako', startsOn: null, endsOn: null });
  for (let i = 0; i < PEOPLE; i++) addParticipant(ctx, { meetingId: meeting.id, name: `Expert ${i}`, delegation: `Délégation ${i % 12}`, role: 'expert' });
  const committees = Array.from({ length: COMMITTEES }, (_, i) => addCommittee(ctx, meeting.id, `Commission ${i + 1}`).id);
  const recIds: string[] = [];
  let naiveBytes = 0;
  db.transaction(() => {
    for (let r = 0; r < (generate ? RECS : 0); r++) {
      let plain = text(400);
      const first = documentFromPlainText(plain, seqId);
      const id = insertRecommendation(ctx, { meetingId: meeting.id, committeeId: committees[r % COMMITTEES]!, title: `Recommandation ${r + 1}`, body: first });
      recIds.push(id);
      for (let v = 1; v < VERSIONS; v++) {
        const row = ctx.recommendations.get(id)!;
        plain = mutate(plain, v % 8, random);
        // As in the editor: an edit changes the words of a block, the blocks keep their ids.
        const body = sameBlocks(first, plain);
        naiveBytes += JSON.stringify({ title: `Recommandation ${r + 1}`, body, fields: fieldsOf(row) }).length;
        appendVersion(ctx, { recommendationId: id, meetingId: meeting.id, title: `Recommandation ${r + 1}`, body, fields: fieldsOf(row), parentIds: [row.headVersionId], origin: 'edit', at: ctx.timestamp() });
      }
    }
  })();
  // 1,000 comments, on recommendations spread over the meeting (they are indexed for search too).
  for (let c = 0; c < (generate ? n(1000) : 0); c++) addComment(ctx, { recommendationId: recIds[(c * 7) % RECS]!, text: `Observation ${c + 1}\u202F: ${pick(WORDS)} ${pick(WORDS)}\u00A0?` });
  if (generate) results.generateMs = performance.now() - t0;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const versionCount = (db.prepare('SELECT count(*) AS c FROM versions').get() as { c: number }).c;
  const dbBytes = statSync(path).size;
  if (generate) results.storage = { versions: versionCount, bytesPerVersion: dbBytes / versionCount, naiveJsonBytesPerVersion: naiveBytes / (versionCount - RECS) };

  // --- First screen (handler time) ---------------------------------------------------------------------
  if (wanted('list')) {
    const listed = await dispatch('recommendation:list', { meetingId: meeting.id });
    if (!listed.ok || (listed.value as unknown[]).length !== RECS) throw new Error(`list failed: ${JSON.stringify(listed).slice(0, 300)}`);
    results.list = await timeAsync(() => dispatch('recommendation:list', { meetingId: meeting.id }), 20);
  }

  // --- Autosave ---------------------------------------------------------------------------------------
  if (wanted('autosave')) {
    const target = recIds[Math.floor(RECS / 2)]!;
    const saved = JSON.parse(ctx.recommendations.version(ctx.recommendations.get(target)!.headVersionId)!.bodyJson) as SerializedDocument;
    let saveText = documentToPlainText(saved);
    // A pause in typing: a word changed in a block that keeps its id, as the editor saves it.
    const nextEdit = (): SerializedDocument => {
      saveText = mutate(saveText, 3, random);
      return sameBlocks(saved, saveText);
    };
    // The edit itself (the editor's work: the text typed, the document it sends) is made before the
    // clock starts; the save is timed from its arrival, as the dispatcher hands it over.
    results.autosave = time(
      (body: SerializedDocument) => {
        const head = ctx.recommendations.get(target)!.headVersionId;
        saveRecommendation(ctx, { recommendationId: target, baseVersionId: head, title: 'Recommandation enregistrée', body });
      },
      1000,
      2,
      nextEdit,
    );
    // What the user waits for before « Enregistré »: the call as the editor makes it, through the
    // dispatcher (the input checked), the save, then the sync of the -wal file that the dispatcher
    // awaits (off the main thread) before it answers. The row above is the save's share.
    results.autosaveOnDisk = await timeAsync(
      async (body: SerializedDocument) => {
        const head = ctx.recommendations.get(target)!.headVersionId;
        const answer = await dispatch('recommendation:save', { recommendationId: target, baseVersionId: head, title: 'Recommandation enregistrée', body });
        if (!answer.ok) throw new Error(`save failed: ${JSON.stringify(answer).slice(0, 300)}`);
      },
      1000,
      nextEdit,
    );
  }

  // --- Search -----------------------------------------------------------------------------------------
  if (wanted('search')) results.search = time(() => searchMeeting(ctx, meeting.id, `${pick(WORDS)} ${pick(WORDS)}`), 200);

  // --- Word diff of two 5,000-word versions -----------------------------------------------------------
  if (wanted('diff')) {
    const big = text(5000, 50);
    const bigA = documentFromPlainText(big, seqId);
    let bigEdited = big;
    for (let i = 0; i < 50; i += 5) bigEdited = mutate(bigEdited, i, random);
    const bigB = sameBlocks(bigA, bigEdited);
    results.diff = time(() => diffDocuments(bigA, bigB), 20);
  }

  // --- Import and merge of 40 contribution packages × 100 recommendations, against git merge-file -------
  if (wanted('merge')) results.merge = await benchMerges({ scale: SCALE, dir });

  // --- Export to .docx against pandoc -------------------------------------------------------------------
  if (wanted('export')) {
    const request = { meetingId: meeting.id, kind: 'final' as const, locale: 'fr' as const, milestoneId: null, sinceMilestoneId: null, statuses: null, logo: null };
    let size = 0;
    const exportStat = await timeAsync(async () => { size = (await renderReport(ctx, request)).bytes.length; }, 3);
    const md = recIds.map((id) => { const row = ctx.recommendations.get(id)!; const v = ctx.recommendations.version(row.headVersionId)!; return `## ${v.title}\n\n${documentToPlainText(JSON.parse(v.bodyJson) as SerializedDocument)}\n`; }).join('\n');
    const mdPath = join(dir, 'report.md');
    writeFileSync(mdPath, md);
    let pandoc: unknown = 'unavailable: apt-get install pandoc';
    if (spawnSync('pandoc', ['--version']).status === 0) {
      let psize = 0;
      const ps = time(() => { execFileSync('pandoc', [mdPath, '-o', join(dir, 'p.docx')]); psize = statSync(join(dir, 'p.docx')).size; }, 3);
      pandoc = { ...ps, bytes: psize };
  }
  results.export = { ...exportStat, bytes: size, pandoc };
  }

  // --- The meeting package of the whole meeting, written and taken in by a new laptop (meetingPackage.ts)
  if (wanted('package')) results.package = await benchMeetingPackage(ctx, meeting.id, dir);

  // --- In Chromium: first screen painted, keystroke to paint (see chromium.ts) ---------------------------
  if (wanted('chromium')) results.chromium = await benchChromium({ ctx, dbPath: path, meetingId: meeting.id, recommendations: RECS, stats });

  db.close();
  rmSync(dir, { recursive: true, force: true });
  results.ratios = printTable(results);
  writeFileSync('bench-results.json', JSON.stringify(results, null, 2));
}

/**
 * The table: each figure beside its target and its peer, and the ratio of the two measured in this
 * run (Palabre's figure over the peer's, or over the target when no program does the same thing:
 * below 1 is better). Returns the ratios, which go to bench-results.json as well.
 */
function printTable(r: Record<string, unknown>): Record<string, number> {
  const f = (x: number) => x.toFixed(x < 10 ? 2 : 0);
  const s = (k: string) => r[k] as Stat;
  const cpu = (stat: Stat) => (stat.processor ? ` (processor ${f(stat.processor.median)} / ${f(stat.processor.p99)})` : '');
  const ratios: Record<string, number> = {};
  const ratio = (name: string, ours: number, theirs: number, of: string) => {
    ratios[name] = ours / theirs;
    return `${(ours / theirs).toFixed(2)} × ${of}`;
  };
  const m = r.merge as MergeBenchResult | undefined;
  const e = r.export as (Stat & { bytes: number; pandoc: (Stat & { bytes: number }) | string }) | undefined;
  const st = r.storage as { versions: number; bytesPerVersion: number; naiveJsonBytesPerVersion: number } | undefined;
  const pk = r.package as MeetingPackageResult | undefined;
  const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  const c = r.chromium as ChromiumFigures | undefined;
  // Only the rows this run measured (see --only).
  const rows: string[][] = [
    ['Mesure / measure', 'Palabre', 'Cible / target', 'Pair / peer', 'Rapport / ratio'],
    ...(r.list ? [['first screen, handler (p50/p95 ms)', `${f(s('list').median)} / ${f(s('list').p95)}`, '< 300', '', ratio('list', s('list').p95, 300, 'target')]] : []),
    ...(r.autosave
      ? [
          ['autosave (p50/p99 ms)', `${f(s('autosave').median)} / ${f(s('autosave').p99)}${cpu(s('autosave'))}`, 'p99 < 5', '', ratio('autosave', s('autosave').p99, 5, 'target')],
          ['autosave, on disk after (p50/p99 ms)', `${f(s('autosaveOnDisk').median)} / ${f(s('autosaveOnDisk').p99)}`, '', '', ''],
        ]
      : []),
    ...(r.search
      ? [['search, first page (p50/p99 ms)', `${f(s('search').median)} / ${f(s('search').p99)}${cpu(s('search'))}`, 'p99 < 20', '', ratio('search', s('search').p99, 20, 'target')]]
      : []),
    ...(r.diff ? [['word diff 5,000 words (p50/p95 ms)', `${f(s('diff').median)} / ${f(s('diff').p95)}`, '< 50', '', ratio('diff', s('diff').p95, 50, 'target')]] : []),
    ...(m
      ? [
          [
            `import + merge of ${m.packages} packages × ${m.touchedPerPackage} recs, ${m.merges} merges into ${m.mergeVersions} versions (median of ${m.importRunsMs.length}, ms)`,
            `${f(m.importMs)} (processor ${f(m.importCpuMs)}; runs ${m.importRunsMs.map(f).join(', ')}, the first cold)`,
            '< 2000',
            `git merge-file ≈ ${f(m.git.extrapolatedTotalMs)} (${f(m.git.msPerMerge)} ms × ${m.merges} merges)`,
            ratio('merge', m.importMs, m.git.extrapolatedTotalMs, 'git'),
          ],
          ['conflicts reported / true', `${m.reportedConflicts} / ${m.trueConflicts}`, '≤ true', `git: ${m.git.conflicts} on ${m.git.samples} samples (true: ${m.git.trueConflicts})`, ratio('conflicts', m.reportedConflicts, m.trueConflicts, 'true')],
          ['words lost in merges', String(m.wordsLost), '0', `${m.mismatches} texts off the model`, ''],
        ]
      : []),
    ...(e
      ? [
          [
            'export .docx (p50 ms, KB)',
            `${f(e.median)}, ${Math.round(e.bytes / 1024)}`,
            '≤ pandoc',
            typeof e.pandoc === 'string' ? e.pandoc : `pandoc ${f(e.pandoc.median)} ms, ${Math.round(e.pandoc.bytes / 1024)} KB`,
            typeof e.pandoc === 'string' ? '' : ratio('export', e.median, e.pandoc.median, 'pandoc'),
          ],
        ]
      : []),
    ...(pk
      ? [
          [
            `meeting package, ${pk.recommendations} recs × all ${pk.versions} versions (MiB; write, read ms)`,
            `${mib(pk.bytes)} MiB (format ${pk.formatVersion}${pk.compressed ? ', compressed' : ''}); ${f(pk.exportMs)}, ${f(pk.importMs)}`,
            `≤ ${mib(pk.maxBytes)} MiB`,
            `new laptop: ${pk.versionsImported} versions, ${pk.headsDiffering} heads off`,
            ratio('meetingPackage', pk.bytes, pk.maxBytes, 'limit'),
          ],
        ]
      : []),
    ...(st
      ? [['bytes per version (db / naive JSON)', `${Math.round(st.bytesPerVersion)} / ${Math.round(st.naiveJsonBytesPerVersion)}`, '≤ 1/3 of naive', `${st.versions} versions`, ratio('storage', st.bytesPerVersion, st.naiveJsonBytesPerVersion, 'naive')]]
      : []),
    ...(c
      ? chromiumRows(c, f).map((row, i) =>
          'skipped' in c ? [...row, ''] : [...row, i === 0 ? ratio('firstScreen', c.firstScreen.median, 1000, 'target') : ratio('keystroke', c.keystroke.p95, 1000 / 60, 'one frame')],
        )
      : []),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | '));
  const generated = typeof r.generateMs === 'number' ? `, generated in ${f(r.generateMs)} ms` : '';
  console.log(`scale ${String(r.scale)}${generated}; figures in bench-results.json`);
  return ratios;
}

void main();
