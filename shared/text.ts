/** Small pure helpers on user text. */

/**
 * Removes characters that XML 1.0 forbids and that no keyboard produces (C0 controls but tab and
 * newlines, lone surrogates, U+FFFE/U+FFFF). Applied to every text the app stores, so that exports
 * and packages can never be broken by what was pasted.
 */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Folds case and accents, for comparisons and sorting keys ("Sécurité" → "securite"). */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const frenchCollator = new Intl.Collator('fr', { numeric: true });

/**
 * Compares two names the way a French reader sorts them: « Émilie » with the E's, « Ouédraogo »
 * before « Ouattara »… not after every unaccented name as a byte order would put it.
 */
export function compareFrench(a: string, b: string): number {
  return frenchCollator.compare(a, b);
}

/** `text` in quotation marks as each language writes them: « » with no-break spaces in French, “ ” in English. */
export function quoted(locale: 'fr' | 'en', text: string): string {
  return locale === 'fr' ? `«\u00A0${text}\u00A0»` : `“${text}”`;
}
