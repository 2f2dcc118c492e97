/**
 * Cutting text into the units a reader compares, for the word diff.
 *
 * What must stay true:
 * - the tokens of a text, joined, give the text back exactly (the diff's sides are rebuilt from them);
 * - a French word keeps its elision and its hyphens: « l’alerte », « aujourd’hui », « c’est-à-dire »
 *   are one token each, so a diff never shows « l’ » alone;
 * - a high punctuation sign keeps the no-break space French typography puts before it (« ; », « : »,
 *   « ! », « ? », « » ») and an opening guillemet the one after it: adding « ; » is one insertion,
 *   not a space and a sign;
 * - decimal numbers stay whole (« 1,5 », « 3.2 »).
 */

export type TokenKind = 'word' | 'space' | 'punct' | 'break';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Offset (UTF-16 units) of the token in the text. */
  start: number;
}

const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;
/** Inside a word: an apostrophe or a hyphen between letters, or a decimal separator between digits. */
const JOINER = String.raw`(?:['’ʼ\-‑]|(?<=\p{N})[.,](?=\p{N}))`;
const NO_BREAK = String.raw`[\u00A0\u202F]`;

// Numbered groups (1 word, 2 break, 3 space), not named ones: no groups object per token (the merge
// and the diff cut every paragraph they look at).
const TOKEN = new RegExp(
  [
    `(${LETTER}+(?:${JOINER}${LETTER}+)*)`,
    `«${NO_BREAK}?`,
    `${NO_BREAK}?[;:!?»]`,
    String.raw`\.\.\.|…`,
    String.raw`([\n\t])`,
    String.raw`([^\S\n\t]+)`,
    // Anything else, one code point at a time (the `s` flag lets `.` take any character).
    `.`,
  ].join('|'),
  'gsu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const kind: TokenKind = match[1] !== undefined ? 'word' : match[3] !== undefined ? 'space' : match[2] !== undefined ? 'break' : 'punct';
    tokens.push({ text: match[0], kind, start: match.index });
  }
  return tokens;
}

const LETTER_AT = new RegExp(LETTER, 'u');

/**
 * Whether the tokens of `text` have a boundary at `i`, whatever the text holds after it: a letter
 * ends a word there and a plain space begins the next token (a space is never inside a word, nor
 * bound to a sign as a no-break space is). The text before and after can then be cut apart.
 */
export function isTokenBoundary(text: string, i: number): boolean {
  return i > 0 && i < text.length && text.charCodeAt(i) === 0x20 && LETTER_AT.test(text[i - 1]!);
}

/** How many words a text holds, as the diff counts them. */
export function wordCount(text: string): number {
  return tokenize(text).filter((t) => t.kind === 'word').length;
}

export function isSpace(token: string): boolean {
  return /^[^\S\n\t]+$/u.test(token);
}
