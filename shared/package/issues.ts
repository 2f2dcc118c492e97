/**
 * The package's own checks (references inside the file), worded in both languages. The schema
 * raises them with the issue's kind and values in `params`, so that the French message is French
 * throughout rather than zod's French around an English sentence.
 */
import type { Localized } from '../domain/types';

export const PACKAGE_ISSUE_PARAM = 'packageIssue';

const ISSUES = {
  parent_not_earlier: {
    fr: 'version {id}\u00A0: le parent {other} n’est pas une version antérieure',
    en: 'version {id}: parent {other} is not an earlier version',
  },
  head_unknown: { fr: 'la version courante {id} n’est pas parmi les versions', en: 'head {id} is not one of the versions' },
  trash_head_unknown: { fr: 'corbeille\u00A0: la version {id} n’est pas parmi les versions', en: 'trash: head {id} is not one of the versions' },
  no_versions: { fr: 'recommandation {id}\u00A0: aucune version', en: 'recommendation {id}: no version' },
  basis_not_contribution: {
    fr: 'seule une contribution (format\u00A03) peut s’appuyer sur un autre paquet',
    en: 'only a contribution (format 3) can build on another package',
  },
  needs_format_4: {
    fr: 'l’ordre des commissions et les retraits ne s’écrivent qu’en format\u00A04 (ce fichier dit format\u00A0{id})',
    en: 'the order of committees and removals are written in format 4 only (this file says format {id})',
  },
  needs_format_5: {
    fr: 'les blocs repris d’une version précédente ne s’écrivent qu’en format\u00A05 (ce fichier dit format\u00A0{id})',
    en: 'blocks taken from an earlier version are written in format 5 only (this file says format {id})',
  },
  needs_format_6: {
    fr: 'une fusion de plus de deux versions ne s’écrit qu’en format\u00A06 (ce fichier dit format\u00A0{id})',
    en: 'a merge of more than two versions is written in format 6 only (this file says format {id})',
  },
  needs_format_7: {
    fr: 'la réouverture d’un fil de commentaires ne s’écrit qu’en format\u00A07 (ce fichier dit format\u00A0{id})',
    en: 'a comment thread reopened is written in format 7 only (this file says format {id})',
  },
  same_blocks_without_parent: {
    fr: 'version {id}\u00A0: reprend des blocs mais n’a pas de version précédente',
    en: 'version {id}: takes blocks from an earlier version but has none',
  },
  too_many_versions: { fr: 'trop de versions ({id})', en: 'too many versions ({id})' },
  unknown_delegation: { fr: 'participant {id}\u00A0: délégation inconnue', en: 'participant {id}: unknown delegation' },
  unknown_committee: { fr: 'recommandation {id}\u00A0: commission inconnue', en: 'recommendation {id}: unknown committee' },
  version_unknown_committee: { fr: 'version {id}\u00A0: commission inconnue', en: 'version {id}: unknown committee' },
  comment_unknown_recommendation: { fr: 'commentaire {id}\u00A0: recommandation inconnue', en: 'comment {id}: unknown recommendation' },
  amendment_unknown_target: { fr: 'amendement {id}\u00A0: recommandation ou version inconnue', en: 'amendment {id}: unknown recommendation or version' },
} as const satisfies Record<string, Localized>;

export type PackageIssueKind = keyof typeof ISSUES;

interface IssueValues {
  id: string;
  other?: string;
}

function fill(template: string, values: IssueValues): string {
  return template.replace('{id}', values.id).replace('{other}', values.other ?? '');
}

/** What the schema passes to `ctx.addIssue`: an English message, and the kind and values to word it again. */
export function packageIssue(kind: PackageIssueKind, values: IssueValues) {
  return { code: 'custom' as const, message: fill(ISSUES[kind].en, values), params: { [PACKAGE_ISSUE_PARAM]: { kind, values } } };
}

/** The issue in the reader's language, or undefined when it is not one of the package's own. */
export function describePackageIssue(params: Record<string, unknown> | undefined, locale: keyof Localized): string | undefined {
  const issue = params?.[PACKAGE_ISSUE_PARAM] as { kind: PackageIssueKind; values: IssueValues } | undefined;
  return issue ? fill(ISSUES[issue.kind][locale], issue.values) : undefined;
}
