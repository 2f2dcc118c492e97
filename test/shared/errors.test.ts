import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, errorValue, formatError, PalabreError, ReportedError, type ErrorCode } from '../../shared/errors';
import { applyFrenchTypography } from '../../shared/typography/french';

const codes = Object.keys(ERROR_MESSAGES) as ErrorCode[];

describe('error messages', () => {
  it('exist in French and in English for every code, and are not the same text', () => {
    for (const code of codes) {
      const { fr, en } = ERROR_MESSAGES[code];
      expect(fr.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
      expect(fr, code).not.toBe(en);
      expect(fr.includes('{detail}'), code).toBe(en.includes('{detail}'));
    }
  });

  it('follow French typography in French (no-break spaces before : ; ! ?, typographic apostrophe)', () => {
    for (const code of codes) expect(applyFrenchTypography(ERROR_MESSAGES[code].fr), code).toBe(ERROR_MESSAGES[code].fr);
  });

  it('take a detail written in each language', () => {
    expect(errorValue('committee_not_empty', { fr: '2 recommandations', en: '2 recommendations' }).message).toEqual({
      fr: 'Cette commission contient encore 2 recommandations\u202F; déplacez-les ou mettez-les à la corbeille avant de la retirer.',
      en: 'This committee still holds 2 recommendations; move them or put them in the trash before removing it.',
    });
    const error = new PalabreError('invalid_transition', { fr: 'de «\u00A0brouillon\u00A0» à «\u00A0adoptée\u00A0»', en: 'from “draft” to “adopted”' });
    expect(error.message).toBe('Status change not allowed: from “draft” to “adopted”.');
    expect(error.toValue().message.fr).toBe('Changement de statut impossible\u00A0: de «\u00A0brouillon\u00A0» à «\u00A0adoptée\u00A0».');
  });

  it('put the detail in both languages', () => {
    expect(errorValue('duplicate_name', 'Alerte précoce')).toEqual({
      code: 'duplicate_name',
      message: { fr: 'Ce nom existe déjà\u00A0: Alerte précoce', en: 'This name already exists: Alerte précoce' },
    });
    expect(formatError('empty_title', '', 'fr')).toBe('Le titre ne peut pas être vide.');
    expect(formatError('empty_title', '', 'en')).toBe('The title cannot be empty.');
  });

  it('show a detail exactly as written, even with dollar signs', () => {
    const name = "Fonds $' de 5 M$ & $& $$ $1";
    expect(formatError('duplicate_name', name, 'fr')).toBe(`Ce nom existe déjà\u00A0: ${name}`);
    expect(errorValue('not_found', name).message.en).toBe(`Not found: ${name}`);
  });
});

describe('PalabreError', () => {
  it('becomes a plain error value with both languages', () => {
    const error = new PalabreError('db_newer', '7');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('db_newer');
    expect(error.message).toContain('schema 7');
    const value = error.toValue();
    expect(value.code).toBe('db_newer');
    expect(value.message.fr).toContain('schéma 7');
    expect(value.message.en).toContain('schema 7');
    // Plain data: survives a trip through JSON (IPC, CLI output) unchanged.
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});

describe('ReportedError', () => {
  it('carries the error value received from the other side, with the English message', () => {
    const value = errorValue('invalid_dates');
    const error = new ReportedError(value);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ReportedError');
    expect(error.value).toBe(value);
    expect(error.message).toBe('The end date is before the start date.');
    expect(error.value.message.fr).toBe('La date de fin précède la date de début.');
  });
});
