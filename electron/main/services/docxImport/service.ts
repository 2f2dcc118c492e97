/**
 * Use-cases of a Word contribution: preview (read, check, propose a mapping; writes nothing) and
 * import (the same reading again, the rapporteur's choices applied, everything written in one
 * transaction or nothing). The import takes the file's bytes again with the preview's digest rather
 * than a token kept in memory: the main process holds no state between the two calls, and a file
 * changed in between is refused instead of imported unseen.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { mapDocument, type DocxMapping } from '../../../../shared/docxImport/mapping';
import type { ImportedBlock, WordExtras } from '../../../../shared/docxImport/model';
import {
  docxWarning,
  type DocxImportChoices,
  type DocxImportResult,
  type DocxPreview,
  type DocxWarning,
} from '../../../../shared/docxImport/preview';
import { documentToPlainText, walkNodes, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import { paragraphKindOf } from '../../../../shared/document/paragraphKind';
import { comparisonKey } from '../../../../shared/domain/fields';
import type { Participant } from '../../../../shared/domain/types';
import { PalabreError } from '../../../../shared/errors';
import { proposeAmendment } from '../amendments';
import { recordAudit } from '../audit';
import { addComment } from '../comments';
import { addCommittee } from '../committees';
import type { ServiceContext } from '../context';
import { requireCommittee, requireMeeting, requireParticipant } from '../lookups';
import { listParticipants } from '../participants';
import { currentLocale } from '../profile';
import { insertRecommendation } from '../recommendations';
import { parseDocxIsolated } from './isolatedParse';
import { readDocxPackage } from './package';
import { rejectTrackedChanges } from './trackedChanges';
import { readWordExtras } from './wordExtras';
import { DOCX_LIMITS } from './zip';
import { backupBeforeImport } from '../backups';

export const MAX_IMPORTED_RECOMMENDATIONS = 1000;

export interface DocxSource {
  bytes: Uint8Array;
  /** Shown in the preview and the audit log; the default committee is named after it. */
  fileName: string;
}

interface Analysis {
  digest: string;
  mapping: DocxMapping;
  /** The mapping of the text before its tracked changes, when it has the same recommendations; else null. */
  before: DocxMapping | null;
  extras: WordExtras;
  commentTargets: Array<number | null>;
  creator: Participant | undefined;
  warnings: DocxWarning[];
}

/** Reads, checks and maps a Word document for a meeting. Writes nothing. */
export async function previewDocx(ctx: ServiceContext, input: { meetingId: string } & DocxSource): Promise<DocxPreview> {
  const analysis = await analyse(ctx, input.meetingId, input);
  return toPreview(analysis, input.fileName);
}

/**
 * Creates the recommendations of a previewed Word document, with the rapporteur's choices: all in
 * one transaction, origin `import`, attributed to `asParticipantId`, else to the participant named
 * as the file's author, else to this database's profile.
 */
export async function importDocx(
  ctx: ServiceContext,
  input: { meetingId: string; digest?: string | undefined; choices?: DocxImportChoices | undefined; asParticipantId?: string | undefined } & DocxSource,
): Promise<DocxImportResult> {
  const write = await planDocxImport(ctx, input);
  await backupBeforeImport(ctx);
  return write();
}

/**
 * Everything importDocx checks, done first (reading, mapping, the choices): what it returns writes the
 * recommendations, synchronously, so that `import` can run it inside the transaction of a whole batch of files.
 */
