/**
 * The three-way merge of a whole recommendation: title (word by word), body (block by block, then
 * word by word) and structured fields (field by field). Conflicts keep our side in the result.
 */
import type { SerializedDocument } from '../document/lexicalJson';
import type { RecommendationFields } from '../domain/types';
import { mergeDocuments, type BlockConflict } from './document';
import { mergeFields, type FieldConflict } from './fields';
import { mergePlainText, type TextHunk } from './text';

export interface RecommendationState {
  title: string;
  body: SerializedDocument;
  fields: RecommendationFields;
}

export type MergeConflict =
  | ({ kind: 'body' } & BlockConflict)
  | { kind: 'title'; base: string; ours: string; theirs: string; hunks: TextHunk[] }
  | ({ kind: 'field' } & FieldConflict);

export interface RecommendationMerge extends RecommendationState {
  conflicts: MergeConflict[];
}

export function mergeRecommendation(base: RecommendationState, ours: RecommendationState, theirs: RecommendationState): RecommendationMerge {
  const title = mergePlainText(base.title, ours.title, theirs.title);
  const body = mergeDocuments(base.body, ours.body, theirs.body);
  const fields = mergeFields(base.fields, ours.fields, theirs.fields);
  const conflicts: MergeConflict[] = [];
  if (title.conflicts.length > 0) conflicts.push({ kind: 'title', base: base.title, ours: title.ours, theirs: title.theirs, hunks: title.conflicts });
  for (const c of body.conflicts) conflicts.push({ kind: 'body', ...c });
  for (const c of fields.conflicts) conflicts.push({ kind: 'field', ...c });
  return { title: title.ours, body: body.doc, fields: fields.fields, conflicts };
}
