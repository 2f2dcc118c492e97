/**
 * Field-by-field three-way merge of a recommendation's structured fields.
 * - one side changed a field, the other did not: that side's value;
 * - both changed it to the same value: that value;
 * - lists (addressees, lead actors): merged as sets, never a conflict: what either side added is
 *   kept, what either side removed is removed, in our order then theirs;
 * - any other field changed differently on both sides: a conflict; ours is kept until resolved.
 */
import { comparisonKey, FIELD_KEYS } from '../domain/fields';
import type { RecommendationFields } from '../domain/types';

export type FieldKey = keyof RecommendationFields;

export interface FieldConflict {
  field: FieldKey;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

const LIST_FIELDS: ReadonlySet<FieldKey> = new Set(['addressees', 'leadActors']);

export function mergeFields(base: RecommendationFields, ours: RecommendationFields, theirs: RecommendationFields): { fields: RecommendationFields; conflicts: FieldConflict[] } {
  const fields = { ...ours } as Record<FieldKey, unknown>;
  const conflicts: FieldConflict[] = [];
  const json = (v: unknown) => JSON.stringify(v);
  for (const key of FIELD_KEYS) {
    const [b, o, t] = [base[key], ours[key], theirs[key]];
    if (json(o) === json(t) || json(t) === json(b)) continue;
    if (json(o) === json(b)) {
      fields[key] = t;
    } else if (LIST_FIELDS.has(key)) {
      fields[key] = mergeList(b as string[], o as string[], t as string[]);
    } else {
      conflicts.push({ field: key, base: b, ours: o, theirs: t });
    }
  }
  return { fields: fields as unknown as RecommendationFields, conflicts };
}

export function mergeList(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const k = comparisonKey;
  const inBase = new Set(base.map(k));
  const inOurs = new Set(ours.map(k));
  const inTheirs = new Set(theirs.map(k));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of [...ours, ...theirs]) {
    const key = k(value);
    if (seen.has(key)) continue;
    const removed = inBase.has(key) && (!inOurs.has(key) || !inTheirs.has(key));
    if (removed) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}
