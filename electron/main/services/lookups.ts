/** Finding what a request names, or refusing it with a message that says what was not found. */
import { PalabreError } from '../../../shared/errors';
import type { Committee, Participant } from '../../../shared/domain/types';
import type { MeetingRow } from '../db/repositories/meetings';
import type { RecommendationRow } from '../db/repositories/recommendations';
import type { ServiceContext } from './context';

export function requireMeeting(ctx: ServiceContext, meetingId: string): MeetingRow {
  const meeting = ctx.meetings.get(meetingId);
  if (!meeting) throw new PalabreError('not_found', meetingId);
  return meeting;
}

/** A live committee (a removed one is not found). */
export function requireCommittee(ctx: ServiceContext, committeeId: string): Committee {
  const committee = ctx.meetings.committee(committeeId);
  if (!committee) throw new PalabreError('unknown_committee', committeeId);
  return committee;
}

/** A live participant (a removed one is not found). */
export function requireParticipant(ctx: ServiceContext, participantId: string): Participant {
  const participant = ctx.people.participant(participantId);
  if (!participant) throw new PalabreError('unknown_participant', participantId);
  return participant;
}

/** A recommendation that is not in the trash. */
export function requireRecommendation(ctx: ServiceContext, recommendationId: string): RecommendationRow {
  const row = ctx.recommendations.get(recommendationId);
  if (!row) throw new PalabreError('unknown_recommendation', recommendationId);
  return row;
}
