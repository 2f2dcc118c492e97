import { describe, expect, it } from 'vitest';
import { countByStatus, filterRecommendations, hasFilters } from '../../../shared/domain/filters';
import type { RecommendationSummary } from '../../../shared/domain/types';

function summary(id: string, more: Partial<RecommendationSummary>): RecommendationSummary {
  return {
    id,
    meetingId: 'm',
    committeeId: 'alerte',
    position: 1,
    number: id,
    title: id,
    status: 'draft',
    addressees: [],
    leadActors: [],
    horizon: '',
    deadline: null,
    priority: null,
    authorId: null,
    authorName: null,
    authorDelegation: null,
    lastEditorName: null,
    updatedAt: '',
    pendingAmendmentCount: 0,
    openCommentCount: 0,
    ...more,
  };
}

const LIST = [
  summary('1', { status: 'agreed', addressees: ['Conseil des Ministres'], authorId: 'awa', authorDelegation: 'Mali' }),
  summary('2', { committeeId: 'diplomates', addressees: ['États membres', 'Conférence des Chefs d’État'], authorId: 'issouf', authorDelegation: 'Burkina Faso' }),
  summary('3', { status: 'adopted', addressees: ['États membres'], authorId: 'awa', authorDelegation: 'Mali' }),
];
const ids = (list: RecommendationSummary[]) => list.map((r) => r.id);

describe('filtering recommendations', () => {
  it('keeps everything without filters, or with empty ones', () => {
    expect(ids(filterRecommendations(LIST, undefined))).toEqual(['1', '2', '3']);
    expect(ids(filterRecommendations(LIST, { status: [], delegation: '  ' }))).toEqual(['1', '2', '3']);
    expect(hasFilters({ status: [] })).toBe(false);
  });

  it('filters by committee, by any of several statuses, by author and by delegation', () => {
    expect(ids(filterRecommendations(LIST, { committeeId: 'diplomates' }))).toEqual(['2']);
    expect(ids(filterRecommendations(LIST, { status: ['agreed', 'adopted'] }))).toEqual(['1', '3']);
    expect(ids(filterRecommendations(LIST, { authorId: 'issouf' }))).toEqual(['2']);
    expect(ids(filterRecommendations(LIST, { delegation: 'mali' }))).toEqual(['1', '3']);
  });

  it('finds an addressee written without accents or with another apostrophe', () => {
    expect(ids(filterRecommendations(LIST, { addressee: 'etats membres' }))).toEqual(['2', '3']);
    expect(ids(filterRecommendations(LIST, { addressee: "Conférence des Chefs d'État" }))).toEqual(['2']);
    expect(ids(filterRecommendations(LIST, { addressee: 'États' }))).toEqual([]);
  });

  it('requires every filter given', () => {
    expect(ids(filterRecommendations(LIST, { addressee: 'États membres', delegation: 'Mali' }))).toEqual(['3']);
  });
});

describe('counting by status', () => {
  it('names every status, zero included', () => {
    expect(countByStatus(LIST)).toEqual({ draft: 1, under_review: 0, agreed: 1, adopted: 1, withdrawn: 0, merged_into: 0 });
  });
});
