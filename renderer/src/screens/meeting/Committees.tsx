/** The committees of a meeting, in order, each with its recommendations; add and reorder them. */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { MeetingDetail } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { TextField } from '../../components/Field';
import { PlusIcon } from '../../components/icons';
import { useI18n } from '../../i18n/context';
import { useNotices } from '../../shell/notices';
import { CommitteeBlock } from './CommitteeBlock';

interface Props {
  meeting: MeetingDetail;
  reload(): Promise<void>;
  newRecIn: string | null;
  setNewRecIn(committeeId: string | null): void;
  addCommitteeRef: RefObject<HTMLInputElement | null>;
}

export function Committees({ meeting, reload, newRecIn, setNewRecIn, addCommitteeRef }: Props) {
  const { t } = useI18n();
  const { reportError } = useNotices();
  const [announcement, setAnnouncement] = useState('');
  const section = useRef<HTMLElement>(null);
  const focusAfterMove = useRef<string | null>(null);
  const committees = [...meeting.committees].sort((a, b) => a.position - b.position);

  const move = async (index: number, step: -1 | 1) => {
    const target = index + step;
    const moved = committees[index];
    if (!moved || target < 0 || target >= committees.length) return;
    const order = committees.map((c) => c.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    // The moved block is re-inserted in the page, which drops focus: give it back to the same
    // button, or to its twin when the committee reached the top or the bottom.
    const atEdge = target === 0 || target === committees.length - 1;
    const direction = atEdge ? (step === -1 ? 'down' : 'up') : step === -1 ? 'up' : 'down';
    focusAfterMove.current = `[data-move="${direction}-${moved.id}"]`;
    const result = await settle(() => api().committee.reorder({ meetingId: meeting.id, committeeIds: order }));
    if (!result.ok) {
      focusAfterMove.current = null;
      return reportError(result.error);
    }
    // Numbers follow committee order: reload the meeting to show the new numbers.
    await reload();
    setAnnouncement(t('committees.moved', { name: moved.name, position: target + 1 }));
  };

  const orderKey = committees.map((c) => c.id).join();
  useEffect(() => {
    const selector = focusAfterMove.current;
    if (!selector) return;
    focusAfterMove.current = null;
    section.current?.querySelector<HTMLButtonElement>(selector)?.focus();
  }, [orderKey]);

  return (
    <section className="committees" aria-labelledby="committees-heading" ref={section}>
      <h2 id="committees-heading" className="section-heading">
        {t('committees.heading')}
      </h2>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {committees.length === 0 && <p className="empty-note">{t('committees.empty')}</p>}
      <ol className="committee-list">
        {committees.map((committee, index) => (
          <li key={committee.id}>
            <CommitteeBlock
              meetingId={meeting.id}
              committee={committee}
              index={index}
              total={committees.length}
              recommendations={meeting.recommendations.filter((r) => r.committeeId === committee.id)}
              onMove={(step) => void move(index, step)}
              onChanged={reload}
              creating={newRecIn === committee.id}
              setCreating={(open) => setNewRecIn(open ? committee.id : null)}
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
