/**
 * The bench's merge scenario (issue 8), through real packages on real SQLite files:
 * 1. the secretariat builds the meeting and writes its meeting package;
 * 2. every expert's laptop is a database that imported that package; each expert edits
 *    recommendations — a word in some paragraph, a word of the opening sentence (where experts meet),
 *    a field — comments on a few, and writes a contribution package;
 * 3. the rapporteur's laptop imports every contribution in one go (importFiles): that is what is timed.
 * A model of the meeting replays the same edits in the same order, so the true number of conflicts
 * and the text every recommendation must end with are known by construction; the database is then
 * read back and compared with it: conflicts reported, and words lost (a word the merged text should
 * hold and does not, or an expert's word that is neither in the text nor in a conflict).
 * The peer, git merge-file, is run on the same texts (one paragraph per line) for a sample.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/main/db/open';
import { addComment } from '../../electron/main/services/comments';
import { addCommittee } from '../../electron/main/services/committees';
import { createContext, type ServiceContext } from '../../electron/main/services/context';
import { exportPackage } from '../../electron/main/services/exchange/exportPackage';
import { importFiles, importPackageFiles } from '../../electron/main/services/exchange/importFiles';
import { createMeeting } from '../../electron/main/services/meetings';
import { addParticipant } from '../../electron/main/services/participants';
import { setCurrentParticipant } from '../../electron/main/services/profile';
import { insertRecommendation } from '../../electron/main/services/recommendations';
import { appendFieldsVersion, appendVersion, fieldsOf } from '../../electron/main/services/versioning';
import { paragraphNode, textBlocks, textNode, type SerializedDocument } from '../../shared/document/lexicalJson';
import { PRIORITIES, type Priority } from '../../shared/domain/types';
import { paragraphWords, pickWith, rng, sequentialIds, WORDS } from './seed';

export interface MergeBenchResult {
  packages: number;
  recommendations: number;
  touchedPerPackage: number;
  /** Three-way merges the import had to make (the first contribution to a recommendation fast-forwards). */
  merges: number;
  megabytesPerPackage: number;
  /** The median of IMPORT_RUNS imports, each into a fresh copy of the same database. */
  importMs: number;
  /** The import's processor time in this process (median): the same figure on a machine busy with other work. */
  importCpuMs: number;
  /** Every run's time, the first (cold: nothing merged yet in this process) first. */
  importRunsMs: number[];
  trueConflicts: number;
  reportedConflicts: number;
  /** Merge versions the import stored: one per recommendation it merged, however many files touched it. */
  mergeVersions: number;
  wordsLost: number;
  /** Recommendations whose merged text or fields differ from the model's. */
  mismatches: number;
  commentsImported: number;
  git: { samples: number; msPerMerge: number; extrapolatedTotalMs: number; conflicts: number; trueConflicts: number };
}

type Edit =
  | { kind: 'word'; paragraph: number; word: number; text: string }
  | { kind: 'priority'; value: Priority }
  | { kind: 'horizon'; value: string }
  | { kind: 'addressee'; value: string };

/** What the rapporteur's recommendation should be, replayed edit by edit. */
interface Model {
  base: string[][];
  words: Map<string, string>;
  priority: Priority | null;
  horizon: string;
  addressees: string[];
  /** Whether some contribution has reached it (the next one is a three-way merge, not a fast-forward). */
  reached: boolean;
  /** The experts' words that met another word at the same place: they must be in a conflict. */
  conflicted: string[];
}

/** Imports timed (median printed): the first is cold, the others what a second import costs. */
const IMPORT_RUNS = 3;

interface ImportRun {
  ms: number;
  cpuMs: number;
  commentsImported: number;
  reportedConflicts: number;
  mergeVersions: number;
  wordsLost: number;
  mismatches: number;
}

/**
 * The rapporteur's database after the import, against the model: conflicts stored, words lost (the
 * model's text not in the head, or an expert's conflicting word in no conflict), recommendations
 * whose text or fields differ.
 */
