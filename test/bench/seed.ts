/** The bench's seeded material: a small generator and French-looking words, so every run builds the same meeting. */

/** mulberry32: a small seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WORDS = ('les États membres renforcent la coordination de l’action diplomatique afin de prévenir crises ' +
  'alerte précoce capacités diplomates échange informations ministères Affaires étrangères conseil ' +
  'recommandation mise œuvre délais rapport suivi évaluation financement plateforme sécurité régionale ' +
  'coopération transfrontalière formation continue réseau consulaire médiation dialogue politique').split(' ');

export const pickWith = (random: () => number) => <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

/** A paragraph of `count` words, as a list of words (the last one carries the full stop). */
export function paragraphWords(random: () => number, count: number): string[] {
  const pick = pickWith(random);
  const out = Array.from({ length: count }, () => pick(WORDS));
  out[count - 1] += '.';
  return out;
}

/** Deterministic ids that still pass the contract's UUID check. */
export function sequentialIds(start = 0): () => string {
  let counter = start;
  return () => `00000000-0000-4000-8000-${(counter++).toString(16).padStart(12, '0')}`;
}
