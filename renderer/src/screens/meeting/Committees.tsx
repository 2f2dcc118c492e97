/**
 * The committees of a meeting, in order, each with its recommendations; add, reorder and remove
 * committees; reorder recommendations (drag and drop, buttons, Alt+↑/↓), move them to another
 * committee, put them in the trash. Every move is announced in words, with the new number.
 */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { Committee, MeetingDetail, RecommendationSummary } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { TextField } from '../../components/Field';
import { PlusIcon } from '../../components/icons';
import { useI18n } from '../../i18n/context';
import { useNotices } from '../../shell/notices';
import { CommitteeBlock, type DropTarget, type RowActions } from './CommitteeBlock';

interface Props {
  meeting: MeetingDetail;
  reload(): Promise<void>;
  /** The recommendations the filters let through (all of them without filters). */
  shown: RecommendationSummary[];
  filtered: boolean;
  /** Replaces the meeting's recommendations with a list the api just returned (renumbered). */
  onRecommendations(list: RecommendationSummary[]): void;
  onTrashed(): void;
  newRecIn: string | null;
  setNewRecIn(committeeId: string | null): void;
  addCommitteeRef: RefObject<HTMLInputElement | null>;
}

/** Where focus goes once the list has re-rendered after a change. */
type FocusAfter = { kind: 'rec'; recId: string; control: string } | { kind: 'selector'; selector: string };

