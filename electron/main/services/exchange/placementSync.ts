/**
 * Where recommendations stand after an import (README.md, "Order in a committee"):
 * - a recommendation whose committee changed by a version (a move made elsewhere) goes to the end
 *   of its new committee, and the committee it left closes ranks;
 * - a committee's hand-made order, when the package's is stamped later than ours, is taken as a
 *   whole: the recommendations it names in its order, any other one after the recommendation it
 *   followed here. Ties between stamps go as everywhere (shared/package/stamps.ts).
 */
import type { PalabrePackage } from '../../../../shared/package/format';
import { isLaterChange } from '../../../../shared/package/stamps';
import type { ServiceContext } from '../context';
import { closeRanks } from '../placement';
import { adoptStamp, stamped } from '../stamps';

/** Call before the projection changes a live recommendation's committee from `from` to `to`. */
export function placeInNewCommittee(ctx: ServiceContext, recommendationId: string, from: string, to: string): void {
  if (from === to) return;
  const last = ctx.recommendations.liveIdsInCommittee(to).filter((id) => id !== recommendationId).length;
  ctx.recommendations.setPlace(recommendationId, to, last + 1);
  closeRanks(ctx, from, recommendationId);
}

/** Takes the package's committee orders that are later than ours. Returns how many committees were reordered. */
export function applyCommitteeOrders(ctx: ServiceContext, pkg: PalabrePackage): number {
  let changed = 0;
  for (const committee of pkg.committees) {
    const order = committee.order;
    if (!order || ctx.exchange.committeeMeeting(committee.id) !== pkg.meeting.id) continue;
    const ours = ctx.stamps.get(committee.id, 'order');
    if (!isLaterChange(stamped(order), ours && stamped(ours))) continue;
    const here = ctx.recommendations.liveIdsInCommittee(committee.id) as string[];
    const next = mergedOrder(here, order.recommendationIds);
    next.forEach((id, i) => ctx.recommendations.setPlace(id, committee.id, i + 1));
    adoptStamp(ctx, committee.id, 'order', order);
    if (next.some((id, i) => here[i] !== id)) changed++;
  }
  return changed;
}

/**
 * Their order for the recommendations (or committees) it names that are here; each other one
 * right after the one it followed here (first if it led), in our order. An id named twice (a file
 * written by hand) counts where it comes first: every one here appears once, none is lost.
 */
export function mergedOrder(here: readonly string[], theirs: readonly string[]): string[] {
  const present = new Set(here);
  const named = new Set(theirs);
  const out = [...named].filter((id) => present.has(id));
  let previous: string | null = null;
  for (const id of here) {
    if (!named.has(id)) {
      const at = previous === null ? 0 : out.indexOf(previous) + 1;
      out.splice(at, 0, id);
    }
    previous = id;
  }
  return out;
}
