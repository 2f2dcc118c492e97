/**
 * The one table from channel to use-case. IPC, the browser bridge, the CLI and the tests all call
 * `dispatch`, which validates the payload against the shared contract and turns every failure into
 * an error value with a message in both languages: nothing crosses the boundary as a stack trace.
 */
import { z } from 'zod';
import { fr } from 'zod/locales';
import { contract, isChannel, type Channel, type ChannelParsedInput, type ChannelResult } from '../../../shared/contract/channels';
import { PalabreError, ReportedError, errorValue, formatError, type ErrorValue, type Result } from '../../../shared/errors';
import { DOCUMENT_PROBLEM_PARAM } from '../../../shared/contract/schemas';
import { describeDocumentProblem, type DocumentProblem } from '../../../shared/document/validate';
import { decideAmendment, listAmendments, proposeAmendment, reviewAmendment } from '../services/amendments';
import { listAudit } from '../services/auditLog';
import { backupNow, listBackups, restoreBackup } from '../services/backups';
import { addComment, deleteComment, listComments, setCommentResolved, updateComment } from '../services/comments';
import { importDocx, previewDocx, readDocxFile } from '../services/docxImport/service';
import { diffVersions, recommendationHistory, restoreVersion } from '../services/history';
import { compareMilestones, createMilestone, listMilestones } from '../services/milestones';
import { addCommittee, removeCommittee, renameCommittee, reorderCommittees } from '../services/committees';
import type { ServiceContext } from '../services/context';
import { createDurability } from './durability';
import { createMeeting, getMeeting, listMeetings, updateMeeting } from '../services/meetings';
import { addParticipant, removeParticipant, updateParticipant } from '../services/participants';
import { moveRecommendation } from '../services/placement';
import { currentLocale, getProfile, setLocale, setProfile } from '../services/profile';
import { setRecommendationFields, setRecommendationStatus } from '../services/recommendationFields';
import { createRecommendation, getRecommendation, listRecommendations, listVersions, saveRecommendation } from '../services/recommendations';
import { exportReportToTarget } from '../services/report/channel';
import { reportOutline } from '../services/report/outline';
import { searchMeeting } from '../services/search';
import { listConflicts, resolveConflict } from '../services/exchange/conflicts';
import { consolidateDuplicates, findDuplicates } from '../services/exchange/duplicates';
import { chooseOpen, chooseSave, stageFile } from '../services/fileDialogs';
import { exportPackage } from '../services/exchange/exportPackage';
import { importFiles } from '../services/exchange/importFiles';
import { deleteRecommendation, listTrash, restoreRecommendation } from '../services/trash';

const frenchIssues = fr().localeError;

