/**
 * One committee: its name (renamable inline), its place in the order, its removal when empty, and
 * its recommendations (those the filters let through), which can be dragged here from anywhere.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Committee, RecommendationSummary } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { ConfirmDialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { ArrowDownIcon, ArrowUpIcon, PencilIcon, PlusIcon, TrashIcon } from '../../components/icons';
import { useWindowedList } from '../../components/windowedList';
import { useI18n } from '../../i18n/context';
import { NewRecommendationForm } from './NewRecommendationForm';
import { DRAG_TYPE, RecommendationRow, type DropSide } from './RecommendationRow';

/** Where a dragged recommendation would land: before a row, or at the end of a committee. */
export interface DropTarget {
  committeeId: string;
  beforeId: string | null;
  side: DropSide;
}

export interface RowActions {
  moveStep(rec: RecommendationSummary, step: -1 | 1, control: string): void;
  moveTo(rec: RecommendationSummary, committeeId: string): void;
  trash(rec: RecommendationSummary): void;
  dropOn(target: DropTarget): void;
}

interface Props {
  meetingId: string;
  committee: Committee;
  committees: Committee[];
  index: number;
  total: number;
  /** Every live recommendation of the committee, in order. */
  all: RecommendationSummary[];
  /** Those the filters show (all of them when no filter is set). */
  shown: RecommendationSummary[];
  filtered: boolean;
  onMove(step: -1 | 1): void;
  onChanged(): Promise<void>;
  onRemove(): void;
  creating: boolean;
  setCreating(open: boolean): void;
  actions: RowActions;
  dragging: string | null;
  setDragging(id: string | null): void;
  dropTarget: DropTarget | null;
  setDropTarget(target: DropTarget | null): void;
  /** A recommendation that must be in the page (focus is about to go to it), wherever it is. */
  keepId: string | null;
}

/** A row of title and details, before it is measured (px). */
const ROW_HEIGHT_ESTIMATE = 64;
/** Rows are rendered this far above and below the screen (px): a fast scroll shows no blank. */
const OVERSCAN_PX = 800;