function readBack(db: Database, ctx: ServiceContext, meetingId: string, recIds: readonly string[], models: readonly Model[]): Pick<ImportRun, 'reportedConflicts' | 'mergeVersions' | 'wordsLost' | 'mismatches'> {
  const reportedConflicts = (db.prepare(`SELECT count(*) AS c FROM merge_conflicts WHERE meeting_id = ?`).get(meetingId) as { c: number }).c;
  const mergeVersions = (db.prepare(`SELECT count(*) AS c FROM versions v JOIN recommendations r ON r.id = v.recommendation_id WHERE r.meeting_id = ? AND v.origin = 'merge'`).get(meetingId) as { c: number }).c;
  const conflictText = new Map<string, string>();
  for (const row of db.prepare(`SELECT recommendation_id AS id, ours_json || theirs_json || hunks_json AS text FROM merge_conflicts WHERE meeting_id = ?`).all(meetingId) as Array<{ id: string; text: string }>) {
    conflictText.set(row.id, (conflictText.get(row.id) ?? '') + row.text);
  }
  let wordsLost = 0, mismatches = 0;
  recIds.forEach((id, r) => {
    const m = models[r]!;
    const row = ctx.recommendations.get(id)!;
    const head = ctx.recommendations.version(row.headVersionId)!;
    const actual = textBlocks(JSON.parse(head.bodyJson) as SerializedDocument).map((b) => b.text);
    const expected = textOf(modelText(m));
    const fields = fieldsOf(row);
    if (actual.join('\n') !== expected.join('\n') || fields.priority !== m.priority || fields.horizon !== m.horizon || fields.addressees.join('|') !== m.addressees.join('|')) mismatches++;
    const have = new Map<string, number>();
    for (const w of actual.join(' ').split(' ')) have.set(w, (have.get(w) ?? 0) + 1);
    for (const w of expected.join(' ').split(' ')) {
      const k = have.get(w) ?? 0;
      if (k > 0) have.set(w, k - 1);
      else wordsLost++;
    }
    const aside = conflictText.get(id) ?? '';
    for (const w of m.conflicted) if (!aside.includes(w)) wordsLost++;
  });
  return { reportedConflicts, mergeVersions, wordsLost, mismatches };
}

const PARAGRAPHS = 8;
const WORDS_PER_PARAGRAPH = 50;
const HORIZONS = ['2027', '2028', 'fin 2030'];

const textOf = (paragraphs: readonly string[][]) => paragraphs.map((p) => p.join(' '));
function modelText(m: Model, extra?: Edit): string[][] {
  return m.base.map((words, p) =>
    words.map((w, i) => (extra?.kind === 'word' && extra.paragraph === p && extra.word === i ? extra.text : (m.words.get(`${p}:${i}`) ?? w))),
  );
}

/** Plays one contribution's edit on the model; true when it is a conflict. */
function play(m: Model, edit: Edit): boolean {
  const merging = m.reached;
  m.reached = true;
  switch (edit.kind) {
    case 'word': {
      const key = `${edit.paragraph}:${edit.word}`;
      const there = m.words.get(key);
      if (merging && there !== undefined && there !== edit.text) {
        m.conflicted.push(edit.text);
        return true;
      }
      m.words.set(key, edit.text);
      return false;
    }
    case 'priority':
      if (merging && m.priority !== null && m.priority !== edit.value) return true;
      m.priority = edit.value;
      return false;
    case 'horizon':
      if (merging && m.horizon !== '' && m.horizon !== edit.value) return true;
      m.horizon = edit.value;
      return false;
    case 'addressee':
      // Lists merge as sets: what either side adds is kept, never a conflict.
      if (!m.addressees.includes(edit.value)) m.addressees.push(edit.value);
      return false;
  }
}

function body(paragraphs: readonly string[], ids: readonly string[]): SerializedDocument {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs.map((p, i) => paragraphNode([textNode(p)], ids[i])) } };
}

function open(path: string, newId: () => string, start: string): Promise<{ db: Database; ctx: ServiceContext }> {
  let clock = Date.parse(start);
  return openDatabase(path).then((db) => ({ db, ctx: createContext(db, { now: () => new Date((clock += 1000)), databasePath: path, newId }) }));
}

