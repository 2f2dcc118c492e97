import { describe, expect, it } from 'vitest';
import { tokenize, wordCount } from '../../../shared/diff/tokens';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('keeps elided and hyphenated French words whole', () => {
    expect(texts('l’alerte d’aujourd’hui, c’est-à-dire l\'urgence')).toEqual([
      'l’alerte', ' ', 'd’aujourd’hui', ',', ' ', 'c’est-à-dire', ' ', 'l\'urgence',
    ]);
  });

  it('keeps high punctuation and guillemets with their no-break spaces', () => {
    expect(texts('Les experts recommandent\u00A0: «\u00A0agir\u00A0»\u202F; vite\u202F!')).toEqual([
      'Les', ' ', 'experts', ' ', 'recommandent', '\u00A0:', ' ', '«\u00A0', 'agir', '\u00A0»', '\u202F;', ' ', 'vite', '\u202F!',
    ]);
  });

  it('keeps decimal numbers whole, and ends a sentence with its full stop apart', () => {
    expect(texts('1,5 million, soit 3.2 %.')).toEqual(['1,5', ' ', 'million', ',', ' ', 'soit', ' ', '3.2', ' ', '%', '.']);
    expect(texts('Fin… Suite...')).toEqual(['Fin', '…', ' ', 'Suite', '...']);
  });

  it('gives the text back exactly, line breaks, tabs and emoji included', () => {
    for (const text of ['a\nb\tc', '  deux  espaces ', '🌍 Terre 👩🏽‍⚖️ juge', '', '«\u00A0»', 'x\u202F?\u202F?']) {
      expect(texts(text).join('')).toBe(text);
    }
  });

  it('counts words as a reader would', () => {
    expect(wordCount('l’alerte précoce\u202F; c’est-à-dire 1,5 million')).toBe(5);
  });
});
