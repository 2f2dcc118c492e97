/**
 * Reading a document diff back: each side's runs (for a side-by-side view, and to check that a diff
 * holds both texts exactly), and a plain-text redline for the command line, in the manner of
 * `git diff --word-diff`: « [-supprimé-]{+ajouté+} », « {~reformaté~} ».
 */
import type { Locale, Localized } from '../domain/types';
import type { ParagraphKind } from '../document/paragraphKind';
import type { BlockDiff, DiffRun, DocumentDiff } from './types';

export type DiffSide = 'old' | 'new';

/** The runs of one side of a block: a format run takes that side's format. */
export function sideRuns(block: BlockDiff, side: DiffSide): DiffRun[] {
  const out: DiffRun[] = [];
  for (const run of block.runs) {
    if (run.kind === (side === 'old' ? 'insert' : 'delete')) continue;
    const format = run.kind === 'format' && side === 'old' ? (run.oldFormat ?? 0) : run.format;
    out.push({ ...run, format });
  }
  return out;
}

export interface SideBlock {
  uid: string | null;
  type: string;
  kind: ParagraphKind;
  text: string;
  runs: DiffRun[];
}

/** The blocks of one side, in that side's reading order. */
export function sideBlocks(diff: DocumentDiff, side: DiffSide): SideBlock[] {
  const present = diff.blocks.filter((b) => (side === 'old' ? b.oldIndex !== null : b.newIndex !== null));
  const index = (b: BlockDiff) => (side === 'old' ? b.oldIndex! : b.newIndex!);
  return present
    .sort((a, b) => index(a) - index(b))
    .map((b) => {
      const runs = sideRuns(b, side);
      return {
        uid: side === 'old' ? b.oldUid : b.newUid,
        type: side === 'old' ? (b.oldType ?? b.type) : b.type,
        kind: side === 'old' ? (b.oldKind ?? b.kind) : b.kind,
        text: runs.map((r) => r.text).join(''),
        runs,
      };
    });
}

const MARKS = {
  insert: ['{+', '+}'],
  delete: ['[-', '-]'],
  format: ['{~', '~}'],
} as const;

const MOVED: Localized = { fr: 'déplacé', en: 'moved' };
const KIND: Readonly<Record<ParagraphKind, Localized>> = {
  preambular: { fr: 'préambule', en: 'preambular' },
  operative: { fr: 'dispositif', en: 'operative' },
};

/** One line of redline for a list of runs. */
export function renderRuns(runs: readonly DiffRun[]): string {
  return runs.map((run) => (run.kind === 'equal' ? run.text : `${MARKS[run.kind][0]}${run.text}${MARKS[run.kind][1]}`)).join('');
}

/**
 * The redline as text: one paragraph per block, blank lines between them; a moved block or a
 * change of paragraph kind is said in brackets before the text. With `changedOnly`, unchanged
 * blocks are left out.
 */
export function renderDiffText(diff: DocumentDiff, locale: Locale, options: { changedOnly?: boolean } = {}): string {
  return diff.blocks
    .filter((b) => !options.changedOnly || b.status !== 'unchanged')
    .map((block) => {
      const notes: string[] = [];
      if (block.status === 'moved') notes.push(MOVED[locale]);
      if (block.oldKind && block.oldKind !== block.kind) notes.push(`${KIND[block.oldKind][locale]} → ${KIND[block.kind][locale]}`);
      const prefix = notes.length > 0 ? `(${notes.join(', ')}) ` : '';
      return prefix + renderRuns(block.runs);
    })
    .join('\n\n');
}
