import { describe, expect, it } from 'vitest';
import { worthEstimatingPages } from '../../../shared/report/finalReport';
import { recommendation, reportData } from './reportData';

describe('numbering the table of contents while building', () => {
  it('is done for an ordinary meeting, and left to Word for a huge one or an unbreakable word', () => {
    expect(worthEstimatingPages(reportData())).toBe(true);
    const long = 'Les experts recommandent de créer un mécanisme confédéral d’alerte précoce. '.repeat(20);
    const many = Array.from({ length: 200 }, (_, i) => recommendation(String(i + 1), 'Titre', long));
    expect(worthEstimatingPages(reportData({ committees: [{ name: 'C', recommendations: many }] }))).toBe(false);
    // Many short recommendations: little text, but many pages to lay out.
    const short = Array.from({ length: 51 }, (_, i) => recommendation(String(i + 1), 'Titre', 'Les experts recommandent une mesure.'));
    expect(worthEstimatingPages(reportData({ committees: [{ name: 'C', recommendations: short }] }))).toBe(false);
    expect(worthEstimatingPages(reportData({ committees: [{ name: 'C', recommendations: short.slice(0, 50) }] }))).toBe(true);
    const word = recommendation('1', 'Titre', `Un mot ${'x'.repeat(81)} sans espace`);
    expect(worthEstimatingPages(reportData({ committees: [{ name: 'C', recommendations: [word] }] }))).toBe(false);
    expect(worthEstimatingPages(reportData({ delegations: [{ name: 'y'.repeat(81), participants: [] }] }))).toBe(false);
  });
});
