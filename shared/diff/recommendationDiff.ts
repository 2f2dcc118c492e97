/** Comparison of two states of a recommendation: its title and its text word by word, its fields one by one. */
import type { SerializedDocument } from '../document/lexicalJson';
import { FIELD_KEYS } from '../domain/fields';
import type { FieldChange } from '../domain/review';
import type { RecommendationFields } from '../domain/types';
import { diffDocuments, diffPlainText } from './documentDiff';
import type { DiffRun, DocumentDiff } from './types';

export interface RecommendationState {
  title: string;
  body: SerializedDocument;
  fields: RecommendationFields;
}

export interface RecommendationChanges {
  title: { before: string; after: string; runs: DiffRun[] };
  body: DocumentDiff;
  fields: FieldChange[];
  identical: boolean;
}

export function diffRecommendationStates(before: RecommendationState, after: RecommendationState): RecommendationChanges {
  const body = diffDocuments(before.body, after.body);
  const fields = changedFields(before.fields, after.fields);
  return {
    title: { before: before.title, after: after.title, runs: diffPlainText(before.title, after.title) },
    body,
    fields,
    identical: before.title === after.title && body.identical && fields.length === 0,
  };
}

/** The fields whose values differ, in FIELD_KEYS order. */
export function changedFields(before: RecommendationFields, after: RecommendationFields): FieldChange[] {
  return FIELD_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(
    (key) => ({ field: key, before: before[key], after: after[key] }) as FieldChange,
  );
}
