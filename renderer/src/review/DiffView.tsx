/**
 * A word diff drawn for a reader: inline (insertions underlined in green, deletions struck in red,
 * reformatted text outlined) or side by side (the old text on the left, the new on the right, row
 * by row). Built as React elements from the structured diff of shared/diff, never as markup.
 *
 * Colour is never the only carrier: insertions are underlined and deletions struck through, and
 * each carries a hidden word for screen readers.
 */
import type { ReactNode } from 'react';
import { TEXT_FORMAT } from '../../../shared/document/lexicalJson';
import { sideRuns, type DiffSide } from '../../../shared/diff/render';
import type { BlockDiff, DiffRun, DocumentDiff } from '../../../shared/diff/types';
import { useI18n } from '../i18n/context';

/** A decision on an amendment's change: shown on its runs and blocks. */
export type HunkDecision = 'accept' | 'reject';

interface DecisionProps {
  /** Decisions by hunk id (amendment review); absent: a plain comparison. */
  decisions?: Readonly<Record<string, HunkDecision | undefined>>;
  /** The hunk the reader is looking at (outlined). */
  activeHunk?: string | null;
}

export function formatClasses(format: number): string {
  const classes: string[] = [];
  if (format & TEXT_FORMAT.bold) classes.push('doc-bold');
  if (format & TEXT_FORMAT.italic) classes.push('doc-italic');
  const underline = (format & TEXT_FORMAT.underline) !== 0;
  const strike = (format & TEXT_FORMAT.strikethrough) !== 0;
  if (underline && strike) classes.push('doc-underline-strike');
  else if (underline) classes.push('doc-underline');
  else if (strike) classes.push('doc-strike');
  return classes.join(' ');
}

function hunkClass(hunkId: string | undefined, { decisions, activeHunk }: DecisionProps): string {
  if (!hunkId || !decisions) return '';
  const decision = decisions[hunkId];
  const state = decision === 'accept' ? ' hunk-accepted' : decision === 'reject' ? ' hunk-rejected' : ' hunk-pending';
  return `${state}${activeHunk === hunkId ? ' hunk-active' : ''}`;
}

/** The runs of a block (or of the title) with their marks. */
export function DiffRuns({ runs, ...decisionProps }: { runs: readonly DiffRun[] } & DecisionProps) {
  const { t } = useI18n();
  return (
    <>
      {runs.map((run, index) => {
        const format = formatClasses(run.format);
        const extra = hunkClass(run.hunkId, decisionProps);
        const data = run.hunkId ? { 'data-hunk': run.hunkId } : {};
        switch (run.kind) {
          case 'equal':
            return (
              <span key={index} className={format || undefined}>
                {run.text}
              </span>
            );
          case 'insert':
            return (
              <ins key={index} className={`diff-ins ${format}${extra}`} {...data}>
                <span className="visually-hidden">{t('diff.srInserted')}</span>
                {run.text}
              </ins>
            );
          case 'delete':
            return (
              <del key={index} className={`diff-del ${format}${extra}`} {...data}>
                <span className="visually-hidden">{t('diff.srDeleted')}</span>
                {run.text}
              </del>
            );
          case 'format':
            return (
              <span key={index} className={`diff-format ${format}${extra}`} title={t('diff.formatChanged')} {...data}>
                <span className="visually-hidden">{t('diff.srFormat')}</span>
                {run.text}
              </span>
            );
        }
      })}
    </>
  );
}

function blockClass(block: BlockDiff, side: DiffSide | 'inline', decisionProps: DecisionProps): string {
  const type = side === 'old' ? (block.oldType ?? block.type) : block.type;
  const kind = side === 'old' ? (block.oldKind ?? block.kind) : block.kind;
  const classes = ['diff-block', `diff-type-${type}`, `diff-kind-${kind}`];
  if (side === 'inline' || (side === 'new' && block.status === 'added') || (side === 'old' && block.status === 'removed')) {
    classes.push(`diff-block-${block.status}`);
  }
  if (side === 'new' && block.status === 'moved') classes.push('diff-block-moved');
  return classes.join(' ') + hunkClass(block.hunkId, decisionProps) + (block.styleHunkId ? hunkClass(block.styleHunkId, decisionProps) : '');
}

