/**
 * Stamping local changes that travel in packages (a meeting's, committee's or participant's field,
 * a committee's order, a recommendation's trash state) with who made them and when, and reading
 * them back in the package's shape. The rule that compares two stamps is shared/package/stamps.ts.
 */
import type { ChangeStamp } from '../../../shared/package/format';
import type { StampRow } from '../db/repositories/stamps';
import type { ServiceContext } from './context';
import { currentParticipant } from './profile';

/** The aspect stamped when a committee or participant is removed, or a committee brought back. */
export const REMOVAL_ASPECT = 'removal';
/** The aspect of a meeting stamped when its committees are reordered by hand. */
export const COMMITTEES_ORDER_ASPECT = 'committeesOrder';

/**
 * What a stamp records beside who and when: for a trash state, deleted or restored and the head it
 * was made on; for a removal, removed (`deleted`) or brought back.
 */
export interface StampState {
  deleted: boolean;
  headVersionId?: string | null;
}

/** Records that `aspect` of `entityId` was just changed here, by "who am I" (or --as). */
export function stampLocalChange(ctx: ServiceContext, entityId: string, aspect: string, at: string, trash?: StampState): void {
  const me = currentParticipant(ctx);
  ctx.stamps.put({
    entityId,
    aspect,
    changedAt: at,
    byId: me?.id ?? null,
    byName: me?.name ?? null,
    deleted: trash?.deleted ?? null,
    headVersionId: trash?.headVersionId ?? null,
  });
}

/** Records a change that arrived in a package, with its author and time, replacing the one stamped here. */
export function adoptStamp(ctx: ServiceContext, entityId: string, aspect: string, stamp: ChangeStamp, trash?: StampState): void {
  ctx.stamps.put({
    entityId,
    aspect,
    changedAt: stamp.at,
    byId: stamp.by?.id ?? null,
    byName: stamp.by?.name ?? null,
    deleted: trash?.deleted ?? null,
    headVersionId: trash?.headVersionId ?? null,
  });
}

export function toChangeStamp(row: StampRow): ChangeStamp {
  return { at: row.changedAt, by: row.byName === null ? null : { id: row.byId, name: row.byName } };
}

/** The stamps of one record's fields, keyed by field, as a package carries them. */
export function fieldStamps<K extends string>(ctx: ServiceContext, entityId: string, fields: readonly K[]): Partial<Record<K, ChangeStamp>> {
  const out: Partial<Record<K, ChangeStamp>> = {};
  for (const row of ctx.stamps.ofEntity(entityId)) if ((fields as readonly string[]).includes(row.aspect)) out[row.aspect as K] = toChangeStamp(row);
  return out;
}

/** The comparable form of a stamp (shared/package/stamps.ts). */
export function stamped(s: ChangeStamp | StampRow): { at: string; byId: string | null } {
  return 'changedAt' in s ? { at: s.changedAt, byId: s.byId } : { at: s.at, byId: s.by?.id ?? null };
}