type Handlers = { [C in Channel]: (input: ChannelParsedInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>> };

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    'app:info': () => ({ version: ctx.appVersion, locale: currentLocale(ctx), databasePath: ctx.databasePath }),
    'settings:setLocale': ({ locale }) => setLocale(ctx, locale),
    'meeting:list': () => listMeetings(ctx),
    'meeting:create': (input) => createMeeting(ctx, input),
    'meeting:get': ({ meetingId }) => getMeeting(ctx, meetingId),
    'meeting:update': ({ meetingId, ...changes }) => updateMeeting(ctx, meetingId, changes),
    'committee:add': ({ meetingId, name }) => addCommittee(ctx, meetingId, name),
    'committee:rename': ({ committeeId, name }) => renameCommittee(ctx, committeeId, name),
    'committee:reorder': ({ meetingId, committeeIds }) => reorderCommittees(ctx, meetingId, committeeIds),
    'committee:remove': ({ committeeId }) => removeCommittee(ctx, committeeId),
    'participant:add': (input) => addParticipant(ctx, input),
    'participant:update': (input) => updateParticipant(ctx, input),
    'participant:remove': ({ participantId }) => removeParticipant(ctx, participantId),
    'profile:get': () => getProfile(ctx),
    'profile:set': ({ participantId }) => setProfile(ctx, participantId),
    'recommendation:create': (input) => createRecommendation(ctx, input),
    'recommendation:get': ({ recommendationId }) => getRecommendation(ctx, recommendationId),
    'recommendation:save': (input) => saveRecommendation(ctx, input),
    'recommendation:versions': ({ recommendationId }) => listVersions(ctx, recommendationId),
    'recommendation:setFields': ({ recommendationId, ...changes }) => setRecommendationFields(ctx, recommendationId, changes),
    'recommendation:setStatus': ({ recommendationId, status }) => setRecommendationStatus(ctx, recommendationId, status),
    'recommendation:move': (input) => moveRecommendation(ctx, input),
    'recommendation:delete': ({ recommendationId }) => deleteRecommendation(ctx, recommendationId),
    'recommendation:restore': ({ recommendationId }) => restoreRecommendation(ctx, recommendationId),
    'recommendation:list': ({ meetingId, filters }) => listRecommendations(ctx, meetingId, filters),
    'trash:list': ({ meetingId }) => listTrash(ctx, meetingId),
    'search:query': ({ meetingId, query, filters, offset, limit }) => searchMeeting(ctx, meetingId, query, filters, { offset, limit }),
    'recommendation:history': ({ recommendationId }) => recommendationHistory(ctx, recommendationId),
    'recommendation:diff': ({ recommendationId, fromVersionId, toVersionId }) => diffVersions(ctx, recommendationId, fromVersionId, toVersionId),
    'recommendation:restoreVersion': ({ recommendationId, versionId }) => restoreVersion(ctx, recommendationId, versionId),
    'milestone:create': ({ meetingId, name }) => createMilestone(ctx, meetingId, name),
    'milestone:list': ({ meetingId }) => listMilestones(ctx, meetingId),
    'milestone:compare': ({ meetingId, fromMilestoneId, toMilestoneId }) => compareMilestones(ctx, meetingId, fromMilestoneId, toMilestoneId),
    'comment:add': (input) => addComment(ctx, input),
    'comment:list': ({ recommendationId }) => listComments(ctx, recommendationId),
    'comment:resolve': ({ commentId }) => setCommentResolved(ctx, commentId, true),
    'comment:reopen': ({ commentId }) => setCommentResolved(ctx, commentId, false),
    'comment:update': ({ commentId, text }) => updateComment(ctx, commentId, text),
    'comment:delete': ({ commentId }) => deleteComment(ctx, commentId),
    'amendment:propose': (input) => proposeAmendment(ctx, input),
    'amendment:list': (scope) => listAmendments(ctx, scope),
    'amendment:review': ({ amendmentId }) => reviewAmendment(ctx, amendmentId),
    'amendment:decide': (input) => decideAmendment(ctx, input),
    'audit:list': ({ meetingId, recommendationId }) => listAudit(ctx, meetingId, recommendationId),
    'docx:preview': ({ meetingId, fileName, contentBase64 }) => previewDocx(ctx, { meetingId, fileName, bytes: fromBase64(contentBase64) }),
    'docx:previewFile': ({ meetingId, fileToken }) => previewDocx(ctx, { meetingId, ...readDocxFile(ctx.files.resolve(fileToken, 'read')) }),
    'docx:import': ({ contentBase64, ...input }) => importDocx(ctx, { ...input, bytes: fromBase64(contentBase64) }),
    // Backups (issue 7).
    'backup:list': () => listBackups(ctx),
    'backup:create': () => backupNow(ctx, 'manual'),
    'backup:restore': ({ backupId }) => restoreBackup(ctx, backupId),
    'package:export': ({ meetingId, kind, fileToken, whole }) => exportPackage(ctx, { meetingId, kind, whole, path: ctx.files.resolve(fileToken, 'write') }),
    'package:import': (input) => importChosenFiles(ctx, input),
    'conflict:list': ({ meetingId, includeResolved }) => listConflicts(ctx, meetingId, includeResolved ?? false),
    'conflict:resolve': (input) => resolveConflict(ctx, input),
    'duplicate:list': ({ meetingId }) => findDuplicates(ctx, meetingId),
    'duplicate:consolidate': (input) => consolidateDuplicates(ctx, input),
    'report:outline': ({ meetingId, milestoneId, statuses, kind, sinceMilestoneId }) =>
      reportOutline(ctx, { meetingId, milestoneId, statuses: statuses ?? null, kind, sinceMilestoneId: kind === 'final' ? null : sinceMilestoneId }),
    'report:export': (input) => exportReportToTarget(ctx, input),
    'file:chooseOpen': ({ purpose }) => chooseOpen(ctx, purpose),
    'file:chooseSave': ({ purpose, suggestedName }) => chooseSave(ctx, purpose, suggestedName),
    'file:stage': ({ name, contentBase64 }) => stageFile(ctx, name, contentBase64),
  };
}

