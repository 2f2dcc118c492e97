/**
 * The one filter every text goes through before it reaches the Word builder: `docx` writes
 * characters that XML 1.0 forbids (U+FFFE, C0 controls, lone surrogates) as they are, and Word then
 * refuses the whole file. The same rule as the one applied on input (cleanText), applied again here
 * because a report is built from data of any age and origin (imports, older databases).
 */
import { cleanText } from '../text';

/** A text with only characters XML 1.0 allows, line ends as "\n". */
export function xmlSafe(text: string): string {
  return cleanText(text).replace(/\r\n?/g, '\n');
}

/**
 * A deep copy of plain data in which every string (keys included) is `xmlSafe`; bytes (a logo) are
 * kept as they are. Iterative: documents can be deep.
 */
export function xmlSafeDeep<T>(value: T): T {
  const fix = xmlSafe;
  if (typeof value === 'string') return fix(value) as T;
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: Array<[unknown, Record<string, unknown> | unknown[]]> = [[value, root as Record<string, unknown>]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    for (const [key, child] of Object.entries(source as Record<string, unknown>)) {
      let copy: unknown = child;
      if (typeof child === 'string') copy = fix(child);
      else if (typeof child === 'object' && child !== null && !(child instanceof Uint8Array)) {
        copy = Array.isArray(child) ? [] : {};
        stack.push([child, copy as Record<string, unknown>]);
      }
      if (Array.isArray(target)) target[Number(key)] = copy;
      else target[fix(key)] = copy;
    }
  }
  return root as T;
}
