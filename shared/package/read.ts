/**
 * Reading an untrusted package text in steps that each bound the next (the file size is checked by
 * the caller before the text is even decoded):
 * 1. nesting: one pass over the characters counts brackets outside strings, so a 100,000-deep file
 *    is refused before JSON.parse recurses into it;
 * 2. JSON.parse, then one walk over what it gave that refuses `__proto__`, `constructor` and
 *    `prototype` keys (JSON.parse makes them plain own properties; the walk finds them) and notes
 *    whether some string holds what the app never stores;
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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string is skipped whole with a native search for its closing quote: most of a package's
      // text is inside strings (the recommendations' words), so this is most of the walk.
      let end = text.indexOf('"', i + 1);
      while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      // Unterminated: JSON.parse refuses it next.
      if (end < 0) return max;
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > stopAbove) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Whether the character at `at` follows an odd run of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let run = 0;
  while (at - 1 - run >= 0 && text.charCodeAt(at - 1 - run) === 0x5c) run++;
  return run % 2 === 1;
}

/**
 * Whether the text can hold a forbidden key or a string cleanText would change at all. JSON spells
 * such a key or character only with the characters themselves or with an escape (`\u…`, or `\b`
 * and `\f`, the control characters it has short escapes for), so two native searches over the
 * text decide it for an ordinary package, and the walk over its million values is left for the
 * others. Any surrogate sends the text to the walk too (an emoji is fine; a lone half is not).
 */
// One pattern, so that an ordinary package's text (a megabyte for a hundred recommendations) is searched once, not twice.
// eslint-disable-next-line no-control-regex
const MAYBE_UNCLEAN_OR_HOSTILE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|\\[bfu]|"(?:__proto__|constructor|prototype)"/;
function needsScan(text: string): boolean {
  return MAYBE_UNCLEAN_OR_HOSTILE.test(text);
}

export function readPackageText(text: string): { ok: true; value: PalabrePackage } | { ok: false; error: PackageProblem } {
  if (jsonDepth(text, PACKAGE_LIMITS.maxDepth) > PACKAGE_LIMITS.maxDepth) return { ok: false, error: { problem: 'too_deep' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { problem: 'not_json' } };
  }
  const scanned = needsScan(text) ? scan(raw) : { hostile: undefined, unclean: false };
  if (scanned.hostile !== undefined) return { ok: false, error: { problem: 'hostile_key', key: scanned.hostile } };
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
  const dirty = scanned.unclean ? firstUncleanString(parsed.data) : null;
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

// eslint-disable-next-line no-control-regex
const UNCLEAN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * One walk over a parsed text: the first forbidden key, and whether some string is one cleanText
 * would change. No paths are built here (a package has a million values): the path of an unclean
 * string is looked for only when there is one. Iterative: packages are big.
 */
function scan(value: unknown): { hostile: string | undefined; unclean: boolean } {
  let unclean = false;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (!unclean && UNCLEAN.test(v)) unclean = true;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (typeof v === 'object' && v !== null) {
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) return { hostile: key, unclean };
        if (!unclean && UNCLEAN.test(key)) unclean = true;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
  }
  return { hostile: undefined, unclean };
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
  // JSON.stringify does the writing (native, fast); the replacer hands it every object with its keys
  // sorted. An object whose keys look like array indices would be written in numeric order instead:
  // then the slow writer below, which sorts every key as a string.
  let indexKey = false;
  const text = JSON.stringify(value, function (_key, v: unknown) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    let sorted = true;
    for (let i = 0; i < keys.length; i++) {
      if (!indexKey && ARRAY_INDEX.test(keys[i]!)) indexKey = true;
      if (i > 0 && keys[i - 1]! > keys[i]!) sorted = false;
    }
    if (sorted) return v;
    keys.sort();
    const copy: Record<string, unknown> = {};
    for (const k of keys) copy[k] = (v as Record<string, unknown>)[k];
    return copy;
  }) as string | undefined;
  if (indexKey) return slowCanonicalJson(value);
  return text ?? 'null';
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

function slowCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => slowCanonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${slowCanonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** The package without its digest: what the digest covers. */
export function packageContent(pkg: Record<string, unknown>): Record<string, unknown> {
  const { digest: _digest, ...content } = pkg;
  return content;
}
