/**
 * Reading an untrusted package text in steps that each bound the next (the file size is checked by
 * the caller before the text is even decoded):
 * 1. nesting: one pass over the characters counts brackets outside strings, so a 100,000-deep file
 *    is refused before JSON.parse recurses into it;
 * 2. JSON.parse with a reviver that refuses `__proto__`, `constructor` and `prototype` keys;
 * 3. the identity (format, version) before the schema, so that a newer file says "update Palabre"
 *    rather than listing a hundred unknown fields;
 * 4. the schema, field by field.
 * The digest is checked by the caller (hashing needs the platform), over `canonicalJson(content)`.
 */
import { fr } from 'zod/locales';
import type { z } from 'zod';
import { DOCUMENT_PROBLEM_PARAM } from '../contract/schemas';
import { describeDocumentProblem, type DocumentProblem } from '../document/validate';
import type { Localized } from '../domain/types';
import { cleanText } from '../text';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PACKAGE_LIMITS, packageSchema, type PalabrePackage } from './format';
import { describePackageIssue } from './issues';

export type PackageProblem =
  | { problem: 'too_deep' }
  | { problem: 'not_json' }
  | { problem: 'hostile_key'; key: string }
  | { problem: 'not_a_package' }
  | { problem: 'newer_version'; version: number }
  | { problem: 'invalid'; detail: Localized };

const frenchIssues = fr().localeError;

/**
 * The first issues, each in the reader's language: a document's problem and the package's own
 * checks are worded here (describeDocumentProblem, issues.ts), the rest by zod's locale.
 */
function describeIssues(error: z.ZodError, locale: keyof Localized): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
      const documentProblem = params?.[DOCUMENT_PROBLEM_PARAM] as DocumentProblem | undefined;
      const message = documentProblem ? describeDocumentProblem(documentProblem)[locale] : (describePackageIssue(params, locale) ?? issue.message);
      return `${issue.path.join('.') || (locale === 'fr' ? '(paquet)' : '(package)')}${locale === 'fr' ? '\u00A0:' : ':'} ${message}`;
    })
    .join('; ')
    .slice(0, 400);
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest nesting of arrays and objects in a JSON text (strings skipped, escapes honoured). */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > stopAbove) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

export function readPackageText(text: string): { ok: true; value: PalabrePackage } | { ok: false; error: PackageProblem } {
  if (jsonDepth(text, PACKAGE_LIMITS.maxDepth) > PACKAGE_LIMITS.maxDepth) return { ok: false, error: { problem: 'too_deep' } };
  let hostile: string | undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''), function (key, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) hostile ??= key;
      return value;
    });
  } catch {
    return { ok: false, error: { problem: 'not_json' } };
  }
  if (hostile !== undefined) return { ok: false, error: { problem: 'hostile_key', key: hostile } };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== PACKAGE_FORMAT) {
    return { ok: false, error: { problem: 'not_a_package' } };
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACKAGE_FORMAT_VERSION) {
    return { ok: false, error: { problem: 'newer_version', version } };
  }
  const parsed = packageSchema.safeParse(raw);
  if (!parsed.success) {
    // zod's English, and its French locale on a second parse (only on failure: it is the slow path).
    const french = packageSchema.safeParse(raw, { error: frenchIssues });
    const en = describeIssues(parsed.error, 'en');
    // zod's French puts an ordinary space before « : »; French typography wants a no-break one.
    const fr = (french.success ? describeIssues(parsed.error, 'fr') : describeIssues(french.error, 'fr')).replace(/ ([:;!?])/g, '\u00A0$1');
    return { ok: false, error: { problem: 'invalid', detail: { en, fr } } };
  }
  // What the app never stores (control characters, lone surrogates) must not arrive by a package either.
  const dirty = firstUncleanString(parsed.data);
  if (dirty !== null) {
    return {
      ok: false,
      error: {
        problem: 'invalid',
        detail: { fr: `${dirty}\u00A0: caractère interdit (caractère de contrôle ou demi-caractère isolé)`, en: `${dirty}: forbidden character (control character or lone surrogate)` },
      },
    };
  }
  return { ok: true, value: parsed.data as PalabrePackage };
}

/** The path of the first string that cleanText would change, or null. Iterative: packages are big. */
function firstUncleanString(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (cleanText(v) !== v) return path || '(package)';
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, `${path}.${i}`]));
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, item] of Object.entries(v)) stack.push([item, path ? `${path}.${k}` : k]);
    }
  }
  return null;
}

/**
 * The canonical serialisation the digest is computed over: JSON with the keys of every object sorted
 * (by UTF-16 code units) and no spaces. Two machines that hold the same content write the same bytes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** The package without its digest: what the digest covers. */
export function packageContent(pkg: Record<string, unknown>): Record<string, unknown> {
  const { digest: _digest, ...content } = pkg;
  return content;
}
