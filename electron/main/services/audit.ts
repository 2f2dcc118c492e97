/** The audit log: who did what, when, to which meeting or recommendation. Written in the same transaction as the change. */
import type { ServiceContext } from './context';
import { currentParticipant } from './profile';

export function recordAudit(
  ctx: ServiceContext,
  entry: { meetingId: string; recommendationId?: string | null; action: string; detail: Record<string, unknown>; at: string },
): void {
  const actor = currentParticipant(ctx);
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
