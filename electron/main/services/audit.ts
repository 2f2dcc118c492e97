/** The audit log: who did what, when, to which meeting or recommendation. Written in the same transaction as the change. */
import type { Participant } from '../../../shared/domain/types';
import type { ServiceContext } from './context';
import { currentParticipant } from './profile';

/** `actor`: who is acting, when the caller already knows (an import writes thousands of entries as one person). */
export function recordAudit(
  ctx: ServiceContext,
  entry: { meetingId: string; recommendationId?: string | null; action: string; detail: Record<string, unknown>; at: string },
  actor: Participant | undefined = currentParticipant(ctx),
): void {
  ctx.audit.record({
    meetingId: entry.meetingId,
    recommendationId: entry.recommendationId ?? null,
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    action: entry.action,
    detail: entry.detail,
    at: entry.at,
  });
}