export async function planDocxImport(
  ctx: ServiceContext,
  input: { meetingId: string; digest?: string | undefined; choices?: DocxImportChoices | undefined; asParticipantId?: string | undefined } & DocxSource,
): Promise<() => DocxImportResult> {
  const analysis = await analyse(ctx, input.meetingId, input);
  if (input.digest !== undefined && input.digest !== analysis.digest) {
    throw new PalabreError('docx_changed', { fr: 'empreinte différente', en: 'different digest' });
  }
  const choices = input.choices ?? {};
  const author = chooseAuthor(ctx, input.meetingId, input.asParticipantId, analysis.creator);
  const actx: ServiceContext = author ? { ...ctx, actingAs: author.id } : ctx;
  const { mapping } = analysis;
  const skip = new Set(choices.skip ?? []);
  const keys = new Map(mapping.committees.map((c) => [c.key, c]));

  // Every choice is checked before anything is written.
  const targets = new Map<number, { committeeId: string } | { committeeKey: string }>();
  for (const rec of mapping.recommendations) {
    if (skip.has(rec.index)) continue;
    const choice = choices.committees?.[String(rec.index)] ?? { committeeKey: rec.committeeKey };
    if ('committeeId' in choice) {
      if (requireCommittee(ctx, choice.committeeId).meetingId !== input.meetingId) throw new PalabreError('committee_mismatch');
    } else if (!keys.has(choice.committeeKey)) {
      throw new PalabreError('unknown_committee', choice.committeeKey);
    }
    targets.set(rec.index, choice);
  }
  for (const index of Object.keys(choices.committees ?? {})) {
    if (!mapping.recommendations.some((r) => String(r.index) === index)) throw new PalabreError('not_found', index);
  }
  if (targets.size === 0) throw new PalabreError('docx_empty');
  const amend = choices.trackedChanges === 'amend' && analysis.extras.insertions + analysis.extras.deletions > 0;
  if (amend && !analysis.before) throw new PalabreError('docx_changes_unaligned');
  const participants = listParticipants(ctx, input.meetingId);
  const participantNamed = (name: string) => participants.find((p) => comparisonKey(p.name) === comparisonKey(name));

  return () => {
    const result: DocxImportResult = { created: [], committeesCreated: [], commentsCarried: 0, amendments: [], authorId: author?.id ?? null };
    ctx.db.transaction(() => {
      const committeeIds = new Map<string, string>();
      const committeeOf = (choice: { committeeId: string } | { committeeKey: string }): string => {
        if ('committeeId' in choice) return choice.committeeId;
        const mapped = keys.get(choice.committeeKey)!;
        if (mapped.existingId) return mapped.existingId;
        let created = committeeIds.get(mapped.key);
        if (!created) {
          const name = choices.committeeNames?.[mapped.key] ?? mapped.name;
          const committee = addCommittee(actx, input.meetingId, name);
          created = committee.id;
          committeeIds.set(mapped.key, created);
          result.committeesCreated.push({ committeeId: created, name: committee.name });
        }
        return created;
      };
      const recommendationIds = new Map<number, string>();
      for (const rec of mapping.recommendations) {
        const choice = targets.get(rec.index);
        if (!choice) continue;
        const committeeId = committeeOf(choice);
        // With 'amend', the text before the changes is imported, and the changes proposed on top of it.
        const text = amend ? analysis.before!.recommendations[rec.index]! : rec;
        const recommendationId = insertRecommendation(actx, { meetingId: input.meetingId, committeeId, title: text.title, body: text.body, origin: 'import' });
        if (amend && (text.title !== rec.title || documentToPlainText(text.body) !== documentToPlainText(rec.body) || JSON.stringify(marks(text.body)) !== JSON.stringify(marks(rec.body)))) {
          const changer = participantNamed(analysis.extras.changeAuthors[0] ?? '');
          try {
            const amendment = proposeAmendment(changer ? { ...ctx, actingAs: changer.id } : actx, {
              recommendationId,
              title: rec.title,
              body: rec.body,
              note: changesNote(analysis.extras.changeAuthors, currentLocale(ctx)),
            });
            result.amendments.push({ amendmentId: amendment.id, recommendationId });
          } catch (error) {
            // A change nobody could see (a formatting mark the editor does not keep): nothing to propose.
            if (!(error instanceof PalabreError && error.code === 'amendment_empty')) throw error;
          }
        }
        recommendationIds.set(rec.index, recommendationId);
        // The title as stored (the meeting's typography applied).
        const title = ctx.recommendations.version(ctx.recommendations.get(recommendationId)!.headVersionId)!.title;
        result.created.push({ recommendationId, index: rec.index, title, committeeId });
      }
      if (choices.carryComments !== false) {
        const fallback = result.created[0]?.recommendationId;
        analysis.extras.comments.forEach((comment, i) => {
          const target = analysis.commentTargets[i];
          const recommendationId = (target !== null && target !== undefined ? recommendationIds.get(target) : undefined) ?? fallback;
          if (!recommendationId) return;
          const commenter = participantNamed(comment.author);
          // A commenter who is not a participant keeps their name in the text of the comment.
          const text = commenter ? comment.text : `[Word${comment.author ? ` — ${comment.author}` : ''}] ${comment.text}`;
          addComment(commenter ? { ...ctx, actingAs: commenter.id } : actx, { recommendationId, text });
          result.commentsCarried++;
        });
      }
      recordAudit(actx, {
        meetingId: input.meetingId,
        action: 'docx.import',
        detail: {
          fileName: input.fileName,
          digest: analysis.digest,
          recommendations: result.created.length,
          committeesCreated: result.committeesCreated.length,
          comments: result.commentsCarried,
          trackedChanges: analysis.extras.insertions + analysis.extras.deletions,
          amendments: result.amendments.length,
        },
        at: ctx.timestamp(),
      });
    })();
    return result;
  };
}

