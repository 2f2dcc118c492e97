/**
 * The structured fields of a recommendation as stored in each version (`fields_json`): reading them
 * tolerantly (versions written by schema 1 carry only status and committee), cleaning what a user
 * typed, and comparing two sets of fields.
 */
import { cleanText, foldForSearch } from '../text';
import { applyFrenchTypography } from '../typography/french';
import {
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  type EditableFields,
  type Priority,
  type RecommendationFields,
  type RecommendationStatus,
} from './types';

export const EMPTY_EDITABLE_FIELDS: Readonly<EditableFields> = Object.freeze({
  addressees: [],
  leadActors: [],
  horizon: '',
  deadline: null,
  priority: null,
});

/** The keys every version's fields carry, in a stable order (so that equal fields serialize equally). */
export const FIELD_KEYS = ['status', 'committeeId', 'addressees', 'leadActors', 'horizon', 'deadline', 'priority'] as const satisfies ReadonlyArray<
  keyof RecommendationFields
>;

/**
 * The fields of a stored version. A missing or malformed value (a version written before the field
 * existed, or by a foreign file) takes the fallback's value, never an exception.
 */
/** The strings of a list (anything else read as no list). Module-level: this runs for every version read. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isString) : [];
}
const isString = (v: unknown): v is string => typeof v === 'string';

export function readVersionFields(json: string, fallback: Pick<RecommendationFields, 'status' | 'committeeId'>): RecommendationFields {
  let raw: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(json) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    raw = {};
  }
  return {
    status: RECOMMENDATION_STATUSES.includes(raw.status as RecommendationStatus) ? (raw.status as RecommendationStatus) : fallback.status,
    committeeId: typeof raw.committeeId === 'string' ? raw.committeeId : fallback.committeeId,
    addressees: strings(raw.addressees),
    leadActors: strings(raw.leadActors),
    horizon: typeof raw.horizon === 'string' ? raw.horizon : '',
    deadline: typeof raw.deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.deadline) ? raw.deadline : null,
    priority: PRIORITIES.includes(raw.priority as Priority) ? (raw.priority as Priority) : null,
  };
}

/** JSON of the fields with every key present, in FIELD_KEYS order. */
export function fieldsToJson(fields: RecommendationFields): string {
  // A literal in FIELD_KEYS order (a test holds the two together): written twice as fast as an
  // object built from the keys, and an import writes the fields of every version it stores.
  const { status, committeeId, addressees, leadActors, horizon, deadline, priority } = fields;
  return JSON.stringify({ status, committeeId, addressees, leadActors, horizon, deadline, priority });
}

export function sameFields(a: RecommendationFields, b: RecommendationFields): boolean {
  return fieldsToJson(a) === fieldsToJson(b);
}

/** The keys whose values differ, for the audit log. */
export function changedFieldKeys(before: RecommendationFields, after: RecommendationFields): Array<keyof RecommendationFields> {
  return FIELD_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** One line of user text: control characters removed, spaces collapsed, French typography if asked. */
export function cleanFieldText(value: string, frenchTypography: boolean): string {
  const clean = cleanText(value).replace(/\s+/g, ' ').trim();
  return frenchTypography ? applyFrenchTypography(clean) : clean;
}

/** A list of short texts: each cleaned, empty ones dropped, repeats (whatever their case or accents) dropped. */
export function cleanFieldList(values: readonly string[], frenchTypography: boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const clean = cleanFieldText(value, frenchTypography);
    const key = comparisonKey(clean);
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

/**
 * What two short texts are compared on: no case, no accents, one kind of apostrophe and of space.
 * « Conférence des Chefs d’État » and "conference des chefs d'etat" are the same addressee.
 */
export function comparisonKey(value: string): string {
  return foldForSearch(value)
    .replace(/[\u2019\u02BC`´]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}
