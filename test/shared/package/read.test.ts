import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_FORMAT_VERSION } from '../../../shared/package/format';
import { canonicalJson, jsonDepth, readPackageText } from '../../../shared/package/read';

describe('reading a package text', () => {
  it('measures nesting without recursion, skipping brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth('['.repeat(1_000_000), 10)).toBe(11);
    // A string ending in an escaped backslash ends there; an escaped quote does not end it.
    expect(jsonDepth('["a\\\\",[["b\\"[[c"]]]')).toBe(3);
    expect(jsonDepth('["unterminated [[[')).toBe(1);
  });

  it('refuses, in this order: too deep, not JSON, hostile keys, not a package, newer version, schema', () => {
    expect(readPackageText('['.repeat(100) + ']'.repeat(100))).toEqual({ ok: false, error: { problem: 'too_deep' } });
    expect(readPackageText('{"format":"palabre-package",')).toEqual({ ok: false, error: { problem: 'not_json' } });
    expect(readPackageText('{"format":"palabre-package","x":{"__proto__":{"admin":true}}}')).toEqual({ ok: false, error: { problem: 'hostile_key', key: '__proto__' } });
    expect(readPackageText('[1,2]')).toEqual({ ok: false, error: { problem: 'not_a_package' } });
    expect(readPackageText(`{"format":"palabre-package","formatVersion":${PACKAGE_FORMAT_VERSION + 1},"whatever":true}`)).toEqual({
      ok: false,
      error: { problem: 'newer_version', version: PACKAGE_FORMAT_VERSION + 1 },
    });
    const invalid = readPackageText('{"format":"palabre-package","formatVersion":1}');
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.error.problem).toBe('invalid');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('serialises canonically: keys sorted at every level, so equal content gives equal bytes', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 'é', e: null }], c: '’' } })).toBe('{"a":{"c":"’","d":[2,{"e":null,"f":"é"}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    // Keys that look like array indices sort as strings too; undefined is left out of objects, null in arrays.
    expect(canonicalJson({ b: [undefined, 1], 10: 'x', 9: 'y', a: undefined })).toBe('{"10":"x","9":"y","b":[null,1]}');
  });
});

describe('the message of an invalid package', () => {
  const valid = () => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/packages/format-1-contribution.palabre'), 'utf8')) as {
    recommendations: Array<{ id: string; versions: Array<{ id: string; body: unknown }> }>;
  };
  const problemOf = (pkg: unknown) => {
    const read = readPackageText(JSON.stringify(pkg));
    if (read.ok || read.error.problem !== 'invalid') throw new Error('expected an invalid package');
    return read.error.detail;
  };

  it('words a document’s problem in one language each, French and English', () => {
    const pkg = valid();
    pkg.recommendations[0]!.versions[0]!.body = { root: { type: 'root', children: [{ type: 'script', children: [] }] } };
    const detail = problemOf(pkg);
    expect(detail.fr).toBe('recommendations.0.versions.0.body\u00A0: élément inconnu ou mal formé');
    expect(detail.en).toBe('recommendations.0.versions.0.body: unknown or malformed element');
  });

  it('finds a forbidden key or character however the JSON spells it, and lets an emoji through', () => {
    const text = JSON.stringify(valid());
    const withText = (spelled: string) => text.replace('"title":"', `"title":"${spelled}`);
    expect(readPackageText(text).ok).toBe(true);
    expect(readPackageText(withText('Accès à l’eau 🌍 «\u00A0pour tous\u00A0»')).ok).toBe(true);
    for (const spelled of ['\\b', '\\f', '\\u0007', '\\ud800', '\uFFFE', 'a\\u001fb']) {
      const read = readPackageText(withText(spelled));
      expect(read.ok ? 'accepted' : read.error.problem, spelled).toBe('invalid');
    }
    const escapedKey = text.replace('{"', '{"\\u005f_proto__":{"admin":true},"');
    expect(readPackageText(escapedKey)).toEqual({ ok: false, error: { problem: 'hostile_key', key: '__proto__' } });
    const plainKey = text.replace('{"', '{"constructor":1,"');
    expect(readPackageText(plainKey)).toEqual({ ok: false, error: { problem: 'hostile_key', key: 'constructor' } });
  });

  it('words the package’s own checks in French too', () => {
    const pkg = valid();
    const rec = pkg.recommendations[0]!;
    (rec as { headVersionId?: string }).headVersionId = pkg.recommendations[1]!.versions[0]!.id;
    const detail = problemOf(pkg);
    expect(detail.fr).toBe(`recommendations.0\u00A0: la version courante ${pkg.recommendations[1]!.versions[0]!.id} n’est pas parmi les versions`);
    expect(detail.en).toBe(`recommendations.0: head ${pkg.recommendations[1]!.versions[0]!.id} is not one of the versions`);
    expect(detail.fr).not.toMatch(/\b(is|not|one|of|the|unknown|invalid)\b/);
  });

  it('refuses a trash state on a version the recommendation does not have, in each language', () => {
    const pkg = { ...valid(), formatVersion: 2 };
    const other = pkg.recommendations[1]!.versions[0]!.id;
    (pkg.recommendations[0] as Record<string, unknown>).trash = { deleted: true, headVersionId: other, at: '2026-04-14T10:00:00.000Z', by: null };
    const detail = problemOf(pkg);
    expect(detail.fr).toBe(`recommendations.0\u00A0: corbeille\u00A0: la version ${other} n’est pas parmi les versions`);
    expect(detail.en).toBe(`recommendations.0: trash: head ${other} is not one of the versions`);
  });
});
