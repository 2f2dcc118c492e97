/**
 * Writing a package's versions into this database: each with its own id, author and parents, as it
 * was written on the machine it comes from. An id already owned by another record here is refused.
 */
import { fieldsToJson } from '../../../../shared/domain/fields';
import { PalabreError } from '../../../../shared/errors';
import { documentJson } from '../../../../shared/merge/document';
import type { SerializedDocument } from '../../../../shared/document/lexicalJson';
import type { PackageRecommendation, PackageVersion } from '../../../../shared/package/format';
import type { ServiceContext } from '../context';
import type { Dag } from './dag';

/** A package naming, for one of its records, an id that belongs to another meeting (or recommendation) here. */
export function foreign(what: string, id: string): PalabreError {
  return new PalabreError('package_invalid', { fr: `${what} ${id} appartient à une autre réunion ici`, en: `${what} ${id} belongs to another meeting here` });
}

/**
 * Writes the package's versions that are not here yet, parents first (and into `dag` when given).
 * Returns their ids. `parsed`: a version this batch already has parsed (its parent, most often),
 * whose equal blocks lend their serialisation to the version written (documentJson).
 */
export function insertVersions(ctx: ServiceContext, rec: PackageRecommendation, dag?: Dag, parsed?: (versionId: string) => SerializedDocument | undefined): Set<string> {
  const written = new Set<string>();
  // The package's own versions, parents first: a new laptop taking in a meeting package writes forty
  // versions of each recommendation, each made from the one before (whose blocks it has, shared).
  const carried = new Map<string, SerializedDocument>();
  for (const v of rec.versions) {
    carried.set(v.id, v.body);
    const owner = ctx.exchange.versionRecommendation(v.id);
    if (owner !== undefined) {
      if (owner !== rec.id) throw foreign('version', v.id);
      continue;
    }
    const parentId = v.parentIds[0];
    insertVersion(ctx, rec.id, v, parentId === undefined ? undefined : (carried.get(parentId) ?? parsed?.(parentId)));
    if (dag && v.parentIds.length > 0) dag.parents.set(v.id, [...v.parentIds]);
    written.add(v.id);
  }
  return written;
}

function insertVersion(ctx: ServiceContext, recommendationId: string, v: PackageVersion, parent: SerializedDocument | undefined): void {
  ctx.recommendations.insertVersion(
    {
      id: v.id,
      recommendationId,
      title: v.title,
      bodyJson: documentJson(v.body, parent),
      fieldsJson: fieldsToJson(v.fields),
      authorId: v.authorId,
      authorName: v.authorName,
      origin: v.origin,
      createdAt: v.createdAt,
      coauthorsJson: JSON.stringify(v.coauthors),
    },
    v.parentIds,
  );
}
