import { describe, expect, it } from 'vitest';
import { computeNumbers, sortInReadingOrder, type NumberableCommittee, type NumberableRecommendation } from '../../../shared/domain/numbering';
import type { RecommendationStatus } from '../../../shared/domain/types';

const rec = (id: string, committeeId: string, position: number, status: RecommendationStatus = 'draft'): NumberableRecommendation => ({
  id,
  committeeId,
  position,
  status,
});

// Committee "alerte" comes first, "diplomates" second; recommendations are given out of order on purpose.
const committees: NumberableCommittee[] = [
  { id: 'diplomates', position: 2 },
  { id: 'alerte', position: 1 },
];
const recommendations = [rec('d1', 'diplomates', 1), rec('a2', 'alerte', 2), rec('a1', 'alerte', 1), rec('d2', 'diplomates', 2)];

const asObject = (numbers: Map<string, string>) => Object.fromEntries(numbers);

describe('computeNumbers', () => {
  it('numbers continuously in committee order, then position', () => {
    expect(asObject(computeNumbers(committees, recommendations, 'continuous'))).toEqual({ a1: '1', a2: '2', d1: '3', d2: '4' });
  });

  it('numbers per committee as "committee.item"', () => {
    expect(asObject(computeNumbers(committees, recommendations, 'per_committee'))).toEqual({ a1: '1.1', a2: '1.2', d1: '2.1', d2: '2.2' });
  });

  it('renumbers when the committees are reordered', () => {
    const reordered = [
      { id: 'diplomates', position: 1 },
      { id: 'alerte', position: 2 },
    ];
    expect(asObject(computeNumbers(reordered, recommendations, 'continuous'))).toEqual({ d1: '1', d2: '2', a1: '3', a2: '4' });
    expect(asObject(computeNumbers(reordered, recommendations, 'per_committee'))).toEqual({ d1: '1.1', d2: '1.2', a1: '2.1', a2: '2.2' });
  });

  it('gives withdrawn and merged recommendations no number and closes the gap', () => {
    const withGaps = [rec('a1', 'alerte', 1, 'withdrawn'), rec('a2', 'alerte', 2, 'adopted'), rec('d1', 'diplomates', 1, 'merged_into'), rec('d2', 'diplomates', 2, 'agreed')];
    expect(asObject(computeNumbers(committees, withGaps, 'continuous'))).toEqual({ a1: '', a2: '1', d1: '', d2: '2' });
    expect(asObject(computeNumbers(committees, withGaps, 'per_committee'))).toEqual({ a1: '', a2: '1.1', d1: '', d2: '2.1' });
  });

  it('numbers every status of the drafting path', () => {
    const statuses: RecommendationStatus[] = ['draft', 'under_review', 'agreed', 'adopted'];
    const recs = statuses.map((s, i) => rec(s, 'alerte', i + 1, s));
    expect([...computeNumbers(committees, recs, 'continuous').values()]).toEqual(['1', '2', '3', '4']);
  });
});

describe('sortInReadingOrder', () => {
  it('orders by committee position, then by position inside the committee', () => {
    expect(sortInReadingOrder(committees, recommendations).map((r) => r.id)).toEqual(['a1', 'a2', 'd1', 'd2']);
  });

  it('puts recommendations of an unknown committee last', () => {
    const orphan = rec('x', 'ailleurs', 0);
    expect(sortInReadingOrder(committees, [orphan, ...recommendations]).map((r) => r.id)).toEqual(['a1', 'a2', 'd1', 'd2', 'x']);
  });
});
