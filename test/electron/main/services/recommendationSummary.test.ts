/**
 * Opening or saving one recommendation reads its number and summary by key, without the meeting's
 * list (issue 8); what it shows must be exactly what the list shows for the same recommendation,
 * whatever the order, the numbering scheme, the statuses without a number, the trash or a removed
 * committee.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { addCommittee, removeCommittee, reorderCommittees } from '../../../../electron/main/services/committees';
import { createMeeting, updateMeeting } from '../../../../electron/main/services/meetings';
import { moveRecommendation } from '../../../../electron/main/services/placement';
import { getRecommendation, insertRecommendation, listRecommendations } from '../../../../electron/main/services/recommendations';
import { deleteRecommendation } from '../../../../electron/main/services/trash';
import { appendFieldsVersion, fieldsOf } from '../../../../electron/main/services/versioning';
import { documentFromPlainText } from '../../../../shared/document/lexicalJson';
import type { RecommendationStatus } from '../../../../shared/domain/types';
import { openTempStore, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
let meetingId: string;
let committees: string[];
let recs: string[];
beforeEach(async () => {
  store = await openTempStore();
  const { ctx } = store;
  meetingId = createMeeting(ctx, { title: 'Réunion des experts', organisation: '', venue: 'Bamako', startsOn: null, endsOn: null }).id;
  committees = ['Alerte précoce', 'Diplomates', 'Échanges'].map((name) => addCommittee(ctx, meetingId, name).id);
  recs = Array.from({ length: 9 }, (_, i) =>
    insertRecommendation(ctx, {
      meetingId,
      committeeId: committees[i % 3]!,
      title: `Recommandation ${i + 1}`,
      body: documentFromPlainText(`Texte ${i + 1} : « sécurité ».`, () => crypto.randomUUID()),
    }),
  );
});
afterEach(() => store.cleanup());

function setStatus(id: string, status: RecommendationStatus): void {
  const { ctx } = store;
  const row = ctx.recommendations.get(id)!;
  ctx.db.transaction(() => appendFieldsVersion(ctx, row, { ...fieldsOf(row), status }, ctx.timestamp()))();
}

/** Every live recommendation read alone equals its line of the list, number included. */
async function expectSameAsList(): Promise<string[]> {
  const list = listRecommendations(store.ctx, meetingId);
  for (const summary of list) {
    const { headVersionId, body, committeeName, ...alone } = getRecommendation(store.ctx, summary.id);
    expect({ headVersionId: typeof headVersionId, body: typeof body, committeeName: typeof committeeName }).toEqual({ headVersionId: 'string', body: 'object', committeeName: 'string' });
    expect(alone).toEqual(summary);
    // Through the handler too, as the editor opens it.
    expect((await call(store.dispatch, 'recommendation:get', { recommendationId: summary.id })).number).toBe(summary.number);
  }
  return list.map((r) => `${r.number}|${r.title}`);
}

describe('one recommendation read alone', () => {
  it('has the number and summary the list gives it, continuous or per committee', async () => {
    expect(await expectSameAsList()).toEqual([
      '1|Recommandation 1', '2|Recommandation 4', '3|Recommandation 7',
      '4|Recommandation 2', '5|Recommandation 5', '6|Recommandation 8',
      '7|Recommandation 3', '8|Recommandation 6', '9|Recommandation 9',
    ]);
    updateMeeting(store.ctx, meetingId, { numbering: 'per_committee' });
    expect((await expectSameAsList()).slice(0, 4)).toEqual(['1.1|Recommandation 1', '1.2|Recommandation 4', '1.3|Recommandation 7', '2.1|Recommandation 2']);
  });

  it('follows withdrawn and merged recommendations, moves, reordered committees and the trash', async () => {
    setStatus(recs[3]!, 'withdrawn');
    setStatus(recs[1]!, 'merged_into');
    moveRecommendation(store.ctx, { recommendationId: recs[8]!, committeeId: committees[0]!, position: 1 });
    reorderCommittees(store.ctx, meetingId, [committees[2]!, committees[0]!, committees[1]!]);
    deleteRecommendation(store.ctx, recs[5]!);
    const list = await expectSameAsList();
    expect(list).toContain('|Recommandation 4');
    expect(list).toContain('|Recommandation 2');
    expect(list[0]).toBe('1|Recommandation 3');
    updateMeeting(store.ctx, meetingId, { numbering: 'per_committee' });
    await expectSameAsList();
  });

  it('agrees with the list on a position two recommendations share, as an older file may hold', async () => {
    const { ctx } = store;
    ctx.recommendations.setPlace(recs[3]!, committees[0]!, 1);
    ctx.recommendations.setPlace(recs[6]!, committees[0]!, 1);
    await expectSameAsList();
  });

  it('agrees with the list when a committee emptied of its recommendations is removed', async () => {
    for (const id of [recs[1]!, recs[4]!, recs[7]!]) deleteRecommendation(store.ctx, id);
    removeCommittee(store.ctx, committees[1]!);
    expect((await expectSameAsList()).slice(3)).toEqual(['4|Recommandation 3', '5|Recommandation 6', '6|Recommandation 9']);
  });
});
