import { describe, expect, it } from 'vitest';
import { cleanText, compareFrench, foldForSearch } from '../../shared/text';

describe('cleanText', () => {
  it('strips C0 control characters, U+FFFE/U+FFFF and lone surrogates', () => {
    const controls = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i))
      .filter((c) => !'\t\n\r'.includes(c))
      .join('');
    expect(cleanText(`Ala${controls}rme`)).toBe('Alarme');
    expect(cleanText('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(cleanText('lone high \uD83D here')).toBe('lone high  here');
    expect(cleanText('lone low \uDE00 here')).toBe('lone low  here');
    expect(cleanText('\uDE00\uD83D')).toBe('');
    expect(cleanText('match \u0002marker\u0003')).toBe('match marker');
  });

  it('keeps tabs, newlines, emoji, accents and French typography', () => {
    const text = 'Sécurité\tÉtats\nmembres\r\n« l’alerte »\u202F! 12\u00A0000 — œuvre ✅ 🌍 👩🏾‍⚖️ 𝄞';
    expect(cleanText(text)).toBe(text);
  });

  it('keeps a valid surrogate pair that follows a lone one', () => {
    expect(cleanText('\uD83D\uD83C\uDF0D')).toBe('🌍');
  });
});

describe('foldForSearch', () => {
  it('folds accents and case', () => {
    expect(foldForSearch('Sécurité')).toBe('securite');
    expect(foldForSearch('ÉTATS MEMBRES')).toBe('etats membres');
    expect(foldForSearch('Ça a été là, Noël, naïve')).toBe('ca a ete la, noel, naive');
  });

  it('gives the same key to composed and decomposed forms', () => {
    expect(foldForSearch('e\u0301te\u0301')).toBe(foldForSearch('\u00e9t\u00e9'));
  });
});

describe('compareFrench', () => {
  it('sorts accented names with their letter, as a French reader expects', () => {
    const names = ['Zongo', 'Ouédraogo', 'Éric', 'Ouattara', 'Abdou', 'émile', 'Eve'];
    expect([...names].sort(compareFrench)).toEqual(['Abdou', 'émile', 'Éric', 'Eve', 'Ouattara', 'Ouédraogo', 'Zongo']);
    // A byte order would put the É after the Z.
    expect([...names].sort()).not.toEqual([...names].sort(compareFrench));
  });
});
