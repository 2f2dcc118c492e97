/**
 * A meeting ready for the review workflow, on a real SQLite file: two committees, an expert from
 * Mali and a rapporteur from Burkina Faso, and helpers to write as one or the other.
 */
import { call } from '../../../../electron/main/handlers';
import { paragraphNode, textBlocks, textNode, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { Committee, MeetingDetail, Participant, Recommendation } from '../../../../shared/domain/types';
import { openTempStore, type TempStore } from '../../../helpers/tempDb';

export interface ReviewFixture {
  store: TempStore;
  meeting: MeetingDetail;
  alerte: Committee;
  diplomates: Committee;
  awa: Participant;
  issouf: Participant;
  /** Acts as this participant from now on (the database's "who am I"). */
  actAs(participant: Participant): Promise<void>;
  create(title: string, paragraphs: string[], committee?: Committee): Promise<Recommendation>;
  /** Saves new paragraph texts, keeping each paragraph's stable id by position (as the editor does for edits in place). */
  save(rec: Recommendation, paragraphs: string[], title?: string): Promise<Recommendation>;
  get(id: string): Promise<Recommendation>;
}

export async function reviewFixture(): Promise<ReviewFixture> {
  const store = await openTempStore();
  const meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  const alerte = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  const diplomates = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Formation des diplomates' });
  const awa = await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Awa Sow', delegation: 'Mali', role: 'expert' });
  const issouf = await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Issouf Ouédraogo', delegation: 'Burkina Faso', role: 'rapporteur' });
  const actAs = async (p: Participant) => {
    await call(store.dispatch, 'profile:set', { participantId: p.id });
  };
  await actAs(awa);
  let uid = 0;
  const body = (paragraphs: string[], uids: Array<string | undefined> = []): SerializedDocument => ({
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs.map((p, i) => paragraphNode([textNode(p)], uids[i] ?? `p-${++uid}`)) },
  });
  return {
    store,
    meeting,
    alerte,
    diplomates,
    awa,
    issouf,
    actAs,
    create: (title, paragraphs, committee = alerte) =>
      call(store.dispatch, 'recommendation:create', { meetingId: meeting.id, committeeId: committee.id, title, body: body(paragraphs) }),
    save: (rec, paragraphs, title = rec.title) =>
      call(store.dispatch, 'recommendation:save', {
        recommendationId: rec.id,
        baseVersionId: rec.headVersionId,
        title,
        body: body(paragraphs, textBlocks(rec.body).map((b) => b.uid)),
      }),
    get: (id) => call(store.dispatch, 'recommendation:get', { recommendationId: id }),
  };
}

/** The paragraphs of a recommendation's text. */
export function paragraphsOf(rec: Recommendation): string[] {
  return textBlocks(rec.body).map((b) => b.text);
}
