/**
 * How close two recommendations are in what they say, to flag near-duplicates: two delegations that
 * each propose an early-warning system. Words are folded (no case, no accents, one apostrophe),
 * elisions cut (« l’alerte » → « alerte »), French and English stop words left out; the measure is
 * the Dice coefficient of the two sets of words that remain.
 */
import { foldForSearch } from '../text';

/** Above this, two recommendations are reported as near-duplicates. */
export const DUPLICATE_THRESHOLD = 0.6;

const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y ete etre est sont afin ainsi tout tous toute toutes doit doivent sera seront ' +
    'the of and to in on for by with an be is are that this these those as at or from it its their'
  ).split(' '),
);

export function significantWords(text: string): Set<string> {
  const words = foldForSearch(text).replace(/[\u2019\u02BC'`]/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w) && !(w.length === 1 && /\p{L}/u.test(w))));
}

export function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}
