import { describe, expect, it } from 'vitest';
import { changedFieldKeys, cleanFieldList, cleanFieldText, comparisonKey, FIELD_KEYS, fieldsToJson, readVersionFields, sameFields } from '../../../shared/domain/fields';
import type { RecommendationFields } from '../../../shared/domain/types';

const FIELDS: RecommendationFields = {
  status: 'agreed',
  committeeId: 'c1',
  addressees: ['Conseil des Ministres'],
  leadActors: ['Secrétariat général'],
  horizon: '2026',
  deadline: '2026-06-30',
  priority: 'high',
};

describe('version fields', () => {
  it('read back exactly what was written, every key present', () => {
    expect(readVersionFields(fieldsToJson(FIELDS), { status: 'draft', committeeId: 'x' })).toEqual(FIELDS);
    expect(Object.keys(JSON.parse(fieldsToJson(FIELDS)) as object)).toEqual(['status', 'committeeId', 'addressees', 'leadActors', 'horizon', 'deadline', 'priority']);
    expect(Object.keys(JSON.parse(fieldsToJson(FIELDS)) as object)).toEqual([...FIELD_KEYS]);
  });

  it('write equal fields the same whatever order their keys came in', () => {
    const shuffled = Object.fromEntries(Object.entries(FIELDS).reverse()) as unknown as RecommendationFields;
    expect(fieldsToJson(shuffled)).toBe(fieldsToJson(FIELDS));
    expect(sameFields(shuffled, FIELDS)).toBe(true);
  });

  it('read a version written before the fields existed with the defaults', () => {
    expect(readVersionFields('{"status":"under_review","committeeId":"c9"}', { status: 'draft', committeeId: 'x' })).toEqual({
      status: 'under_review',
      committeeId: 'c9',
      addressees: [],
      leadActors: [],
      horizon: '',
      deadline: null,
      priority: null,
    });
  });

  it('never fail on damaged or foreign fields', () => {
    const fallback = { status: 'draft', committeeId: 'c1' } as const;
    for (const json of ['', 'null', '[]', '{', '{"status":"lost","addressees":"Mali","deadline":"demain","priority":"urgent","horizon":3}']) {
      expect(readVersionFields(json, fallback), json).toEqual({ ...fallback, addressees: [], leadActors: [], horizon: '', deadline: null, priority: null });
    }
    expect(readVersionFields('{"addressees":["États membres",4,null]}', fallback).addressees).toEqual(['États membres']);
  });

  it('compare and name what changed', () => {
    expect(sameFields(FIELDS, { ...FIELDS, addressees: ['Conseil des Ministres'] })).toBe(true);
    expect(changedFieldKeys(FIELDS, { ...FIELDS, status: 'adopted', priority: null })).toEqual(['status', 'priority']);
  });
});

describe('cleaning what a user typed in a field', () => {
  it('trims, collapses spaces, drops control characters and applies French typography when asked', () => {
    expect(cleanFieldText("  Chefs d'État\u0000   et  de Gouvernement ", true)).toBe('Chefs d’État et de Gouvernement');
    expect(cleanFieldText("Heads of State : summit", false)).toBe('Heads of State : summit');
  });

  it('drops empty entries and repeats, whatever their case, accents or apostrophes', () => {
    expect(cleanFieldList(['États membres', '  ', 'etats MEMBRES', "Conférence des Chefs d'État", 'Conférence des Chefs d’État'], true)).toEqual([
      'États membres',
      'Conférence des Chefs d’État',
    ]);
  });

  it('compares on a key without case, accents, apostrophe style or extra spaces', () => {
    expect(comparisonKey("  Conférence des  Chefs d'État ")).toBe(comparisonKey('conference des chefs d’etat'));
    expect(comparisonKey('Mali')).not.toBe(comparisonKey('Niger'));
  });
});
