/**
 * The DEFLATE written and read without zlib (deflateDelta.ts) must be DEFLATE: zlib reads every
 * stream written here to the exact bytes, and what is read here is what zlib reads, or it is left
 * to zlib (which then reads it, or refuses it). Texts are French: accents, ’, « », narrow spaces.
 */
import fc from 'fast-check';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateOneStretch, inflateFixed, WINDOW } from '../../../../electron/main/db/deflateDelta';

const WORDS = ['Les', 'États', 'membres', 'renforcent', 'l’alerte', '«\u00A0précoce\u00A0»', 'coopération', 'transfrontalière', ';', 'Ministère', 'œuvre', '\u202F!', 'à', 'délégation', '{"x":1}', '\\"', '🌍', '𝄞', '\u00E9'];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));

/**
 * A body and its parent that differ in one stretch: `cut` characters of the parent replaced by
 * `insert`, cut between code points (a body is well-formed text: JSON.stringify escapes a lone half).
 */
const oneStretch = fc.record({ parent: text(0, 1500), insert: text(0, 6), at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(40) }).map(({ parent, insert, at, cut }) => {
  const points = Array.from(parent);
  const i = Math.floor(at * points.length);
  return { parent, child: points.slice(0, i).join('') + insert + points.slice(Math.min(points.length, i + cut)).join('') };
});

const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('DEFLATE written by hand for one changed stretch', () => {
  it('is read by zlib, against the parent as dictionary, to the exact bytes of the child', () => {
    fc.assert(
      fc.property(oneStretch, ({ parent, child }) => {
        const base = parent.length > 0 ? parent : ' ';
        const dictionary = utf8(base);
        const stream = deflateOneStretch(base, child, 512);
        if (stream === null) return; // a stretch longer than 512 bytes (several words of 40 replaced by long ones)
        expect(inflateRawSync(stream, { dictionary }).toString('utf8')).toBe(child);
        expect(inflateFixed(stream, dictionary)!.toString('utf8')).toBe(child);
      }),
      { numRuns: 400 },
    );
  });

  it('costs little more than the changed words for a one-word edit of a long text', () => {
    const parent = Array.from({ length: 400 }, (_, i) => WORDS[i % WORDS.length]).join(' ');
    const child = parent.replace('coopération', 'coordination');
    const stream = deflateOneStretch(parent, child, 512)!;
    expect(stream.length).toBeLessThan(120);
    expect(inflateRawSync(stream, { dictionary: utf8(parent) }).toString('utf8')).toBe(child);
  });

  it('never splits a character written as two UTF-16 units between a copy and the literals', () => {
    // 🌍 and 🌎 share their first unit, é and è their first UTF-8 byte.
    for (const [parent, child] of [['Les États 🌍 membres', 'Les États 🌎 membres'], ['délégation à Bamako', 'dèlégation à Bamako'], ['🌍🌍🌍🌍', '🌍🌍🌎🌍']]) {
      const stream = deflateOneStretch(parent!, child!, 512)!;
      expect(inflateRawSync(stream, { dictionary: utf8(parent!) }).toString('utf8')).toBe(child);
    }
  });

  it('leaves to zlib two edits far apart, and bodies beyond the window', () => {
    const parent = 'a'.repeat(2000) + 'b'.repeat(2000);
    const twoEdits = 'x' + parent.slice(1, -1) + 'y';
    expect(deflateOneStretch(parent, twoEdits, 512)).toBeNull();
    const long = 'é'.repeat(WINDOW);
    expect(deflateOneStretch(long, long + '.', 512)).toBeNull();
    // The same body as its parent: nothing but copies.
    const same = deflateOneStretch(parent, parent, 512)!;
    expect(inflateRawSync(same, { dictionary: utf8(parent) }).toString()).toBe(parent);
  });
});

describe('DEFLATE read without zlib', () => {
  it('reads zlib’s own streams (any level, with or without dictionary) as zlib does, or leaves them to zlib', () => {
    let readHere = 0;
    fc.assert(
      fc.property(oneStretch, fc.constantFrom(0, 1, 3, 6, 9), fc.boolean(), ({ parent, child }, level, withDictionary) => {
        const dictionary = utf8(parent.length > 0 ? parent : ' ');
        const stream = deflateRawSync(utf8(child), withDictionary ? { level, dictionary } : { level });
        const here = inflateFixed(stream, withDictionary ? dictionary : null);
        if (here === null) return;
        readHere++;
        expect(here.toString('utf8')).toBe(child);
      }),
      { numRuns: 400 },
    );
    // Stored blocks (level 0) and small fixed-code streams at least.
    expect(readHere).toBeGreaterThan(50);
  });

  it('never reads a damaged stream differently from zlib: it gives up, and zlib decides', () => {
    fc.assert(
      fc.property(oneStretch, fc.nat(), fc.nat(7), fc.boolean(), ({ parent, child }, where, bit, truncate) => {
        const base = parent.length > 0 ? parent : ' ';
        const dictionary = utf8(base);
        const good = deflateOneStretch(base, child, 512) ?? deflateRawSync(utf8(child), { level: 1, dictionary });
        const damaged = Buffer.from(good);
        const at = where % damaged.length;
        const bad = truncate ? damaged.subarray(0, at) : (damaged[at]! ^= 1 << bit, damaged);
        const here = inflateFixed(bad, dictionary);
        if (here === null) return;
        expect(here.equals(inflateRawSync(bad, { dictionary }))).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});
