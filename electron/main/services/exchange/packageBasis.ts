/**
 * Thin contributions (shared/package/README.md, "Thin contributions"), like bundles that name their
 * prerequisites: a contribution carries only the versions made since the whole package its sender
 * took in (its basis), and names the heads it builds on. Here:
 * - recordBasis: a whole meeting or consolidated package taken in, or written, becomes the meeting's
 *   basis on this machine — a package every machine of the meeting is expected to hold — with a
 *   fingerprint of each comment and amendment it carried (discussionFingerprint);
 * - checkPrerequisites: before anything is written, every version a thin package names without
 *   carrying it must be here (or come with an earlier file of the same batch); otherwise the whole
 *   import is refused, naming the package to import first.
 */
import { createHash } from 'node:crypto';
import type { Localized } from '../../../../shared/domain/types';
import { PalabreError } from '../../../../shared/errors';
import type { PackageAmendment, PackageBasis, PackageComment, PalabrePackage } from '../../../../shared/package/format';
import { canonicalJson } from '../../../../shared/package/read';
import type { ServiceContext } from '../context';
import type { PackageSource } from './importPackage';

/** A whole meeting or consolidated package becomes the basis of the contributions written here. */
export function recordBasis(ctx: ServiceContext, pkg: PalabrePackage): void {
  if (pkg.basis !== undefined || (pkg.kind !== 'meeting' && pkg.kind !== 'consolidated')) return;
  const heads = new Map<string, string>();
  for (const rec of pkg.recommendations) {
    if (ctx.exchange.versionRecommendation(rec.headVersionId) === rec.id) heads.set(rec.id, rec.headVersionId);
  }
  const discussion = new Map<string, string>();
  for (const item of [...pkg.comments, ...pkg.amendments]) discussion.set(item.id, discussionFingerprint(item));
  ctx.bases.replace(
    { meetingId: pkg.meeting.id, digest: pkg.digest.value, kind: pkg.kind, createdAt: pkg.createdAt, createdById: pkg.createdBy?.id ?? null, createdByName: pkg.createdBy?.name ?? null },
    heads,
    discussion,
  );
}

/**
 * A comment or an amendment as a package carries it, in 128 bits: equal for equal content whatever
 * the order of its keys. A thin contribution leaves out what has its basis's fingerprint; any change
 * (an edit, a resolution, a deletion, a decision) changes it, and the item travels again.
 */
export function discussionFingerprint(item: PackageComment | PackageAmendment): string {
  return createHash('sha256').update(canonicalJson(item), 'utf8').digest('base64url').slice(0, 22);
}

/** The versions a thin package names without carrying them, each with the recommendation it must belong to. */
function outsideVersions(pkg: PalabrePackage): Array<[versionId: string, recommendationId: string]> {
  const out: Array<[string, string]> = [];
  for (const h of pkg.basis?.heads ?? []) out.push([h.versionId, h.recommendationId]);
  for (const rec of pkg.recommendations) {
    const carried = new Set<string>();
    for (const v of rec.versions) carried.add(v.id);
    // No closure per recommendation: this runs for every one of every file.
    const needed = [rec.headVersionId, ...(rec.trash ? [rec.trash.headVersionId] : [])];
    for (const v of rec.versions) for (const p of v.parentIds) needed.push(p);
    for (const id of needed) if (!carried.has(id)) out.push([id, rec.id]);
  }
  return out;
}

/**
 * Refuses the batch when one of its thin packages builds on versions this database lacks. Files are
 * taken in order, so a basis imported in the same batch, before the contribution, is enough.
 */
export function checkPrerequisites(ctx: ServiceContext, sources: readonly PackageSource[]): void {
  // Version id → its recommendation, for what this database has (as checked) or an earlier file brings.
  const present = new Map<string, string>();
  for (const { name, pkg } of sources) {
    if (pkg.basis !== undefined) {
      for (const [versionId, recommendationId] of outsideVersions(pkg)) {
        let owner = present.get(versionId);
        if (owner === undefined) {
          owner = ctx.exchange.versionRecommendation(versionId);
          if (owner !== undefined) present.set(versionId, owner);
        }
        if (owner !== recommendationId) throw new PalabreError('package_needs_basis', describeBasis(name, pkg.basis.package));
      }
    }
    for (const rec of pkg.recommendations) for (const v of rec.versions) present.set(v.id, rec.id);
  }
}

function describeBasis(name: string, basis: PackageBasis['package']): Localized {
  const when = `${basis.createdAt.slice(0, 10)} ${basis.createdAt.slice(11, 16)} UTC`;
  const digest = `${basis.digest.slice(0, 12)}…`;
  const by = basis.createdBy?.name;
  return {
    fr: `${name} s’appuie sur le ${basis.kind === 'meeting' ? 'paquet de réunion' : 'paquet consolidé'} du ${when}${by ? ` de ${by}` : ''} (empreinte ${digest})`,
    en: `${name} builds on the ${basis.kind === 'meeting' ? 'meeting package' : 'consolidated package'} of ${when}${by ? ` by ${by}` : ''} (digest ${digest})`,
  };
}
