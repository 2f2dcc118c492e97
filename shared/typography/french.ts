/**
 * French typography, as a secretariat's style guide wants it (Imprimerie nationale usage):
 * narrow no-break space (U+202F) before ; ! ?, no-break space (U+00A0) before : and inside « »,
 * typographic apostrophe ’. Idempotent: applying it twice changes nothing. Web addresses, times
 * (12:30) and ratios are left alone.
 */

export const NARROW_NBSP = '\u202F';
export const NBSP = '\u00A0';
export const APOSTROPHE = '\u2019';

const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S+/gi;

/** What every match of URL_LIKE holds: without it (nearly every text), no address to protect, and no scan for one. */
const MAYBE_URL = /:\/\/|www\.|mailto:/i;

export function applyFrenchTypography(text: string): string {
  if (!MAYBE_URL.test(text)) return fixProse(text);
  // Protect URLs by splitting them out and fixing only the prose between them.
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL_LIKE)) {
    out += fixProse(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + fixProse(text.slice(last));
}

/** What any rule below starts from: without one of these, a text has nothing to fix. */
const TRIGGERS = /[';!?:«»]/;

function fixProse(text: string): string {
  if (!TRIGGERS.test(text)) return text;
  return (
    text
      // Apostrophe between letters (l'alerte, aujourd'hui) → ’
      .replace(/(\p{L})'(?=\p{L})/gu, `$1${APOSTROPHE}`)
      // ; ! ? after a word, quote or closing bracket: whatever space was there becomes a narrow no-break one.
      .replace(/([\p{L}\p{N}»)\]’"%])[ \u00A0\u202F]*([;!?])/gu, `$1${NARROW_NBSP}$2`)
      // : after a word, but not inside a time or a ratio (12:30, 3:1).
      .replace(/([\p{L}»)\]’"%])[ \u00A0\u202F]*:(?!\/\/)/gu, `$1${NBSP}:`)
      .replace(/(\p{N})[ \u00A0\u202F]+:(?!\p{N})/gu, `$1${NBSP}:`)
      // Inside guillemets.
      .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
      .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`)
  );
}
