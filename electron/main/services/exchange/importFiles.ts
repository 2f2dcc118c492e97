/**
 * Importing files by path (the CLI, the tests, and the token channels once mapped): read and check
 * everything, then import it all at once — Palabre packages and Word (.docx) contributions alike.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportSummary, WordFileImported } from '../../../../shared/domain/exchange';
import type { DocxImportChoices, DocxImportResult } from '../../../../shared/docxImport/preview';
import { PalabreError } from '../../../../shared/errors';
import type { ServiceContext } from '../context';
import { planDocxImport, readDocxFile } from '../docxImport/service';
import { backupBeforeImport } from '../backups';
import { findDuplicates } from './duplicates';
import { importPackages, preparePackages, type PackageSource } from './importPackage';
import { readPackageFile } from './packageFile';

export function isWordFile(path: string): boolean {
  return /\.docx$/i.test(path);
}

/** Palabre packages only, synchronously (what the package tests drive); a Word file goes through importFiles. */
export function importPackageFiles(ctx: ServiceContext, paths: readonly string[], options: { meetingId?: string | undefined } = {}): ImportSummary {
  const word = paths.find(isWordFile);
  if (word) throw new PalabreError('unsupported_file', basename(word));
  return importPackages(ctx, paths.map((path) => ({ name: basename(path), pkg: readPackageFile(path) })), options);
}

/** What the rapporteur confirmed in the preview of a Word file: the digest of the bytes seen, and the choices made. */
export interface ConfirmedWordFile {
  digest: string;
  choices?: DocxImportChoices | undefined;
  asParticipantId?: string | undefined;
}

export interface ImportOptions {
  meetingId?: string | undefined;
  /** Per path of a Word file, its confirmed preview; a Word file without one is imported as proposed. */
  word?: ReadonlyMap<string, ConfirmedWordFile> | undefined;
}

export async function importFiles(ctx: ServiceContext, paths: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  if (paths.length === 0) throw new PalabreError('invalid_input', 'no file');
  const total = paths.length;
  let checked = 0;
  const step = async () => {
    ctx.progress({ task: 'import', phase: 'checking', done: ++checked, total });
    // Lets the progress reach the window (and the window stay responsive) between files.
    await new Promise((resolve) => setImmediate(resolve));
  };
  ctx.progress({ task: 'import', phase: 'checking', done: 0, total });
  // Every file is read and checked before anything is written: one bad file, and nothing is imported.
  const packages: PackageSource[] = [];
  for (const path of paths.filter((p) => !isWordFile(p))) {
    packages.push({ name: basename(path), pkg: readPackageFile(path) });
    await step();
  }
  const wordPaths = paths.filter(isWordFile);
  const meetingId = options.meetingId ?? packages[0]?.pkg.meeting.id;
  const words: Array<{ name: string; digest: string; write: (() => DocxImportResult) | null }> = [];
  if (wordPaths.length > 0) {
    // A Word document names no meeting: it goes into one this machine already has.
    if (meetingId === undefined || !ctx.meetings.get(meetingId)) throw new PalabreError('docx_needs_meeting');
    for (const path of wordPaths) {
      const source = readDocxFile(path);
      const digest = createHash('sha256').update(source.bytes).digest('hex');
      // The same document imported twice (or received by two routes) is taken in once.
      const seen = ctx.audit.hasFileDigest(meetingId, 'docx.import', digest) || words.some((w) => w.digest === digest);
      const confirmed = options.word?.get(path);
      const plan = seen
        ? null
        : await planDocxImport(ctx, {
            meetingId,
            ...source,
            digest: confirmed?.digest,
            choices: confirmed?.choices,
            asParticipantId: confirmed?.asParticipantId ?? ctx.actingAs,
          });
      words.push({ name: source.fileName, digest, write: plan });
      await step();
    }
  }

  // A thin contribution whose basis is missing here refuses the batch before anything, backup included.
  const prepared = packages.length > 0 ? preparePackages(ctx, packages) : undefined;
  // Everything is checked: before writing, a backup of the database as it was (restorable from the app).
  if (packages.length > 0 || words.some((w) => w.write)) await backupBeforeImport(ctx);
  let summary: ImportSummary | undefined;
  const wordFiles: WordFileImported[] = [];
  const created: string[] = [];
  // Each recommendation the batch creates, and the file it came in (findDuplicates).
  const createdFrom = new Map<string, string>();
  ctx.progress({ task: 'import', phase: 'merging', done: 0, total });
  // One transaction for the whole batch (the package import's own transaction nests inside it).
  ctx.db.transaction(() => {
    if (packages.length > 0) summary = importPackages(ctx, packages, { meetingId, prepared, createdFrom });
    for (const [i, word] of words.entries()) {
      if (!word.write) {
        wordFiles.push({ name: word.name, alreadyImported: true, recommendations: 0, committeesCreated: 0, commentsCarried: 0, amendments: 0 });
        continue;
      }
      const result = word.write();
      for (const c of result.created) {
        created.push(c.recommendationId);
        createdFrom.set(c.recommendationId, `word ${i}`);
      }
      wordFiles.push({
        name: word.name,
        alreadyImported: false,
        recommendations: result.created.length,
        committeesCreated: result.committeesCreated.length,
        commentsCarried: result.commentsCarried,
        amendments: result.amendments.length,
      });
    }
  })();
  const base: ImportSummary = summary ?? {
    meetingId: meetingId!,
    meetingCreated: false,
    files: [],
    created: [],
    fastForwarded: [],
    merged: [],
    unchanged: [],
    conflicts: [],
    deleted: [],
    restored: [],
    duplicates: [],
    detailsUpdated: false,
    committeesAdded: 0,
    committeesRemoved: [],
    committeesRestored: [],
    committeesKept: [],
    participantsAdded: 0,
    participantsRemoved: [],
    commentsAdded: 0,
    commentsUpdated: 0,
    wordFiles: [],
    noChange: true,
  };
  const finished = () => ctx.progress({ task: 'import', phase: 'done', done: total, total });
  if (words.length === 0) {
    finished();
    return base;
  }
  const allCreated = [...base.created, ...created];
  ctx.progress({ task: 'import', phase: 'duplicates', done: total, total });
  const duplicates = allCreated.length > 0 ? findDuplicates(ctx, base.meetingId, createdFrom) : [];
  finished();
  return {
    ...base,
    created: allCreated,
    wordFiles,
    committeesAdded: base.committeesAdded + wordFiles.reduce((n, w) => n + w.committeesCreated, 0),
    commentsAdded: base.commentsAdded + wordFiles.reduce((n, w) => n + w.commentsCarried, 0),
    duplicates,
    noChange: base.noChange && created.length === 0,
  };
}
