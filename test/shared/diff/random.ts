/** A seeded random source for the property-style tests: the same cases on every run, on every machine (the bench's generator). */
export { rng as seeded } from '../../bench/seed';

export const WORDS = [
  'l’alerte', 'précoce', 'les', 'États', 'membres', 'de', 'la', 'Confédération', 'créent', 'un', 'réseau', 'd’experts',
  'aujourd’hui', 'c’est-à-dire', 'sécuritaire', 'et', 'des', 'crises', 'Conseil', 'Ministres', '1,5', 'million', 'à',
];
export const PUNCT = [',', '.', '\u202F;', '\u00A0:', '\u202F?', '…'];

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A sentence of `n` words with some punctuation. */
export function sentence(random: () => number, n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick(random, WORDS) + (random() < 0.15 ? pick(random, PUNCT) : ''));
  return words.join(' ');
}

/** The sentence edited a few times: words replaced, inserted, deleted. */
export function edit(random: () => number, text: string, edits: number): string {
  const words = text.split(' ');
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(random() * (words.length + 1));
    const what = random();
    if (what < 0.33 && words.length > 0) words.splice(Math.min(at, words.length - 1), 1);
    else if (what < 0.66) words.splice(at, 0, pick(random, WORDS));
    else if (words.length > 0) words[Math.min(at, words.length - 1)] = pick(random, WORDS);
  }
  return words.join(' ');
}
