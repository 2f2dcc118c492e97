/** The versions an import batch has at hand: each read and parsed once, however many merges use it. */
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import { readVersionFields } from '../../../../shared/domain/fields';
import type { RecommendationFields } from '../../../../shared/domain/types';
import type { RecommendationState } from '../../../../shared/merge/recommendation';
import type { VersionRow } from '../../db/repositories/recommendations';
import type { ServiceContext } from '../context';
import type { StoredVersion } from './parentBlocks';

export type Author = Pick<VersionRow, 'id' | 'authorId' | 'authorName'>;

export interface KnownVersion {
  author: Author;
  state: RecommendationState;
}

type Fallback = Pick<RecommendationFields, 'status' | 'committeeId'>;

/**
 * A version's author and content, from this batch's memory or read here. The merge does not change
 * its inputs, so one parsed version serves every merge that needs it (a recommendation's base is the
 * base of each of the 40 contributions). The fallback is part of the key: it fills fields a very old
 * version may lack.
 */
export function knownVersion(ctx: ServiceContext, memory: Map<string, KnownVersion>, id: string, fallback: Fallback, stored?: ReadonlyMap<string, StoredVersion>): KnownVersion {
  const key = keyOf(id, fallback);
  let known = memory.get(key) ?? memory.get(id);
  if (!known) {
    // `stored`: read and parsed already (preparePackages), and the packages' versions hold its blocks.
    const read = stored?.get(id);
    const v = read?.row ?? ctx.recommendations.version(id)!;
    const body = read?.body ?? (JSON.parse(v.bodyJson) as SerializedDocument);
    known = { author: v, state: { title: v.title, body, fields: readVersionFields(v.fieldsJson, fallback) } };
    memory.set(key, known);
  }
  return known;
}

/** A version's body if this batch has it parsed already; undefined otherwise (nothing is read). */
export function parsedBody(memory: ReadonlyMap<string, KnownVersion>, id: string, fallback: Fallback): SerializedDocument | undefined {
  return (memory.get(keyOf(id, fallback)) ?? memory.get(id))?.state.body;
}

function keyOf(id: string, fallback: Fallback): string {
  return `${id}|${fallback.status}|${fallback.committeeId}`;
}
