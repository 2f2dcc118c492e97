/**
 * The browser bridge sends a handler's answer to the page as JSON text only when JSON gives it
 * back exactly; anything else keeps Playwright's own serialization.
 */
import { describe, expect, it } from 'vitest';
import { encodeAnswer, isExactJson, JSON_ANSWER_KEY } from '../../../electron/browser/jsonTransport';

describe('bridge answers as JSON text', () => {
  it('wraps an answer made of plain values, which parses back to the same value', () => {
    const answer = { ok: true, value: { title: 'Sommet « Bamako »', recommendations: [{ id: 'a', number: 1, deadline: null, tags: ['x'] }] } };
    const encoded = encodeAnswer(answer) as Record<string, string>;
    expect(Object.keys(encoded)).toEqual([JSON_ANSWER_KEY]);
    expect(JSON.parse(encoded[JSON_ANSWER_KEY]!)).toEqual(answer);
  });

  it('leaves as they are answers JSON would change', () => {
    for (const value of [
      { ok: true, value: { missing: undefined } },
      { ok: true, value: new Uint8Array([1, 2]) },
      { ok: true, value: new Date(0) },
      // A hole in an array (JSON would make it null).
      { ok: true, value: Object.assign(new Array<number>(3), { 0: 1, 2: 3 }) },
      { ok: true, value: Number.NaN },
      { ok: true, value: -0 },
      { ok: true, value: new Map() },
      undefined,
    ]) {
      expect(isExactJson(value)).toBe(false);
      expect(encodeAnswer(value)).toBe(value);
    }
  });
});
