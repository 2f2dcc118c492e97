import { describe, expect, it } from 'vitest';
import { diffPlainText } from '../../../shared/diff/documentDiff';
import type { FormattedText } from '../../../shared/diff/formattedText';
import { renderRuns } from '../../../shared/diff/render';
import type { DiffRun } from '../../../shared/diff/types';
import { diffFormattedText } from '../../../shared/diff/wordDiff';
import { TEXT_FORMAT } from '../../../shared/document/lexicalJson';
import { edit, seeded, sentence } from './random';

const redline = (a: string, b: string) => renderRuns(diffPlainText(a, b));

/** The text and formats of one side, rebuilt from the runs. */
function side(runs: readonly DiffRun[], which: 'old' | 'new'): FormattedText {
  let text = '';
  const formats: number[] = [];
  for (const run of runs) {
    if (run.kind === (which === 'old' ? 'insert' : 'delete')) continue;
    const format = run.kind === 'format' && which === 'old' ? run.oldFormat! : run.format;
    text += run.text;
    for (let i = 0; i < run.text.length; i++) formats.push(format);
  }
  return { text, formats };
}

const plain = (text: string): FormattedText => ({ text, formats: new Array<number>(text.length).fill(0) });

describe('word diff, as a reader wants it', () => {
  it('never cuts an elided word: « l’alerte » changes as a whole', () => {
    expect(redline('renforcer l’alerte précoce', 'renforcer l’anticipation précoce')).toBe('renforcer [-l’alerte-]{+l’anticipation+} précoce');
    expect(redline('le système d’alerte', 'le système d’information')).toBe('le système [-d’alerte-]{+d’information+}');
  });

  it('shows an added semicolon with its narrow no-break space as one insertion', () => {
    expect(redline('créent un réseau', 'créent un réseau\u202F;')).toBe('créent un réseau{+\u202F;+}');
  });

  it('puts an insertion or a deletion on word boundaries', () => {
    expect(redline('Créer un réseau d’alerte.', 'Créer un grand réseau d’alerte.')).toBe('Créer un {+grand +}réseau d’alerte.');
    expect(redline('Créer un grand réseau d’alerte.', 'Créer un réseau d’alerte.')).toBe('Créer un [-grand -]réseau d’alerte.');
  });

  it('folds short equalities between replacements into one change (no confetti)', () => {
    expect(redline('le comité national de suivi des crises', 'la commission nationale de pilotage des crises')).toBe(
      '[-le comité national de suivi-]{+la commission nationale de pilotage+} des crises',
    );
    // Between two insertions the unchanged words stay visible.
    expect(redline('Les experts recommandent de créer un mécanisme', 'Les experts recommandent vivement de créer sans délai un mécanisme')).toBe(
      'Les experts recommandent {+vivement +}de créer {+sans délai +}un mécanisme',
    );
  });

  it('never shows a change inside a word', () => {
    const runs = diffPlainText('Les États membres désignent un point focal', 'Les États membres désignaient des points focaux');
    for (const run of runs.filter((r) => r.kind !== 'equal')) expect(run.text).toMatch(/^[\s\u00A0]*[\p{L}’]/u);
    expect(renderRuns(runs)).toBe('Les États membres [-désignent un point focal-]{+désignaient des points focaux+}');
  });

  it('shows a word put in bold as a format change, not a deletion and an insertion', () => {
    const before = plain('un système d’alerte précoce');
    const after: FormattedText = { text: before.text, formats: before.formats.map((_, i) => (i >= 10 && i < 19 ? TEXT_FORMAT.bold : 0)) };
    expect(diffFormattedText(before, after)).toEqual([
      { kind: 'equal', text: 'un système', format: 0 },
      { kind: 'format', text: ' d’alerte', format: TEXT_FORMAT.bold, oldFormat: 0 },
      { kind: 'equal', text: ' précoce', format: 0 },
    ]);
  });

  it('keeps the format of inserted and deleted text', () => {
    const runs = diffFormattedText(plain('un réseau'), { text: 'un grand réseau', formats: [0, 0, 0, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0] });
    expect(runs).toEqual([
      { kind: 'equal', text: 'un ', format: 0 },
      { kind: 'insert', text: 'grand', format: TEXT_FORMAT.italic },
      { kind: 'insert', text: ' ', format: 0 },
      { kind: 'equal', text: 'réseau', format: 0 },
    ]);
  });

  it('says nothing changed when nothing did, and handles empty texts', () => {
    expect(diffPlainText('même texte', 'même texte')).toEqual([{ kind: 'equal', text: 'même texte', format: 0 }]);
    expect(diffPlainText('', '')).toEqual([]);
    expect(redline('', 'tout neuf')).toBe('{+tout neuf+}');
    expect(redline('tout ancien', '')).toBe('[-tout ancien-]');
  });

  it('holds both texts exactly, with their formats, whatever the edits (400 seeded cases)', () => {
    const random = seeded(20251117);
    for (let k = 0; k < 400; k++) {
      const a = sentence(random, 1 + Math.floor(random() * 25));
      const b = edit(random, a, Math.floor(random() * 8));
      const formatsA = Array.from({ length: a.length }, () => (random() < 0.2 ? TEXT_FORMAT.bold : 0));
      const formatsB = Array.from({ length: b.length }, () => (random() < 0.2 ? TEXT_FORMAT.italic : 0));
      const runs = diffFormattedText({ text: a, formats: formatsA }, { text: b, formats: formatsB });
      expect(side(runs, 'old')).toEqual({ text: a, formats: formatsA });
      expect(side(runs, 'new')).toEqual({ text: b, formats: formatsB });
      // Runs are whole: no empty run, no two neighbours that could be one.
      runs.forEach((run, i) => {
        expect(run.text.length).toBeGreaterThan(0);
        const next = runs[i + 1];
        if (next) expect(next.kind === run.kind && next.format === run.format && next.oldFormat === run.oldFormat).toBe(false);
      });
    }
  });
});