function closeFile(db: Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

export async function benchMerges(options: { scale: number; dir: string }): Promise<MergeBenchResult> {
  const n = (full: number) => Math.max(1, Math.round(full * options.scale));
  const PACKAGES = n(40), RECS = n(600), TOUCHED = Math.min(RECS, n(100)), COMMENTS = n(1000);
  const random = rng(20261208);
  const pick = pickWith(random);
  const newId = sequentialIds(0x100000000);
  const dir = options.dir;

  // 1. The secretariat's meeting.
  const secretariat = await open(join(dir, 'secretariat.sqlite'), newId, '2026-04-01T08:00:00.000Z');
  const meeting = createMeeting(secretariat.ctx, { title: 'Sommet de référence — fusions', organisation: 'Banc d’essai', venue: 'Niamey', startsOn: null, endsOn: null });
  const committees = Array.from({ length: 4 }, (_, i) => addCommittee(secretariat.ctx, meeting.id, `Commission ${i + 1}`).id);
  const secretary = addParticipant(secretariat.ctx, { meetingId: meeting.id, name: 'Fatou Diallo', delegation: 'Secrétariat', role: 'secretariat' });
  const rapporteurId = addParticipant(secretariat.ctx, { meetingId: meeting.id, name: 'Issouf Ouédraogo', delegation: 'Niger', role: 'rapporteur' }).id;
  const experts = Array.from({ length: PACKAGES }, (_, p) => addParticipant(secretariat.ctx, { meetingId: meeting.id, name: `Expert ${p + 1}`, delegation: `Délégation ${p + 1}`, role: 'expert' }).id);
  setCurrentParticipant(secretariat.ctx, secretary.id);
  const models: Model[] = [];
  const recIds: string[] = [];
  const blockIds: string[][] = [];
  secretariat.db.transaction(() => {
    for (let r = 0; r < RECS; r++) {
      const base = Array.from({ length: PARAGRAPHS }, () => paragraphWords(random, WORDS_PER_PARAGRAPH));
      const ids = base.map(() => newId());
      blockIds.push(ids);
      recIds.push(insertRecommendation(secretariat.ctx, { meetingId: meeting.id, committeeId: committees[r % committees.length]!, title: `Recommandation ${r + 1}`, body: body(textOf(base), ids) }));
      models.push({ base, words: new Map(), priority: null, horizon: '', addressees: [], reached: false, conflicted: [] });
    }
  })();
  const meetingPackage = join(dir, 'reunion.palabre');
  exportPackage(secretariat.ctx, { meetingId: meeting.id, kind: 'meeting', path: meetingPackage });
  closeFile(secretariat.db);

  // 2. One laptop that took the meeting package in; every laptop starts as a copy of it.
  const templatePath = join(dir, 'laptop.sqlite');
  const template = await open(templatePath, newId, '2026-04-02T08:00:00.000Z');
  importPackageFiles(template.ctx, [meetingPackage]);
  closeFile(template.db);

  const contributions: string[] = [];
  const plan: Array<Array<{ rec: number; edit: Edit }>> = [];
  let bytes = 0;
  for (let p = 0; p < PACKAGES; p++) {
    const path = join(dir, `expert-${p + 1}.sqlite`);
    copyFileSync(templatePath, path);
    const laptop = await open(path, newId, `2026-04-03T${String(8 + (p % 10)).padStart(2, '0')}:00:00.000Z`);
    setCurrentParticipant(laptop.ctx, experts[p]!);
    const chosen = new Set<number>();
    while (chosen.size < TOUCHED) chosen.add(Math.floor(random() * RECS));
    const edits = [...chosen].sort((a, b) => a - b).map((rec) => ({ rec, edit: drawEdit(random, pick, p) }));
    plan.push(edits);
    laptop.db.transaction(() => {
      for (const { rec, edit } of edits) {
        const row = laptop.ctx.recommendations.get(recIds[rec]!)!;
        const at = laptop.ctx.timestamp();
        if (edit.kind === 'word') {
          const paragraphs = models[rec]!.base.map((w) => [...w]);
          paragraphs[edit.paragraph]![edit.word] = edit.text;
          const head = laptop.ctx.recommendations.version(row.headVersionId)!;
          appendVersion(laptop.ctx, { recommendationId: row.id, meetingId: meeting.id, title: head.title, body: body(textOf(paragraphs), blockIds[rec]!), fields: fieldsOf(row), parentIds: [head.id], origin: 'edit', at });
        } else {
          const fields = fieldsOf(row);
          if (edit.kind === 'priority') fields.priority = edit.value;
          else if (edit.kind === 'horizon') fields.horizon = edit.value;
          else fields.addressees = [...fields.addressees, edit.value];
          appendFieldsVersion(laptop.ctx, row, fields, at);
        }
      }
    })();
    // A few comments each, so that the contributions carry 1,000 between them.
    const share = Math.floor(COMMENTS / PACKAGES) + (p < COMMENTS % PACKAGES ? 1 : 0);
    for (let c = 0; c < share; c++) {
      addComment(laptop.ctx, { recommendationId: recIds[edits[c % edits.length]!.rec]!, text: `Observation ${c + 1} de l’expert ${p + 1}\u202F: ${pick(WORDS)} ${pick(WORDS)}\u00A0?` });
    }
    const file = join(dir, `contribution-${String(p + 1).padStart(2, '0')}.palabre`);
    bytes += exportPackage(laptop.ctx, { meetingId: meeting.id, kind: 'contribution', path: file }).bytes;
    contributions.push(file);
    laptop.db.close();
    rmSync(path, { force: true });
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
  }

  // The model, played in the import's order; git merge-file on the first merges' texts.
  let trueConflicts = 0, merges = 0;
  const git = { samples: 0, ms: 0, conflicts: 0, trueConflicts: 0 };
  const GIT_SAMPLES = Math.min(200, n(200));
  for (let p = 0; p < PACKAGES; p++) {
    for (const { rec, edit } of plan[p]!) {
      const m = models[rec]!;
      if (m.reached) merges++;
      const sample = m.reached && edit.kind === 'word' && git.samples < GIT_SAMPLES;
      const ours = sample ? textOf(modelText(m)) : [];
      const conflict = play(m, edit);
      if (conflict) trueConflicts++;
      if (sample) {
        const [ms, reported] = gitMergeFile(dir, ours, textOf(m.base), textOf(modelText({ ...m, words: new Map() }, edit)));
        git.samples++;
        git.ms += ms;
        git.conflicts += reported;
        if (conflict) git.trueConflicts++;
      }
    }
  }

  // 3. The rapporteur imports every contribution, IMPORT_RUNS times, each into a fresh copy of the
  // same database (the first run is cold: the process has not merged anything yet).
  const runs: ImportRun[] = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    const rapporteurPath = join(dir, `rapporteur-${run}.sqlite`);
    copyFileSync(templatePath, rapporteurPath);
    const rapporteur = await open(rapporteurPath, newId, '2026-04-04T08:00:00.000Z');
    setCurrentParticipant(rapporteur.ctx, rapporteurId);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const summary = await importFiles(rapporteur.ctx, contributions);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    runs.push({ ms, cpuMs: (cpu.user + cpu.system) / 1000, commentsImported: summary.commentsAdded, ...readBack(rapporteur.db, rapporteur.ctx, meeting.id, recIds, models) });
    rapporteur.db.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const worst = (pick: (r: ImportRun) => number) => Math.max(...runs.map(pick));

  return {
    packages: PACKAGES,
    recommendations: RECS,
    touchedPerPackage: TOUCHED,
    merges,
    megabytesPerPackage: bytes / PACKAGES / (1024 * 1024),
    importMs: median(runs.map((r) => r.ms)),
    importCpuMs: median(runs.map((r) => r.cpuMs)),
    importRunsMs: runs.map((r) => r.ms),
    trueConflicts,
    // Every run must give the same result: the worst of them is reported.
    reportedConflicts: worst((r) => r.reportedConflicts),
    mergeVersions: worst((r) => r.mergeVersions),
    wordsLost: worst((r) => r.wordsLost),
    mismatches: worst((r) => r.mismatches),
    commentsImported: runs[0]!.commentsImported,
    git: { samples: git.samples, msPerMerge: git.ms / Math.max(1, git.samples), extrapolatedTotalMs: (git.ms / Math.max(1, git.samples)) * merges, conflicts: git.conflicts, trueConflicts: git.trueConflicts },
  };
}

/**
 * The known mix: a word in one of the paragraphs after the first (experts rarely meet there), a word
 * of the opening sentence (they often do: the same word, a conflict; the next word, a clean merge),
 * or a field (priority and horizon can clash; addressees are a set and never do).
 */
function drawEdit(random: () => number, pick: <T>(xs: readonly T[]) => T, expert: number): Edit {
  const u = random();
  if (u < 0.45) return { kind: 'word', paragraph: 1 + Math.floor(random() * (PARAGRAPHS - 1)), word: Math.floor(random() * (WORDS_PER_PARAGRAPH - 5)), text: `${pick(WORDS)}x` };
  if (u < 0.75) return { kind: 'word', paragraph: 0, word: Math.floor(random() * 12), text: `${pick(WORDS)}x` };
  const v = random();
  if (v < 0.4) return { kind: 'priority', value: pick(PRIORITIES) };
  if (v < 0.7) return { kind: 'horizon', value: pick(HORIZONS) };
  return { kind: 'addressee', value: `Ministère de la délégation ${expert + 1}` };
}

/** git merge-file on three texts, one paragraph per line: its time (ms) and the conflicts it reports. */
function gitMergeFile(dir: string, ours: string[], base: string[], theirs: string[]): [number, number] {
  const write = (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };
  const files = [write('ours.txt', ours), write('base.txt', base), write('theirs.txt', theirs)];
  const t0 = performance.now();
  const run = spawnSync('git', ['merge-file', '-p', ...files], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.error) throw new Error(`git merge-file could not run (${run.error.message}): apt-get install git`);
  return [ms, run.status !== null && run.status > 0 ? run.status : 0];
}