function BlockNote({ block }: { block: BlockDiff }) {
  const { t } = useI18n();
  const notes: string[] = [];
  if (block.status === 'added') notes.push(t('diff.blockAdded'));
  if (block.status === 'removed') notes.push(t('diff.blockRemoved'));
  if (block.status === 'moved') notes.push(t('diff.blockMoved'));
  if (block.oldType && block.oldType !== block.type) notes.push(t('diff.blockRestyled'));
  if (block.oldKind && block.oldKind !== block.kind) notes.push(t(block.kind === 'preambular' ? 'diff.becamePreambular' : 'diff.becameOperative'));
  if (notes.length === 0) return null;
  return <span className="diff-block-note">{notes.join(' · ')}</span>;
}

function InlineBlock({ block, ...decisionProps }: { block: BlockDiff } & DecisionProps) {
  const data = block.hunkId ? { 'data-hunk': block.hunkId } : {};
  return (
    <div className={blockClass(block, 'inline', decisionProps)} {...data}>
      <BlockNote block={block} />
      <DiffRuns runs={block.runs} {...decisionProps} />
    </div>
  );
}

function SideCell({ block, side, ...decisionProps }: { block: BlockDiff; side: DiffSide } & DecisionProps) {
  const present = side === 'old' ? block.oldIndex !== null : block.newIndex !== null;
  if (!present) return <div className="diff-side-cell diff-side-empty" aria-hidden="true" />;
  return (
    <div className="diff-side-cell">
      <div className={blockClass(block, side, decisionProps)}>
        {side === 'new' && <BlockNote block={block} />}
        <DiffRuns runs={sideRuns(block, side)} {...decisionProps} />
      </div>
    </div>
  );
}

interface Props extends DecisionProps {
  diff: DocumentDiff;
  mode: 'inline' | 'side';
  /** Labels of the two columns in side-by-side mode. */
  oldLabel?: string;
  newLabel?: string;
  /** Unchanged blocks are folded into a line when true. */
  changedOnly?: boolean;
  className?: string;
}

/** The body of a comparison. */
export function DiffView({ diff, mode, oldLabel, newLabel, changedOnly, className, ...decisionProps }: Props) {
  const { t, plural } = useI18n();
  const rows: ReactNode[] = [];
  let folded = 0;
  const flushFolded = (key: string) => {
    if (folded === 0) return;
    rows.push(
      <p key={key} className="diff-folded">
        {plural('diff.unchangedParagraphs', folded)}
      </p>,
    );
    folded = 0;
  };
  diff.blocks.forEach((block, index) => {
    if (changedOnly && block.status === 'unchanged') {
      folded++;
      return;
    }
    flushFolded(`fold-${index}`);
    if (mode === 'inline') rows.push(<InlineBlock key={index} block={block} {...decisionProps} />);
    else
      rows.push(
        <div key={index} className="diff-side-row">
          <SideCell block={block} side="old" {...decisionProps} />
          <SideCell block={block} side="new" {...decisionProps} />
        </div>,
      );
  });
  flushFolded('fold-end');

  if (mode === 'inline') return <div className={`diff diff-inline document-text${className ? ` ${className}` : ''}`}>{rows}</div>;
  return (
    <div className={`diff diff-side document-text${className ? ` ${className}` : ''}`}>
      <div className="diff-side-row diff-side-head" aria-hidden="true">
        <div className="diff-side-cell">{oldLabel ?? t('diff.before')}</div>
        <div className="diff-side-cell">{newLabel ?? t('diff.after')}</div>
      </div>
      {rows}
    </div>
  );
}

/** The counts of a comparison, in words. */
export function DiffSummary({ diff }: { diff: DocumentDiff }) {
  const { plural } = useI18n();
  const parts: string[] = [];
  if (diff.stats.insertedWords) parts.push(plural('diff.wordsInserted', diff.stats.insertedWords));
  if (diff.stats.deletedWords) parts.push(plural('diff.wordsDeleted', diff.stats.deletedWords));
  if (diff.stats.added) parts.push(plural('diff.paragraphsAdded', diff.stats.added));
  if (diff.stats.removed) parts.push(plural('diff.paragraphsRemoved', diff.stats.removed));
  if (diff.stats.moved) parts.push(plural('diff.paragraphsMoved', diff.stats.moved));
  if (parts.length === 0) return null;
  return <p className="diff-summary muted small">{parts.join(' · ')}</p>;
}
