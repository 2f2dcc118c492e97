/**
 * A recommendation's row is the projection of its head. setProjection leaves the status and the
 * committee out of its UPDATE when they do not change (issue 8: those columns are indexed); a head
 * that changes them must still move the recommendation in the list and in the numbering.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCommittee } from '../../../../electron/main/services/committees';
import { createMeeting } from '../../../../electron/main/services/meetings';
import { createRecommendation, listRecommendations } from '../../../../electron/main/services/recommendations';
import { openTempStore, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(() => store.cleanup());

function projection(id: string, head: string, status: 'draft' | 'withdrawn', committeeId: string, horizon = '') {
  return { id, status, committeeId, addresseesJson: '["CEDEAO"]', leadActorsJson: '[]', horizon, deadline: null, priority: 'high' as const, headVersionId: head, updatedAt: '2026-12-02T10:00:00.000Z' };
}

describe('setProjection', () => {
  it('sets the head and the unindexed fields when the status and the committee stay, and moves the row when they change', () => {
    const { ctx } = store;
    const meeting = createMeeting(ctx, { title: 'Réunion d’experts', organisation: 'Confédération', venue: 'Bamako', startsOn: '2026-12-01', endsOn: '2026-12-03' });
    const first = addCommittee(ctx, meeting.id, 'Commission A');
    const second = addCommittee(ctx, meeting.id, 'Commission B');
    const a = createRecommendation(ctx, { meetingId: meeting.id, committeeId: first.id, title: 'Première' });
    const b = createRecommendation(ctx, { meetingId: meeting.id, committeeId: first.id, title: 'Deuxième' });

    ctx.recommendations.setProjection(projection(a.id, a.headVersionId, 'draft', first.id, '2027'));
    const kept = ctx.recommendations.get(a.id)!;
    expect([kept.status, kept.committeeId, kept.horizon, kept.priority, kept.addresseesJson]).toEqual(['draft', first.id, '2027', 'high', '["CEDEAO"]']);

    ctx.recommendations.setProjection(projection(a.id, a.headVersionId, 'draft', second.id));
    ctx.recommendations.setProjection(projection(b.id, b.headVersionId, 'withdrawn', first.id));
    const listed = listRecommendations(ctx, meeting.id).map((r) => [r.title, r.committeeId, r.status, r.number]);
    expect(listed).toEqual(expect.arrayContaining([
      ['Première', second.id, 'draft', expect.any(String)],
      ['Deuxième', first.id, 'withdrawn', ''],
    ]));
    // Read through the indexes that hold those columns: the live order index answers the committee's count.
    expect(ctx.recommendations.numberedByCommittee(meeting.id)).toEqual(new Map([[second.id, 1]]));
  });
});
