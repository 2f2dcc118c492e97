import { describe, expect, it } from 'vitest';
import { canonicalJson, jsonDepth, readPackageText } from '../../../shared/package/read';

describe('reading a package text', () => {
  it('measures nesting without recursion, skipping brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth('['.repeat(1_000_000), 10)).toBe(11);
  });

  it('refuses, in this order: too deep, not JSON, hostile keys, not a package, newer version, schema', () => {
    expect(readPackageText('['.repeat(100) + ']'.repeat(100))).toEqual({ ok: false, error: { problem: 'too_deep' } });
    expect(readPackageText('{"format":"palabre-package",')).toEqual({ ok: false, error: { problem: 'not_json' } });
    expect(readPackageText('{"format":"palabre-package","x":{"__proto__":{"admin":true}}}')).toEqual({ ok: false, error: { problem: 'hostile_key', key: '__proto__' } });
    expect(readPackageText('[1,2]')).toEqual({ ok: false, error: { problem: 'not_a_package' } });
    expect(readPackageText('{"format":"palabre-package","formatVersion":3,"whatever":true}')).toEqual({ ok: false, error: { problem: 'newer_version', version: 3 } });
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
