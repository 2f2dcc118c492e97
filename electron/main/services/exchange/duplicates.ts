/**
 * Near-duplicates: recommendations from different authors that say almost the same thing, found on
 * import and on demand, and consolidated into one on request. Consolidating keeps both: the one kept
 * gets a new version crediting the other's author; the other becomes `merged_into`, with a pointer to
 * the one kept, and keeps its whole history (its text stays readable).
 */
import { documentToPlainText, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { DuplicatePair } from '../../../../shared/domain/exchange';
import type { Coauthor } from '../../../../shared/domain/review';
import { PalabreError } from '../../../../shared/errors';
import { DUPLICATE_THRESHOLD, significantWords, wordSimilarity } from '../../../../shared/merge/similarity';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { requireMeeting, requireRecommendation } from '../lookups';
import { prepareDocument, prepareTitle } from '../documents';
import { getRecommendation } from '../recommendations';
import { appendVersion, fieldsOf } from '../versioning';
import type { Recommendation } from '../../../../shared/domain/types';

/**
 * Pairs above the threshold, most similar first. `news`: the recommendations an import just created,
 * each with the file it came from; then only the pairs that import has to tell about, one new and one
 * that was here already, or two new from different files. Two that came in the same file stood side
 * by side on the machine that wrote it, which had the same pair to show: a new laptop taking in a
 * meeting package is not told of the secretariat's pairs again (the duplicates screen lists every
 * pair whenever asked). A text is read only for a pair that counts.
 */
export function findDuplicates(ctx: ServiceContext, meetingId: string, news?: ReadonlyMap<string, string>): DuplicatePair[] {
  requireMeeting(ctx, meetingId);
  const rows = ctx.recommendations
    .listByMeeting(meetingId)
    .filter((r) => r.status !== 'merged_into' && r.status !== 'withdrawn')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const words: Array<ReturnType<typeof significantWords> | undefined> = [];
  const wordsOf = (i: number) => {
    let known = words[i];
    if (known === undefined) {
      const head = ctx.recommendations.version(rows[i]!.headVersionId)!;
      known = significantWords(`${head.title}\n${documentToPlainText(JSON.parse(head.bodyJson) as SerializedDocument)}`);
      words[i] = known;
    }
    return known;
  };
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const [a, b] = [rows[i]!, rows[j]!];
      if (a.authorId !== null && a.authorId === b.authorId) continue;
      if (news && !toTellOf(news.get(a.id), news.get(b.id))) continue;
      const similarity = wordSimilarity(wordsOf(i), wordsOf(j));
      if (similarity < DUPLICATE_THRESHOLD) continue;
      pairs.push({
        recommendationIds: [a.id, b.id],
        titles: [a.title, b.title],
        authorNames: [a.authorName, b.authorName],
        similarity: Math.round(similarity * 1000) / 1000,
      });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}

/** Whether an import tells of a pair, given the file each one came in (undefined: it was here). */
function toTellOf(fileOfA: string | undefined, fileOfB: string | undefined): boolean {
  if (fileOfA === undefined) return fileOfB !== undefined;
  return fileOfA !== fileOfB;
}

export interface ConsolidateInput {
  keepId: string;
  mergeId: string;
  /** The consolidated text; by default the kept recommendation's. */
  title?: string | undefined;
  body?: SerializedDocument | undefined;
}

export function consolidateDuplicates(ctx: ServiceContext, input: ConsolidateInput): Recommendation {
  if (input.keepId === input.mergeId) throw new PalabreError('consolidate_same');
  const keep = requireRecommendation(ctx, input.keepId);
  const other = requireRecommendation(ctx, input.mergeId);
  if (keep.meetingId !== other.meetingId) throw new PalabreError('committee_mismatch');
  if (other.status === 'merged_into') throw new PalabreError('invalid_transition', { fr: 'déjà fusionnée', en: 'already merged' });
  const meeting = requireMeeting(ctx, keep.meetingId);
  const keptHead = ctx.recommendations.version(keep.headVersionId)!;
  const otherHead = ctx.recommendations.version(other.headVersionId)!;
  const title = input.title === undefined ? keptHead.title : prepareTitle(input.title, meeting.typography);
  const body = input.body === undefined ? (JSON.parse(keptHead.bodyJson) as SerializedDocument) : prepareDocument(ctx, input.body, meeting.typography);
  const otherAuthor = other.authorId ? ctx.people.participant(other.authorId) : undefined;
  const credited: Coauthor[] = JSON.parse(keptHead.coauthorsJson) as Coauthor[];
  const name = otherAuthor?.name ?? otherHead.authorName;
  if (name && !credited.some((c) => c.name === name)) credited.push({ id: otherAuthor?.id ?? null, name });
  const at = ctx.timestamp();
  ctx.db.transaction(() => {
    appendVersion(ctx, {
      recommendationId: keep.id,
      meetingId: keep.meetingId,
      title,
      body,
      fields: fieldsOf(keep),
      parentIds: [keep.headVersionId],
      origin: 'merge',
      at,
      coauthors: credited,
    });
    appendVersion(ctx, {
      recommendationId: other.id,
      meetingId: other.meetingId,
      title: otherHead.title,
      body: JSON.parse(otherHead.bodyJson) as SerializedDocument,
      fields: { ...fieldsOf(other), status: 'merged_into' },
      parentIds: [other.headVersionId],
      origin: 'merge',
      at,
    });
    ctx.exchange.setMergedInto(other.id, keep.id);
    recordAudit(ctx, {
      meetingId: keep.meetingId,
      recommendationId: keep.id,
      action: 'recommendation.consolidate',
      detail: { keptId: keep.id, mergedId: other.id, mergedTitle: otherHead.title },
      at,
    });
    recordAudit(ctx, {
      meetingId: keep.meetingId,
      recommendationId: other.id,
      action: 'recommendation.status',
      detail: { from: other.status, to: 'merged_into' },
      at,
    });
  })();
  return getRecommendation(ctx, keep.id);
}