export interface DocxFileOptions {
  meetingId: string;
  asParticipantId?: string | undefined;
  dryRun?: boolean | undefined;
  choices?: DocxImportChoices | undefined;
}

/**
 * The one entry point for a .docx on disk (the `import-docx` command, and `import FILE.docx`): the
 * preview, and unless it is a dry run, the import of everything it proposes.
 */
export async function importDocxFile(
  ctx: ServiceContext,
  path: string,
  options: DocxFileOptions,
): Promise<{ preview: DocxPreview; result: DocxImportResult | null }> {
  const source = readDocxFile(path);
  const preview = await previewDocx(ctx, { meetingId: options.meetingId, ...source });
  if (options.dryRun) return { preview, result: null };
  const result = await importDocx(ctx, {
    meetingId: options.meetingId,
    ...source,
    digest: preview.digest,
    choices: options.choices,
    asParticipantId: options.asParticipantId,
  });
  return { preview, result };
}

/** A file's bytes, its size checked before it is read. */
export function readDocxFile(path: string): DocxSource {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new PalabreError('docx_unreadable', { fr: `fichier introuvable ou illisible\u00A0: ${basename(path)}`, en: `file missing or unreadable: ${basename(path)}` });
  }
  if (size > DOCX_LIMITS.maxFileBytes) {
    throw new PalabreError('docx_too_large', { fr: `${Math.ceil(size / 1048576)}\u00A0Mo`, en: `${Math.ceil(size / 1048576)} MB` });
  }
  return { bytes: new Uint8Array(readFileSync(path)), fileName: basename(path) };
}

async function analyse(ctx: ServiceContext, meetingId: string, source: DocxSource): Promise<Analysis> {
  requireMeeting(ctx, meetingId);
  const digest = createHash('sha256').update(source.bytes).digest('hex');
  const pkg = readDocxPackage(source.bytes);
  const extras = readWordExtras(pkg.parts);
  const blocks: ImportedBlock[] = await parseDocxIsolated(pkg.cleanZip);
  const committees = ctx.meetings.committees(meetingId).map((c) => ({ id: c.id, name: c.name }));
  const defaultName = extras.title ?? (basename(source.fileName, extname(source.fileName)).trim() || 'Word');
  const mapping = mapDocument(blocks, committees, defaultName, ctx.newId);
  if (mapping.recommendations.length === 0) throw new PalabreError('docx_empty');
  if (mapping.recommendations.length > MAX_IMPORTED_RECOMMENDATIONS) {
    throw new PalabreError('docx_too_large', { fr: `${mapping.recommendations.length} recommandations`, en: `${mapping.recommendations.length} recommendations` });
  }

  let before: DocxMapping | null = null;
  if (extras.insertions + extras.deletions > 0) {
    const original = rejectTrackedChanges(pkg.parts.get('word/document.xml') ?? '');
    const candidate = mapDocument(await parseDocxIsolated(pkg.withDocument(original)), committees, defaultName, ctx.newId);
    before = sameShape(candidate, mapping) ? candidate : null;
  }

  const folded = mapping.recommendations.map((r) => comparisonKey(r.plainText));
  const commentTargets = extras.comments.map((comment) => {
    const anchor = comparisonKey(comment.anchorText);
    if (!anchor) return null;
    const found = folded.findIndex((text) => text.includes(anchor));
    return found >= 0 ? mapping.recommendations[found]!.index : null;
  });
  const creator = extras.creator ? listParticipants(ctx, meetingId).find((p) => comparisonKey(p.name) === comparisonKey(extras.creator!)) : undefined;

  const warnings: DocxWarning[] = [];
  const changes = extras.insertions + extras.deletions;
  if (changes > 0) warnings.push(docxWarning(before ? 'tracked_changes_amendable' : 'tracked_changes', { count: changes }));
  if (extras.comments.length > 0) warnings.push(docxWarning('comments', { count: extras.comments.length }));
  const unplaced = commentTargets.filter((t) => t === null).length;
  if (unplaced > 0) warnings.push(docxWarning('comments_unplaced', { count: unplaced }));
  if (extras.creator && !creator) warnings.push(docxWarning('creator_unknown', { name: extras.creator }));
  const headingless = mapping.committees.find((c) => !c.fromHeading);
  if (headingless && mapping.committees.length > 1) warnings.push(docxWarning('default_committee', { name: headingless.name }));
  return { digest, mapping, before, extras, commentTargets, creator, warnings };
}

