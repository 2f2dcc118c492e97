/** The shape of the demo script: who takes part, and how each recommendation was drafted, amended and decided. */
import type { Priority, RecommendationStatus } from '../../../../shared/domain/types';

export type DemoCommitteeKey = 'earlyWarning' | 'diplomats' | 'informationExchange';

/** Short keys for the demo's participants, so the script reads like a record of who did what. */
export type DemoPersonKey =
  | 'diarra'
  | 'coulibaly'
  | 'sangare'
  | 'toure'
  | 'ouedraogo'
  | 'zongo'
  | 'sawadogo'
  | 'yameogo'
  | 'abdou'
  | 'mahamadou'
  | 'hamani'
  | 'garba'
  | 'dembele'
  | 'cisse'
  | 'sidibe';

/**
 * A later version of a recommendation, saved by another participant. Edits are written as
 * replacements inside the existing paragraphs (and paragraphs added at the end) rather than as a
 * whole new text, so unchanged paragraphs keep their stable ids, as they would in the editor.
 */
export interface DemoRevision {
  by: DemoPersonKey;
  title?: string;
  /** [text to find, replacement]; the text must occur in the current version. */
  replace?: ReadonlyArray<readonly [string, string]>;
  /** New paragraphs, placed after the paragraph containing `after` (default: after the last one). */
  add?: ReadonlyArray<{ text: string; after?: string }>;
}

export interface DemoRecommendation {
  committee: DemoCommitteeKey;
  by: DemoPersonKey;
  title: string;
  addressees: readonly string[];
  leadActors: readonly string[];
  horizon: string;
  deadline?: string;
  priority: Priority;
  /** Where the meeting left it (default: draft). Reached step by step through the workflow. */
  status?: RecommendationStatus;
  /**
   * One string per paragraph. Written with ordinary spaces: the meeting's French typography is
   * applied on save. Preambular paragraphs (« Considérant… ») are recognised by their opening.
   */
  body: readonly string[];
  revisions?: readonly DemoRevision[];
}