export function CommitteeBlock(props: Props) {
  const { meetingId, committee, committees, index, total, all, shown, filtered, onMove, onChanged, creating, setCreating, actions } = props;
  const { t, plural } = useI18n();
  const headingId = useId();
  const removeHintId = useId();
  const [renaming, setRenaming] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const others = committees.filter((c) => c.id !== committee.id);
  const empty = all.length === 0;
  // The row holding focus stays in the page when it scrolls away, and so does the one dragged (its
  // drag would end unseen) and the one the list is about to scroll to.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const { listRef, items: windowed } = useWindowedList<HTMLUListElement>({
    ids: shown.map((r) => r.id),
    rowAttribute: 'data-rec',
    estimate: ROW_HEIGHT_ESTIMATE,
    overscan: OVERSCAN_PX,
    keep: [focusedId, props.dragging, props.keepId],
  });

  const endRename = async (changed: boolean) => {
    setRenaming(false);
    if (changed) await onChanged();
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  const dropHere = props.dropTarget?.committeeId === committee.id ? props.dropTarget : null;
  const accepts = (types: readonly string[]) => props.dragging !== null && types.includes(DRAG_TYPE);

  return (
    <section
      className={`committee${dropHere && dropHere.beforeId === null ? ' committee-drop-end' : ''}`}
      aria-labelledby={headingId}
      data-committee={committee.id}
      onDragOver={(event) => {
        if (!accepts(event.dataTransfer.types)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (!dropHere || dropHere.beforeId !== null) props.setDropTarget({ committeeId: committee.id, beforeId: null, side: 'after' });
      }}
      onDrop={(event) => {
        if (!accepts(event.dataTransfer.types)) return;
        event.preventDefault();
        actions.dropOn({ committeeId: committee.id, beforeId: null, side: 'after' });
      }}
    >
      <div className="committee-header">
        <span className="committee-index" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={headingId} className={renaming ? 'visually-hidden' : 'committee-name'}>
          {committee.name}
        </h3>
        {renaming ? (
          <RenameForm committee={committee} onDone={(changed) => void endRename(changed)} />
        ) : (
          <div className="committee-actions">
            {!empty && <span className="committee-count">{plural('committees.recCount', all.length)}</span>}
            <button
              ref={renameButton}
              type="button"
              className="button button-small button-quiet"
              aria-label={t('committees.renameLabel', { name: committee.name })}
              onClick={() => setRenaming(true)}
            >
              <PencilIcon />
              {t('committees.rename')}
            </button>
            <button
              type="button"
              className="icon-button"
              data-move={`up-${committee.id}`}
              aria-label={t('committees.moveUp', { name: committee.name })}
              title={t('committees.moveUp', { name: committee.name })}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              <ArrowUpIcon />
            </button>
            <button
              type="button"
              className="icon-button"
              data-move={`down-${committee.id}`}
              aria-label={t('committees.moveDown', { name: committee.name })}
              title={t('committees.moveDown', { name: committee.name })}
              disabled={index === total - 1}
              onClick={() => onMove(1)}
            >
              <ArrowDownIcon />
            </button>
            {/* Disabled but focusable while not empty, so that the reason can be heard and read. */}
            <button
              type="button"
              className="icon-button icon-button-danger"
              data-remove={committee.id}
              aria-label={t('committees.remove', { name: committee.name })}
              title={empty ? t('committees.remove', { name: committee.name }) : plural('committees.removeBlocked', all.length)}
              aria-disabled={!empty || undefined}
              aria-describedby={empty ? undefined : removeHintId}
              onClick={() => {
                if (empty) setConfirmRemove(true);
              }}
            >
              <TrashIcon />
            </button>
            {!empty && (
              <span id={removeHintId} className="visually-hidden">
                {plural('committees.removeBlocked', all.length)}
              </span>
            )}
          </div>
        )}
      </div>

      {empty ? (
        <p className={`empty-note${dropHere ? ' drop-note' : ''}`}>{t(props.dragging ? 'committees.dropHere' : 'committees.noRecommendations')}</p>
      ) : shown.length === 0 ? (
        <p className="empty-note">{t('committees.noneMatch')}</p>
      ) : (
        <ul
          ref={listRef}
          className="rec-list"
          aria-label={t('committees.recList', { name: committee.name })}
          onFocus={(event) => {
            const id = (event.target as HTMLElement).closest<HTMLElement>('[data-rec]')?.dataset.rec ?? null;
            if (id !== focusedId) setFocusedId(id);
          }}
        >
          {windowed.map((item) => {
            if (item.kind === 'gap') return <li key={item.key} className="window-gap" aria-hidden="true" style={{ height: item.height }} />;
            const position = item.index;
            const rec = shown[position]!;
            const place = all.findIndex((r) => r.id === rec.id);
            const side = dropHere && dropHere.beforeId === rec.id ? dropHere.side : null;
            return (
              <RecommendationRow
                key={rec.id}
                meetingId={meetingId}
                rec={rec}
                // Only the rows near the screen are in the page: each says where it is in the whole list.
                posInSet={position + 1}
                setSize={shown.length}
                // Among the rows shown: with a filter, "up" passes the previous row shown.
                canMoveUp={filtered ? position > 0 : place > 0}
                canMoveDown={filtered ? position < shown.length - 1 : place < all.length - 1}
                otherCommittees={others}
                onMoveUp={(control) => actions.moveStep(rec, -1, control)}
                onMoveDown={(control) => actions.moveStep(rec, 1, control)}
                onMoveTo={(committeeId) => actions.moveTo(rec, committeeId)}
                onTrash={() => actions.trash(rec)}
                dragging={props.dragging === rec.id}
                dropSide={side}
                onDragStart={() => props.setDragging(rec.id)}
                onDragEnd={() => {
                  props.setDragging(null);
                  props.setDropTarget(null);
                }}
                onDragOverRow={(s) => {
                  if (!side || side !== s) props.setDropTarget({ committeeId: committee.id, beforeId: rec.id, side: s });
                }}
                onDropOnRow={(s) => actions.dropOn({ committeeId: committee.id, beforeId: rec.id, side: s })}
              />
            );
          })}
        </ul>
      )}

      {creating ? (
        <NewRecommendationForm
          meetingId={meetingId}
          committeeId={committee.id}
          onCancel={() => {
            setCreating(false);
            requestAnimationFrame(() => newButton.current?.focus());
          }}
        />
      ) : (
        <button
          ref={newButton}
          type="button"
          className="button button-small add-rec"
          aria-keyshortcuts="Control+Alt+N"
          onClick={() => setCreating(true)}
        >
          <PlusIcon />
          {t('newRec.button')}
        </button>
      )}

      {confirmRemove && (
        <ConfirmDialog
          title={t('committees.removeTitle')}
          message={t('committees.removeMessage', { name: committee.name })}
          confirmLabel={t('committees.removeConfirm')}
          cancelLabel={t('committees.cancel')}
          danger
          onConfirm={() => {
            setConfirmRemove(false);
            props.onRemove();
          }}
          onCancel={() => setConfirmRemove(false)}
        />
      )}
    </section>
  );
}

function RenameForm({ committee, onDone }: { committee: Committee; onDone(changed: boolean): void }) {
  const { t, locale } = useI18n();
  const [name, setName] = useState(committee.name);
  const [error, setError] = useState<ErrorValue | 'required' | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = name.trim();
    if (!clean) return setError('required');
    if (clean === committee.name) return onDone(false);
    const result = await settle(() => api().committee.rename({ committeeId: committee.id, name: clean }));
    if (!result.ok) return setError(result.error);
    onDone(true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone(false);
    }
  };

  return (
    <form className="inline-form rename-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <TextField
        inputRef={input}
        label={t('committees.name')}
        value={name}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        error={error === 'required' ? t('committees.nameRequired') : error ? error.message[locale] : null}
      />
      <button type="submit" className="button button-small button-primary">
        {t('committees.saveName')}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => onDone(false)}>
        {t('committees.cancel')}
      </button>
    </form>
  );
}
