import { describe, expect, it } from 'vitest';
import { canChangeStatus, describeRefusedTransition, nextStatuses, SETTABLE_STATUSES } from '../../../shared/domain/statusWorkflow';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../../shared/domain/types';

describe('the status workflow', () => {
  it('goes one step forward or back along draft → under review → agreed → adopted', () => {
    expect(nextStatuses('draft')).toEqual(['under_review', 'withdrawn']);
    expect(nextStatuses('under_review')).toEqual(['draft', 'agreed', 'withdrawn']);
    expect(nextStatuses('agreed')).toEqual(['under_review', 'adopted', 'withdrawn']);
    expect(nextStatuses('adopted')).toEqual(['agreed']);
  });

  it('withdraws anything not adopted, and takes a withdrawn text back as a draft only', () => {
    for (const from of ['draft', 'under_review', 'agreed'] as const) expect(canChangeStatus(from, 'withdrawn')).toBe(true);
    expect(canChangeStatus('adopted', 'withdrawn')).toBe(false);
    expect(nextStatuses('withdrawn')).toEqual(['draft']);
  });

  it('refuses skipping steps, staying put, and anything to or from a merge', () => {
    const allowed: Array<[RecommendationStatus, RecommendationStatus]> = [
      ['draft', 'under_review'],
      ['draft', 'withdrawn'],
      ['under_review', 'draft'],
      ['under_review', 'agreed'],
      ['under_review', 'withdrawn'],
      ['agreed', 'under_review'],
      ['agreed', 'adopted'],
      ['agreed', 'withdrawn'],
      ['adopted', 'agreed'],
      ['withdrawn', 'draft'],
    ];
    const key = ([a, b]: [string, string]) => `${a}→${b}`;
    const expected = new Set(allowed.map(key));
    for (const from of RECOMMENDATION_STATUSES) {
      for (const to of RECOMMENDATION_STATUSES) expect(canChangeStatus(from, to), key([from, to])).toBe(expected.has(key([from, to])));
    }
    expect(SETTABLE_STATUSES).not.toContain('merged_into');
  });

  it('explains a refusal naming both statuses and what is possible, in French and English', () => {
    expect(describeRefusedTransition('draft', 'adopted')).toEqual({
      fr: 'de «\u00A0brouillon\u00A0» à «\u00A0adoptée\u00A0» (possible\u00A0: «\u00A0en cours d’examen\u00A0», «\u00A0retirée\u00A0»)',
      en: 'from “draft” to “adopted” (possible: “under review”, “withdrawn”)',
    });
    expect(describeRefusedTransition('merged_into', 'draft').en).toBe('from “merged” to “draft” (no change possible)');
  });
});
