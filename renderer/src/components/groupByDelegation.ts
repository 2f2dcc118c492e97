import type { Participant } from '../../../shared/domain/types';
import { compareFrench } from '../../../shared/text';

/** Participants by delegation, delegations and names in French collation (« Ouédraogo » with the O's). */
export function groupByDelegation(participants: readonly Participant[]): Array<[string, Participant[]]> {
  const groups = new Map<string, Participant[]>();
  for (const person of participants) groups.set(person.delegation, [...(groups.get(person.delegation) ?? []), person]);
  return [...groups.entries()]
    .sort(([a], [b]) => compareFrench(a, b))
    .map(([delegation, people]) => [delegation, [...people].sort((a, b) => compareFrench(a.name, b.name))]);
}
