/**
 * Who changed what between two versions of a recommendation: the versions in between (every
 * ancestor of the later one that is not the earlier one or one of its ancestors, merged branches
 * included), and, along the line of first parents, the author of the last version that changed each
 * paragraph and the title: the review copy's author for a change the step-by-step credit
 * (attribution.ts) cannot explain, and for the fields under the title.
 */
import { blockIdOf, BLOCK_TYPES, walkNodes, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import { formattedText } from '../../../../shared/diff/formattedText';
import { paragraphKindOf } from '../../../../shared/document/paragraphKind';
import type { ChangeAuthor } from '../../../../shared/report/model';
import type { VersionRow } from '../../db/repositories/recommendations';
import type { ServiceContext } from '../context';

export interface Lineage {
  /** The versions after `from` up to `to`, oldest first. */
  between: VersionRow[];
  /** From `to` back along first parents, newest first, stopping before `from`. */
  line: VersionRow[];
}

export function lineage(ctx: ServiceContext, recommendationId: string, from: VersionRow | null, to: VersionRow): Lineage {
  const versions = new Map(ctx.recommendations.versions(recommendationId).map((v) => [v.id, v]));
  const parents = ctx.recommendations.parents(recommendationId);
  const excluded = from ? ancestors(from.id, parents) : new Set<string>();
  const seen = new Set<string>();
  const stack = [to.id];
  const between: VersionRow[] = [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id) || excluded.has(id)) continue;
    seen.add(id);
    const version = versions.get(id);
    if (version) between.push(version);
    stack.push(...(parents.get(id) ?? []));
  }
  between.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const line: VersionRow[] = [];
  const walked = new Set<string>();
  let current: VersionRow | undefined = to;
  while (current && !excluded.has(current.id) && !walked.has(current.id)) {
    walked.add(current.id);
    line.push(current);
    const parent: string | undefined = parents.get(current.id)?.[0];
    current = parent ? versions.get(parent) : undefined;
  }
  return { between, line };
}

function ancestors(id: string, parents: Map<string, string[]>): Set<string> {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    stack.push(...(parents.get(next) ?? []));
  }
  return out;
}

export function changeAuthor(version: VersionRow, unknown: string): ChangeAuthor {
  return { author: version.authorName ?? unknown, date: version.createdAt };
}

/** Each block's text, formats and kind by its stable id: what tells whether a version changed it. */
function blockStates(version: VersionRow): Map<string, string> {
  const doc = JSON.parse(version.bodyJson) as SerializedDocument;
  const states = new Map<string, string>();
  walkNodes(doc, (node) => {
    if (!BLOCK_TYPES.has(node.type)) return;
    const uid = blockIdOf(node);
    if (uid) states.set(uid, JSON.stringify([formattedText(node), paragraphKindOf(node), node.type]));
  });
  return states;
}

/**
 * The version of `line` (newest first) that last changed the block with this id, or the title.
 * `base` is the state before the line (the earlier milestone's version, or none).
 */
export function blamer(line: readonly VersionRow[], base: VersionRow | null) {
  const states = new Map<string, Map<string, string>>();
  const stateOf = (v: VersionRow) => {
    if (!states.has(v.id)) states.set(v.id, blockStates(v));
    return states.get(v.id)!;
  };
  const previous = (i: number) => line[i + 1] ?? base;
  return {
    block(uid: string): VersionRow | null {
      for (let i = 0; i < line.length; i++) {
        const before = previous(i);
        if (stateOf(line[i]!).get(uid) !== (before ? stateOf(before).get(uid) : undefined)) return line[i]!;
      }
      return null;
    },
    /** The fields the report shows (addressees, lead actors, horizon, deadline). */
    fields(read: (v: VersionRow) => string): VersionRow | null {
      for (let i = 0; i < line.length; i++) {
        const before = previous(i);
        if (read(line[i]!) !== (before ? read(before) : undefined)) return line[i]!;
      }
      return null;
    },
    title(): VersionRow | null {
      for (let i = 0; i < line.length; i++) if (line[i]!.title !== previous(i)?.title) return line[i]!;
      return null;
    },
  };
}