/** Imports the files behind these tokens; dropped files staged for it are deleted, imported or refused. */
async function importChosenFiles(ctx: ServiceContext, { fileTokens, meetingId, word }: ChannelParsedInput<'package:import'>) {
  try {
    // The Word files' confirmed previews (digest and choices), by the path their token stands for.
    const confirmed = new Map((word ?? []).map(({ fileToken, ...choices }) => [ctx.files.resolve(fileToken, 'read'), choices]));
    return await importFiles(ctx, fileTokens.map((token) => ctx.files.resolve(token, 'read')), { meetingId, word: confirmed });
  } finally {
    ctx.staging.discard(fileTokens);
  }
}

function fromBase64(content: string): Uint8Array {
  return new Uint8Array(Buffer.from(content, 'base64'));
}

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

export function createDispatcher(ctx: ServiceContext, log: (error: unknown) => void = () => {}): Dispatch {
  const handlers = createHandlers(ctx);
  const durability = createDurability(ctx, log);
  return async (channel, payload) => {
    // Never throws: an object channel (String() can throw on it) or a payload whose getters throw is an error value too.
    if (!isChannel(channel)) return { ok: false, error: errorValue('unknown_channel', describeChannel(channel)) };
    try {
      // A restore is replacing the connection: wait for the new one rather than meet a closed file.
      while (ctx.swapping) await ctx.swapping.catch(() => undefined);
      const parsed = contract[channel].input.safeParse(payload ?? {});
      if (!parsed.success) return { ok: false, error: invalidInput(contract[channel].input, payload, parsed.error) };
      const handler = handlers[channel] as (input: unknown) => unknown;
      const before = durability.mark();
      const value = await handler(parsed.data);
      // Told "done" only once it is on disk; the main thread serves other calls while the disk syncs.
      await durability.confirm(before);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof PalabreError) return { ok: false, error: error.toValue() };
      log(error);
      return { ok: false, error: errorValue('internal', error instanceof Error ? error.message.slice(0, 200) : '') };
    }
  };
}

function describeChannel(channel: unknown): string {
  return (typeof channel === 'object' && channel !== null) || typeof channel === 'function' ? typeof channel : String(channel).slice(0, 80);
}

/** Typed call for code that lives beside the handlers (CLI, tests): throws a ReportedError. */
export async function call<C extends Channel>(dispatch: Dispatch, channel: C, input: z.input<(typeof contract)[C]['input']>): Promise<ChannelResult<C>> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new ReportedError(result.error);
  return result.value as ChannelResult<C>;
}

/** The validation message in both languages: zod's English, and its French locale on a second parse. */
function invalidInput(schema: z.ZodType, payload: unknown, english: z.ZodError): ErrorValue {
  // An unreadable or oversized text (a 5 MB paste) is not a programming mistake: say what is wrong with it.
  const documentIssue = english.issues.find((issue) => issue.code === 'custom' && issue.params?.[DOCUMENT_PROBLEM_PARAM]);
  if (documentIssue?.code === 'custom') {
    return errorValue('invalid_document', describeDocumentProblem(documentIssue.params![DOCUMENT_PROBLEM_PARAM] as DocumentProblem));
  }
  // A required text left empty is the commonest mistake: say it plainly rather than in zod's terms.
  const empty = english.issues.find((issue) => issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1);
  const field = empty?.path[empty.path.length - 1];
  if (field === 'title') return errorValue('empty_title');
  if (field === 'name' || field === 'delegation') return errorValue('empty_name');
  if (field === 'text') return errorValue('empty_comment');
  const french = schema.safeParse(payload ?? {}, { error: frenchIssues });
  const fr = french.success ? describeIssues(english) : describeIssues(french.error);
  return {
    code: 'invalid_input',
    message: { fr: formatError('invalid_input', fr, 'fr'), en: formatError('invalid_input', describeIssues(english), 'en') },
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
    .join('; ');
}