function toPreview(analysis: Analysis, fileName: string): DocxPreview {
  const { mapping, extras } = analysis;
  return {
    digest: analysis.digest,
    fileName,
    committees: mapping.committees.map((c) => ({
      key: c.key,
      name: c.name,
      existingId: c.existingId,
      recommendationCount: mapping.recommendations.filter((r) => r.committeeKey === c.key).length,
    })),
    recommendations: mapping.recommendations.map((r) => {
      const kinds = r.body.root.children.filter((n) => n.type === 'paragraph').map(paragraphKindOf);
      return {
        index: r.index,
        title: r.title,
        committeeKey: r.committeeKey,
        excerpt: r.excerpt,
        wordCount: r.wordCount,
        preambularCount: kinds.filter((k) => k === 'preambular').length,
        operativeCount: kinds.filter((k) => k === 'operative').length,
        commentCount: analysis.commentTargets.filter((t) => t === r.index).length,
      };
    }),
    trackedChanges: { insertions: extras.insertions, deletions: extras.deletions, authors: extras.changeAuthors, amendable: analysis.before !== null },
    comments: extras.comments.map((c, i) => ({ author: c.author, text: c.text, recommendationIndex: analysis.commentTargets[i] ?? null })),
    creator: { name: extras.creator, participantId: analysis.creator?.id ?? null },
    warnings: analysis.warnings,
  };
}

function chooseAuthor(ctx: ServiceContext, meetingId: string, asParticipantId: string | undefined, creator: Participant | undefined): Participant | undefined {
  if (asParticipantId === undefined) return creator;
  const participant = requireParticipant(ctx, asParticipantId);
  if (participant.meetingId !== meetingId) throw new PalabreError('participant_mismatch');
  return participant;
}

/** Same number of recommendations, each in a committee of the same name: the two texts can be paired. */
function sameShape(a: DocxMapping, b: DocxMapping): boolean {
  const committeeName = (m: DocxMapping, key: string) => m.committees.find((c) => c.key === key)?.name;
  return (
    a.recommendations.length === b.recommendations.length &&
    a.recommendations.every((r, i) => committeeName(a, r.committeeKey) === committeeName(b, b.recommendations[i]!.committeeKey))
  );
}

/** The formatted pieces of a body, to notice a change of formatting only. */
function marks(body: SerializedDocument): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  walkNodes(body, (n) => {
    if (n.type === 'text') out.push([n.text ?? '', n.format]);
  });
  return out;
}

function changesNote(authors: readonly string[], locale: 'fr' | 'en'): string {
  const who = authors.length > 0 ? ` (${authors.join(', ')})` : '';
  return locale === 'en' ? `Tracked changes of the Word document${who}` : `Modifications suivies du document Word${who}`;
}
