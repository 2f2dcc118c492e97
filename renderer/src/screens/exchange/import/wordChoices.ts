/**
 * The rapporteur's choices on a Word file's preview, in the form the import takes them: which
 * committee each recommendation goes to (one the file names, existing or new, or any committee of
 * the meeting), and the name of each committee the import would create. Pure: the preview screen
 * and its tests share it.
 */
import type { DocxCommitteeChoice, DocxImportChoices, DocxPreview } from '../../../../../shared/docxImport/preview';
import { comparisonKey } from '../../../../../shared/domain/fields';
import type { Committee } from '../../../../../shared/domain/types';

/** `key:c1` for a committee of the preview, `id:…` for another committee of the meeting. */
export type CommitteeTarget = string;

export const previewTarget = (key: string): CommitteeTarget => `key:${key}`;
export const meetingTarget = (id: string): CommitteeTarget => `id:${id}`;

export interface TargetOption {
  value: CommitteeTarget;
  name: string;
  /** Created by the import (a committee the file names that the meeting lacks). */
  isNew: boolean;
}

/** The committees a recommendation can go to: the file's, then the meeting's others, in their order. */
export function targetOptions(preview: DocxPreview, committees: readonly Committee[], names: Readonly<Record<string, string>>): TargetOption[] {
  const matched = new Set(preview.committees.map((c) => c.existingId).filter((id): id is string => id !== null));
  return [
    ...preview.committees.map((c) => ({ value: previewTarget(c.key), name: c.existingId ? c.name : (names[c.key] ?? c.name), isNew: c.existingId === null })),
    ...committees.filter((c) => !matched.has(c.id)).map((c) => ({ value: meetingTarget(c.id), name: c.name, isNew: false })),
  ];
}

/** Where each recommendation goes now: the proposal unless the rapporteur chose another. */
export function targetOf(preview: DocxPreview, targets: Readonly<Record<number, CommitteeTarget>>, index: number): CommitteeTarget {
  return targets[index] ?? previewTarget(preview.recommendations.find((r) => r.index === index)!.committeeKey);
}

/** How many of the recommendations kept go to each target. */
export function countsByTarget(preview: DocxPreview, skip: readonly number[], targets: Readonly<Record<number, CommitteeTarget>>): Map<CommitteeTarget, number> {
  const counts = new Map<CommitteeTarget, number>();
  for (const r of preview.recommendations) {
    if (skip.includes(r.index)) continue;
    const target = targetOf(preview, targets, r.index);
    counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return counts;
}

export type NameProblem = { kind: 'empty' } | { kind: 'taken'; name: string };

/**
 * What is wrong with the names of the committees the import would create (only those that some
 * kept recommendation goes to): empty, or the name of another committee, here or new.
 */
export function nameProblems(
  preview: DocxPreview,
  committees: readonly Committee[],
  choice: { skip: readonly number[]; targets: Readonly<Record<number, CommitteeTarget>>; names: Readonly<Record<string, string>> },
): Map<string, NameProblem> {
  const used = countsByTarget(preview, choice.skip, choice.targets);
  const created = preview.committees.filter((c) => c.existingId === null && (used.get(previewTarget(c.key)) ?? 0) > 0);
  const problems = new Map<string, NameProblem>();
  const nameOf = (key: string, fallback: string) => (choice.names[key] ?? fallback).trim();
  for (const c of created) {
    const name = nameOf(c.key, c.name);
    if (name === '') {
      problems.set(c.key, { kind: 'empty' });
      continue;
    }
    const same = committees.find((k) => comparisonKey(k.name) === comparisonKey(name));
    const twin = created.find((o) => o.key !== c.key && comparisonKey(nameOf(o.key, o.name)) === comparisonKey(name));
    if (same || twin) problems.set(c.key, { kind: 'taken', name: same?.name ?? name });
  }
  return problems;
}

/** The choices sent with the import: only what differs from the proposal. */
export function committeeChoices(
  preview: DocxPreview,
  choice: { skip: readonly number[]; targets: Readonly<Record<number, CommitteeTarget>>; names: Readonly<Record<string, string>> },
): Pick<DocxImportChoices, 'committees' | 'committeeNames'> {
  const committees: Record<string, DocxCommitteeChoice> = {};
  for (const r of preview.recommendations) {
    const target = choice.targets[r.index];
    if (choice.skip.includes(r.index) || target === undefined || target === previewTarget(r.committeeKey)) continue;
    committees[String(r.index)] = target.startsWith('id:') ? { committeeId: target.slice(3) } : { committeeKey: target.slice(4) };
  }
  const committeeNames: Record<string, string> = {};
  for (const c of preview.committees) {
    const name = choice.names[c.key]?.replace(/\s+/g, ' ').trim();
    if (c.existingId === null && name && name !== c.name) committeeNames[c.key] = name;
  }
  return {
    ...(Object.keys(committees).length > 0 ? { committees } : {}),
    ...(Object.keys(committeeNames).length > 0 ? { committeeNames } : {}),
  };
}
