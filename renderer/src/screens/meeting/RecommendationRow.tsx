/**
 * One recommendation in its committee's list: number, title, status, author and delegation,
 * addressees; and what can be done to it from the list: drag by the handle, move up or down (buttons,
 * or Alt+↑ / Alt+↓ anywhere in the row), move to another committee, put in the trash.
 */
import type { DragEvent, KeyboardEvent } from 'react';
import type { Committee, RecommendationSummary } from '../../../../shared/domain/types';
import { MenuButton } from '../../components/MenuButton';
import { ArrowDownIcon, ArrowUpIcon, GripIcon, MoveToIcon, TrashIcon } from '../../components/icons';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';
import { useOpenConflictsOf } from '../exchange/openConflicts';

export const DRAG_TYPE = 'application/x-palabre-recommendation';

export type DropSide = 'before' | 'after';

interface Props {
  meetingId: string;
  rec: RecommendationSummary;
  /** Its place in the committee's list (1-based) and the list's length, for screen readers. */
  posInSet: number;
  setSize: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** The committees it can be moved to (all but its own), in order. */
  otherCommittees: Committee[];
  /** `control`: the control that has focus and should have it again once the list is redrawn. */
  onMoveUp(control: string): void;
  onMoveDown(control: string): void;
  onMoveTo(committeeId: string): void;
  onTrash(): void;
  dragging: boolean;
  dropSide: DropSide | null;
  onDragStart(): void;
  onDragEnd(): void;
  onDragOverRow(side: DropSide): void;
  onDropOnRow(side: DropSide): void;
}

export function RecommendationRow(props: Props) {
  const { meetingId, rec, canMoveUp, canMoveDown, otherCommittees, dragging, dropSide } = props;
  const { t, plural } = useI18n();
  const openConflicts = useOpenConflictsOf(rec.id);
  const title = rec.title;
  const number = rec.number ? t('rec.number', { number: rec.number }) : t('rec.unnumbered');

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    // Inside an open menu, arrows belong to the menu.
    if ((event.target as HTMLElement).closest('[role="menu"]')) return;
    event.preventDefault();
    // Focus stays where it was in the row (the title link, or a button).
    const control = (event.target as HTMLElement).closest<HTMLElement>('[data-focus]')?.dataset.focus ?? 'link';
    if (event.key === 'ArrowUp' && canMoveUp) props.onMoveUp(control);
    else if (event.key === 'ArrowDown' && canMoveDown) props.onMoveDown(control);
  };

  const sideOf = (event: DragEvent<HTMLElement>): DropSide => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  return (
    <li
      className={`rec-row${dragging ? ' rec-row-dragging' : ''}${dropSide ? ` rec-row-drop-${dropSide}` : ''}`}
      data-rec={rec.id}
      aria-posinset={props.posInSet}
      aria-setsize={props.setSize}
      onKeyDown={onKeyDown}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
        props.onDragOverRow(sideOf(event));
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.stopPropagation();
        props.onDropOnRow(sideOf(event));
      }}
    >
      {/* For the mouse only: the keyboard has the buttons and Alt+arrows, announced in the same words. */}
      <span
        className="drag-handle"
        draggable
        aria-hidden="true"
        title={t('committees.dragHint')}
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData(DRAG_TYPE, rec.id);
          event.dataTransfer.setData('text/plain', `${number} ${title}`);
          const row = event.currentTarget.closest('li');
          if (row) event.dataTransfer.setDragImage(row, 16, 16);
          props.onDragStart();
        }}
        onDragEnd={props.onDragEnd}
      >
        <GripIcon />
      </span>
      <a className="rec-link" data-focus="link" href={hrefFor({ name: 'recommendation', meetingId, recommendationId: rec.id })} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown">
        <span className="rec-number">{number}</span> <span className="rec-title">{title}</span>
      </a>
      <span className="rec-status">
        <StatusBadge status={rec.status} />
        {openConflicts > 0 && <span className="badge badge-conflict">{plural('conflicts.recBadge', openConflicts)}</span>}
      </span>
      <p className="rec-meta">
        <span className="rec-author">
          {rec.authorName
            ? rec.authorDelegation
              ? t('committees.byWithDelegation', { name: rec.authorName, delegation: rec.authorDelegation })
              : t('rec.by', { name: rec.authorName })
            : t('rec.unknownAuthor')}
        </span>
        {rec.addressees.length > 0 && (
          <span className="rec-addressees">
            <span className="rec-meta-label">{t('committees.addressees')}</span> {rec.addressees.join(' · ')}
          </span>
        )}
      </p>
      <div className="rec-actions">
        <button
          type="button"
          className="icon-button"
          data-focus="up"
          aria-label={t('committees.recMoveUp', { title })}
          title={`${t('committees.recMoveUpShort')} (Alt+↑)`}
          disabled={!canMoveUp}
          onClick={() => props.onMoveUp('up')}
        >
          <ArrowUpIcon />
        </button>
        <button
          type="button"
          className="icon-button"
          data-focus="down"
          aria-label={t('committees.recMoveDown', { title })}
          title={`${t('committees.recMoveDownShort')} (Alt+↓)`}
          disabled={!canMoveDown}
          onClick={() => props.onMoveDown('down')}
        >
          <ArrowDownIcon />
        </button>
        <MenuButton
          label={t('committees.recMoveTo', { title })}
          title={t('committees.moveToMenu')}
          heading={t('committees.moveToMenu')}
          dataFocus="moveTo"
          disabled={otherCommittees.length === 0}
          items={otherCommittees.map((committee) => ({
            key: committee.id,
            label: committee.name,
            detail: String(committee.position),
            onSelect: () => props.onMoveTo(committee.id),
          }))}
        >
          <MoveToIcon />
        </MenuButton>
        <button
          type="button"
          className="icon-button icon-button-danger"
          data-focus="trash"
          aria-label={t('committees.recTrash', { title })}
          title={t('committees.recTrashShort')}
          onClick={props.onTrash}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}