export function Committees({ meeting, reload, shown, filtered, onRecommendations, onTrashed, newRecIn, setNewRecIn, addCommitteeRef }: Props) {
  const { t } = useI18n();
  const { reportError, inform } = useNotices();
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const section = useRef<HTMLElement>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  // The row focus goes to after a change is kept in the page, however far the list has to scroll.
  const [keepId, setKeepId] = useState<string | null>(null);
  const committees = [...meeting.committees].sort((a, b) => a.position - b.position);
  const inCommittee = (committeeId: string, list: RecommendationSummary[] = meeting.recommendations) =>
    list.filter((r) => r.committeeId === committeeId).sort((a, b) => a.position - b.position);

  const announce = (message: string) => {
    // The same words twice in a row must be announced twice: clear first, then say them.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  };

  const moveCommittee = async (index: number, step: -1 | 1) => {
    const target = index + step;
    const moved = committees[index];
    if (!moved || target < 0 || target >= committees.length) return;
    const order = committees.map((c) => c.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    // The moved block is re-inserted in the page, which drops focus: give it back to the same
    // button, or to its twin when the committee reached the top or the bottom.
    const atEdge = target === 0 || target === committees.length - 1;
    const direction = atEdge ? (step === -1 ? 'down' : 'up') : step === -1 ? 'up' : 'down';
    focusAfter.current = { kind: 'selector', selector: `[data-move="${direction}-${moved.id}"]` };
    const result = await settle(() => api().committee.reorder({ meetingId: meeting.id, committeeIds: order }));
    if (!result.ok) {
      focusAfter.current = null;
      return reportError(result.error);
    }
    // Numbers follow committee order: reload the meeting to show the new numbers.
    await reload();
    announce(t('committees.moved', { name: moved.name, position: target + 1 }));
  };

  const removeCommittee = async (committee: Committee) => {
    const result = await settle(() => api().committee.remove({ committeeId: committee.id }));
    if (!result.ok) return reportError(result.error);
    await reload();
    inform('committees.removed', { name: committee.name });
    addCommitteeRef.current?.focus();
  };

  /** Puts `rec` at `position` (1-based) in `committeeId`, then says where it went and its new number. */
  const place = async (rec: RecommendationSummary, committeeId: string, position: number, control: string) => {
    focusAfter.current = { kind: 'rec', recId: rec.id, control };
    setKeepId(rec.id);
    const result = await settle(() => api().recommendation.move({ recommendationId: rec.id, committeeId, position }));
    if (!result.ok) {
      focusAfter.current = null;
      return reportError(result.error);
    }
    onRecommendations(result.value);
    const moved = result.value.find((r) => r.id === rec.id);
    if (!moved) return;
    const siblings = inCommittee(committeeId, result.value);
    const committee = committees.find((c) => c.id === committeeId);
    announce(
      t(moved.number ? 'committees.recMoved' : 'committees.recMovedUnnumbered', {
        title: moved.title,
        position: siblings.findIndex((r) => r.id === rec.id) + 1,
        total: siblings.length,
        committee: committee?.name ?? '',
        number: moved.number,
      }),
    );
  };

  const actions: RowActions = {
    moveStep: (rec, step, control) => {
      const all = inCommittee(rec.committeeId);
      const visible = shown.filter((r) => r.committeeId === rec.committeeId).sort((a, b) => a.position - b.position);
      // With filters, a step passes the neighbour the user sees, wherever it is in the full list.
      const list = filtered ? visible : all;
      const neighbour = list[list.findIndex((r) => r.id === rec.id) + step];
      if (!neighbour) return;
      // Taking the neighbour's place: before it going up; going down, after it, which is the same
      // 1-based position once the others have closed ranks.
      const to = all.findIndex((r) => r.id === neighbour.id);
      void place(rec, rec.committeeId, to + 1, control);
    },
    moveTo: (rec, committeeId) => {
      void place(rec, committeeId, inCommittee(committeeId).length + 1, 'link');
    },
    trash: (rec) => void trash(rec),
    dropOn: (target) => {
      const id = dragging;
      setDragging(null);
      setDropTarget(null);
      const rec = meeting.recommendations.find((r) => r.id === id);
      if (!rec) return;
      const others = inCommittee(target.committeeId).filter((r) => r.id !== rec.id);
      let index = target.beforeId ? others.findIndex((r) => r.id === target.beforeId) : others.length;
      if (index < 0) return;
      if (target.beforeId && target.side === 'after') index += 1;
      void place(rec, target.committeeId, index + 1, 'link');
    },
  };

  const trash = async (rec: RecommendationSummary) => {
    // Focus goes to the next row of the list shown, else the previous one, else the committee's button.
    const visible = shown.filter((r) => r.committeeId === rec.committeeId).sort((a, b) => a.position - b.position);
    const at = visible.findIndex((r) => r.id === rec.id);
    const next = visible[at + 1] ?? visible[at - 1];
    focusAfter.current = next
      ? { kind: 'rec', recId: next.id, control: 'link' }
      : { kind: 'selector', selector: `[data-committee="${rec.committeeId}"] .add-rec` };
    setKeepId(next?.id ?? null);
    const result = await settle(() => api().recommendation.delete({ recommendationId: rec.id }));
    if (!result.ok) {
      focusAfter.current = null;
      return reportError(result.error);
    }
    onRecommendations(result.value);
    onTrashed();
    announce(t('committees.recTrashed', { title: rec.title }));
    inform('committees.recTrashed', { title: rec.title });
  };

  const orderKey = meeting.recommendations.map((r) => `${r.id}:${r.committeeId}:${r.position}`).join() + committees.map((c) => c.id).join();
  useEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted) return;
    focusAfter.current = null;
    const root = section.current;
    if (!root) return;
    if (wanted.kind === 'selector') return root.querySelector<HTMLElement>(wanted.selector)?.focus();
    const row = root.querySelector<HTMLElement>(`[data-rec="${wanted.recId}"]`);
    const twin = wanted.control === 'up' ? 'down' : wanted.control === 'down' ? 'up' : 'link';
    const candidates = [wanted.control, twin, 'link'].map((c) => row?.querySelector<HTMLElement>(`[data-focus="${c}"]`));
    const target = candidates.find((el) => el && !(el as HTMLButtonElement).disabled);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }, [orderKey]);

  return (
    <section className="committees" aria-labelledby="committees-heading" ref={section}>
      <h2 id="committees-heading" className="section-heading">
        {t('committees.heading')}
      </h2>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {committees.length === 0 && <p className="empty-note">{t('committees.empty')}</p>}
      <ol className={`committee-list${dragging ? ' is-dragging' : ''}`}>
        {committees.map((committee, index) => (
          <li key={committee.id}>
            <CommitteeBlock
              meetingId={meeting.id}
              committee={committee}
              committees={committees}
              index={index}
              total={committees.length}
              all={inCommittee(committee.id)}
              shown={shown.filter((r) => r.committeeId === committee.id).sort((a, b) => a.position - b.position)}
              filtered={filtered}
              onMove={(step) => void moveCommittee(index, step)}
              onChanged={reload}
              onRemove={() => void removeCommittee(committee)}
              creating={newRecIn === committee.id}
              setCreating={(open) => setNewRecIn(open ? committee.id : null)}
              actions={actions}
              dragging={dragging}
              setDragging={setDragging}
              dropTarget={dropTarget}
              setDropTarget={setDropTarget}
              keepId={keepId}
            />
          </li>
        ))}
      </ol>
      <AddCommittee meetingId={meeting.id} onAdded={reload} inputRef={addCommitteeRef} />
    </section>
  );
}

function AddCommittee({ meetingId, onAdded, inputRef }: { meetingId: string; onAdded(): Promise<void>; inputRef: RefObject<HTMLInputElement | null> }) {
  const { t, locale } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<ErrorValue | 'required' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('required');
      return inputRef.current?.focus();
    }
    setBusy(true);
    const result = await settle(() => api().committee.add({ meetingId, name: name.trim() }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return inputRef.current?.focus();
    }
    setName('');
    setError(null);
    await onAdded();
    inputRef.current?.focus();
  };

  return (
    <form className="inline-form add-committee" onSubmit={submit} noValidate>
      <TextField
        inputRef={inputRef}
        label={t('committees.newName')}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        maxLength={200}
        autoComplete="off"
        error={error === 'required' ? t('committees.nameRequired') : error ? error.message[locale] : null}
      />
      <button type="submit" className="button" disabled={busy}>
        <PlusIcon />
        {t('committees.add')}
      </button>
    </form>
  );
}
