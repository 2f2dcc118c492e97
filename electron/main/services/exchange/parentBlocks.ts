/**
 * Putting back the blocks a package's versions share with their first parent (format 5,
 * shared/package/sameBlocks.ts), before anything else reads the versions: the parent is carried by
 * the same package, by an earlier file of the batch, or (a thin contribution's basis) stored here.
 * Runs after checkPrerequisites, which refused the batch if a parent is nowhere.
 */
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import { describeDocumentProblem } from '../../../../shared/document/validate';
import { PalabreError } from '../../../../shared/errors';
import { hasSameBlocks, resolveSameBlocks } from '../../../../shared/package/sameBlocks';
import type { VersionRow } from '../../db/repositories/recommendations';
import type { ServiceContext } from '../context';
import type { PackageSource } from './importPackage';

/**
 * Replaces, in place, each shared block of every version by its parent's. `stored` collects the
 * bodies read here to do so (the basis heads, mostly): the import's merges start from the same
 * objects instead of parsing them again, and the blocks put back are those objects' own.
 */
export function putBackSharedBlocks(ctx: ServiceContext, sources: readonly PackageSource[], stored: Map<string, StoredVersion>): void {
  // Every body carried so far in the batch, once whole: a parent comes before its children.
  const carried = new Map<string, SerializedDocument>();
  for (const { name, pkg } of sources) {
    for (const rec of pkg.recommendations) {
      for (const v of rec.versions) {
        if (hasSameBlocks(v.body)) {
          const parentId = v.parentIds[0]!;
          const parent = carried.get(parentId) ?? storedBody(ctx, stored, parentId, rec.id);
          if (!parent) throw invalid(name, { fr: `version ${v.id}\u00A0: la version précédente ${parentId} manque`, en: `version ${v.id}: earlier version ${parentId} is missing` });
          const outcome = resolveSameBlocks(v.body, parent);
          if (!outcome.ok) {
            const why = outcome.problem === 'unknown_block'
              ? { fr: `le bloc ${outcome.key} n’est pas dans la version précédente`, en: `block ${outcome.key} is not in the earlier version` }
              : describeDocumentProblem(outcome.problem);
            throw invalid(name, { fr: `version ${v.id}\u00A0: ${why.fr}`, en: `version ${v.id}: ${why.en}` });
          }
          v.body = outcome.doc;
        }
        carried.set(v.id, v.body);
      }
    }
  }
}

/** A version read here, its body parsed. */
export interface StoredVersion {
  row: VersionRow;
  body: SerializedDocument;
}

function storedBody(ctx: ServiceContext, stored: Map<string, StoredVersion>, versionId: string, recommendationId: string): SerializedDocument | undefined {
  const known = stored.get(versionId);
  if (known) return known.body;
  const row = ctx.recommendations.version(versionId);
  // A parent is the same recommendation's (checkPrerequisites made sure of it for the ones stored here).
  if (!row || row.recommendationId !== recommendationId) return undefined;
  const body = JSON.parse(row.bodyJson) as SerializedDocument;
  stored.set(versionId, { row, body });
  return body;
}

function invalid(name: string, detail: { fr: string; en: string }): PalabreError {
  return new PalabreError('package_invalid', { fr: `${name}\u00A0: ${detail.fr}`, en: `${name}: ${detail.en}` });
}
