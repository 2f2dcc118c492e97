/**
 * How the browser bridge hands a handler's answer to the page. Playwright's own serialization of
 * a returned value walks it node by node on both sides: a meeting of 600 recommendations
 * (~280 kB) takes ~0.3 s to cross, where Electron's IPC (structured clone) takes milliseconds
 * and the handler itself ~40 ms. So an answer that JSON carries exactly crosses as JSON text,
 * parsed in the page by installApi; any other answer crosses as before.
 */

/** The key of the wrapper holding an answer as JSON text: no handler's answer has it. */
export const JSON_ANSWER_KEY = '__palabreJson';

/**
 * True when JSON.parse(JSON.stringify(value)) gives back exactly `value`: only null, booleans,
 * finite numbers (not -0), strings, arrays and plain objects, with no undefined anywhere.
 */
export function isExactJson(value: unknown, depth = 0): boolean {
  if (depth > 200) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isExactJson(value[i], depth + 1)) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Object.keys(value)) if (!isExactJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/** The answer as it crosses to the page. */
export function encodeAnswer(value: unknown): unknown {
  return isExactJson(value) ? { [JSON_ANSWER_KEY]: JSON.stringify(value) } : value;
}
