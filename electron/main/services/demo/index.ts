/**
 * Seeds a demonstration meeting: the Bamako experts meeting of a Sahel confederation, with its
 * introduction, committees, delegations, participants and structured recommendations (addressees,
 * lead actors, horizon, priority, preambular and operative paragraphs) drafted and amended by
 * different people, then moved along the status workflow by the rapporteurs and the chair, with a
 * milestone, comment threads and a pending amendment (review.ts). Used by
 * `palabre demo` on the command line and by the browser harness, so that the app can be shown and
 * tested on a realistic meeting.
 *
 * Everything happens in one transaction: a demo lands whole or not at all. The services are called
 * directly rather than through the dispatcher, because a better-sqlite3 transaction cannot span the
 * dispatcher's asynchronous calls; they validate their input all the same.
 *
 * Running it twice creates a second, independent meeting (new ids), as importing a second meeting
 * would: nothing already in the database is touched.
 */
import { documentFromPlainText, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import { withDetectedKinds } from '../../../../shared/document/paragraphKind';
import { STATUS_STEPS } from '../../../../shared/domain/statusWorkflow';
import type { RecommendationStatus } from '../../../../shared/domain/types';
import { addCommittee } from '../committees';
import type { ServiceContext } from '../context';
import { createMeeting } from '../meetings';
import { addParticipant } from '../participants';
import { getProfile, setCurrentParticipant } from '../profile';
import { setRecommendationStatus } from '../recommendationFields';
import { createRecommendation, saveRecommendation } from '../recommendations';
import { DIPLOMATS } from './diplomats';
import { EARLY_WARNING } from './earlyWarning';
import { INFORMATION_EXCHANGE } from './informationExchange';
import { DEMO_CHAIR, DEMO_COMMITTEES, DEMO_INTRO, DEMO_MEETING, DEMO_ORGANISER, DEMO_PEOPLE } from './meeting';
import { applyRevision } from './revise';
import { seedMilestone, seedReview } from './review';
import type { DemoCommitteeKey, DemoPersonKey, DemoRecommendation } from './types';

export const DEMO_RECOMMENDATIONS: readonly DemoRecommendation[] = [...EARLY_WARNING, ...DIPLOMATS, ...INFORMATION_EXCHANGE];

export interface DemoSummary {
  meetingId: string;
  title: string;
  committees: number;
  participants: number;
  recommendations: number;
  versions: number;
}

export function seedDemoMeeting(ctx: ServiceContext): DemoSummary {
  return ctx.db.transaction(() => seed(ctx))();
}

interface Draft {
  id: string;
  headVersionId: string;
  title: string;
  body: SerializedDocument;
}

function seed(ctx: ServiceContext): DemoSummary {
  const previousProfile = getProfile(ctx)?.id;
  const clock = meetingClock(DEMO_MEETING.startsOn);
  // Versions carry the times of the meeting days, so the history reads like the meeting's.
  const demo: ServiceContext = { ...ctx, timestamp: clock.timestamp };

  const meeting = createMeeting(demo, { ...DEMO_MEETING, intro: documentFromPlainText(DEMO_INTRO.join('\n\n'), demo.newId) });
  const people = new Map<DemoPersonKey, string>();
  for (const person of DEMO_PEOPLE) {
    const { id } = addParticipant(demo, { meetingId: meeting.id, name: person.name, delegation: person.delegation, role: person.role });
    people.set(person.key, id);
  }
  const actAs = (key: DemoPersonKey) => setCurrentParticipant(demo, people.get(key)!);
  actAs(DEMO_ORGANISER);
  const committees = new Map<DemoCommitteeKey, string>();
  for (const committee of DEMO_COMMITTEES) committees.set(committee.key, addCommittee(demo, meeting.id, committee.name).id);

  clock.pause(30);
  const drafts: Draft[] = DEMO_RECOMMENDATIONS.map((script) => {
    actAs(script.by);
    const created = createRecommendation(demo, {
      meetingId: meeting.id,
      committeeId: committees.get(script.committee)!,
      title: script.title,
      body: withDetectedKinds(documentFromPlainText(script.body.join('\n\n'), demo.newId)),
      addressees: [...script.addressees],
      leadActors: [...script.leadActors],
      horizon: script.horizon,
      deadline: script.deadline ?? null,
      priority: script.priority,
    });
    clock.pause(25);
    return { id: created.id, headVersionId: created.headVersionId, title: created.title, body: created.body };
  });

  // Amendments come in rounds, as in a meeting: every first amendment, then every second one…
  let versions = drafts.length;
  const rounds = Math.max(0, ...DEMO_RECOMMENDATIONS.map((r) => r.revisions?.length ?? 0));
  for (let round = 0; round < rounds; round++) {
    if (round === 1) {
      // The secretariat sets a milestone once the first amendments are in: later changes are compared with it.
      actAs(DEMO_ORGANISER);
      seedMilestone(demo, meeting.id);
      clock.pause(15);
    }
    DEMO_RECOMMENDATIONS.forEach((script, index) => {
      const revision = script.revisions?.[round];
      if (!revision) return;
      const draft = drafts[index]!;
      actAs(revision.by);
      const saved = saveRecommendation(demo, {
        recommendationId: draft.id,
        baseVersionId: draft.headVersionId,
        title: revision.title ?? draft.title,
        body: applyRevision(draft.body, revision, demo.newId),
      });
      drafts[index] = { id: saved.id, headVersionId: saved.headVersionId, title: saved.title, body: saved.body };
      versions++;
      clock.pause(35);
    });
  }

  // Then the review: the rapporteurs send texts for review and mark them agreed, the chair has the
  // plenary adopt them, an author withdraws one. Each step is a version, as it would be in the app.
  clock.pause(120);
  DEMO_RECOMMENDATIONS.forEach((script, index) => {
    for (const [status, by] of statusPath(script)) {
      actAs(by);
      setRecommendationStatus(demo, drafts[index]!.id, status);
      versions++;
      clock.pause(5);
    }
  });

  // In plenary: comments on passages, and an amendment the rapporteur has not examined yet.
  clock.pause(60);
  seedReview(demo, new Map(DEMO_RECOMMENDATIONS.map((script, index) => [script.title, drafts[index]!.id])), actAs, clock.pause);

  // Leave the database's user as it was; a database that had none is handed to the secretariat.
  setCurrentParticipant(ctx, previousProfile ?? people.get(DEMO_ORGANISER)!);
  return {
    meetingId: meeting.id,
    title: meeting.title,
    committees: committees.size,
    participants: people.size,
    recommendations: drafts.length,
    versions,
  };
}

/** The steps from draft to where the script leaves a recommendation, and who takes each one. */
function statusPath(script: DemoRecommendation): Array<[RecommendationStatus, DemoPersonKey]> {
  const target = script.status ?? 'draft';
  if (target === 'withdrawn') return [['withdrawn', script.by]];
  const rapporteur = DEMO_COMMITTEES.find((c) => c.key === script.committee)!.rapporteur;
  const steps = STATUS_STEPS.slice(1, STATUS_STEPS.indexOf(target as (typeof STATUS_STEPS)[number]) + 1);
  return steps.map((status) => [status, status === 'adopted' ? DEMO_CHAIR : rapporteur]);
}

const DAY_START_MINUTES = 8 * 60 + 30;
const DAY_END_MINUTES = 18 * 60;

/** A clock that runs through working hours (08:30–18:00, Bamako is on UTC) from the first day on. */
function meetingClock(firstDay: string) {
  let at = Date.parse(`${firstDay}T08:30:00Z`);
  const minute = 60_000;
  const pause = (minutes: number) => {
    at += minutes * minute;
    const date = new Date(at);
    if (date.getUTCHours() * 60 + date.getUTCMinutes() >= DAY_END_MINUTES) {
      date.setUTCDate(date.getUTCDate() + 1);
      date.setUTCHours(0, DAY_START_MINUTES, 0, 0);
      at = date.getTime();
    }
  };
  return {
    /** Each call is a minute after the previous one: versions keep a strict order. */
    timestamp: () => {
      const stamp = new Date(at).toISOString();
      pause(1);
      return stamp;
    },
    pause,
  };
}
