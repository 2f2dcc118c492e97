/**
 * The credit of each inserted and deleted word of a review copy, step by step: a word written by
 * one expert and replaced by another, a sentence extended twice, and a diff whose alignment the
 * steps cannot explain, which keeps the paragraph's author rather than a wrong one.
 */
import { describe, expect, it } from 'vitest';
import { attributeRuns, deletedBy, insertedBy } from '../../../../../electron/main/services/report/attribution';
import { diffPlainText } from '../../../../../shared/diff/documentDiff';
import type { ChangeAuthor } from '../../../../../shared/report/model';

const awa: ChangeAuthor = { author: 'Awa Sow', date: '2026-03-01T08:00:00.000Z' };
const issouf: ChangeAuthor = { author: 'Issouf Ouédraogo', date: '2026-03-01T09:00:00.000Z' };

/** The overall diff of the first and last texts, each changed piece with its author's name. */
function credited(texts: string[], authors: ChangeAuthor[]) {
  const first = texts[0]!;
  const last = texts[texts.length - 1]!;
  const { runs, authors: by } = attributeRuns(diffPlainText(first, last), insertedBy(texts, authors), deletedBy(texts, authors));
  return runs.flatMap((run, i) => (run.kind === 'equal' ? [] : [`${run.kind} ${run.text.trim()} (${by[i]?.author ?? '?'})`]));
}

describe('who inserted and who deleted each word', () => {
  it('credits each word of one sentence to the step that wrote or removed it', () => {
    const texts = ['Créer un réseau national.', 'Créer vite un réseau national.', 'Créer vite un réseau régional.'];
    expect(credited(texts, [issouf, awa])).toEqual(['insert vite (Issouf Ouédraogo)', 'delete national (Awa Sow)', 'insert régional (Awa Sow)']);
  });

  it('cuts one insertion where it changes hands', () => {
    const texts = ['Les services.', 'Les services météorologiques.', 'Les services météorologiques et sanitaires.'];
    expect(credited(texts, [awa, issouf])).toEqual(['insert météorologiques (Awa Sow)', 'insert et sanitaires (Issouf Ouédraogo)']);
  });

  it('credits nobody with a word written and removed in between', () => {
    const texts = ['Un texte.', 'Un texte provisoire.', 'Un texte.'];
    expect(credited(texts, [awa, issouf])).toEqual([]);
  });

  it('leaves a piece unattributed when the credits do not cover the text', () => {
    const runs = diffPlainText('Un texte.', 'Un autre texte.');
    const result = attributeRuns(runs, [awa], null);
    expect(result.runs).toEqual(runs);
    expect(result.authors.every((a) => a === null)).toBe(true);
  });
});
