/** One committee: its name (renamable inline), its place in the order, its recommendations. */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Committee, RecommendationSummary } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { TextField } from '../../components/Field';
import { ArrowDownIcon, ArrowUpIcon, PencilIcon, PlusIcon } from '../../components/icons';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';
import { NewRecommendationForm } from './NewRecommendationForm';

interface Props {
  meetingId: string;
  committee: Committee;
  index: number;
  total: number;
  recommendations: RecommendationSummary[];
  onMove(step: -1 | 1): void;
  onChanged(): Promise<void>;
  creating: boolean;
  setCreating(open: boolean): void;
}

export function CommitteeBlock({ meetingId, committee, index, total, recommendations, onMove, onChanged, creating, setCreating }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const ordered = [...recommendations].sort((a, b) => a.position - b.position);

  const endRename = async (changed: boolean) => {
    setRenaming(false);
    if (changed) await onChanged();
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <section className="committee" aria-labelledby={headingId}>
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
          </div>
        )}
      </div>

      {ordered.length === 0 ? (
        <p className="empty-note">{t('committees.noRecommendations')}</p>
      ) : (
        <ul className="rec-list" aria-label={t('committees.recList', { name: committee.name })}>
          {ordered.map((rec) => (
            <RecommendationRow key={rec.id} meetingId={meetingId} rec={rec} />
          ))}
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
        <button ref={newButton} type="button" className="button button-small add-rec" onClick={() => setCreating(true)}>
          <PlusIcon />
          {t('newRec.button')}
        </button>
      )}
    </section>
  );
}

function RecommendationRow({ meetingId, rec }: { meetingId: string; rec: RecommendationSummary }) {
  const { t } = useI18n();
  return (
    <li className="rec-row">
      <a className="rec-link" href={hrefFor({ name: 'recommendation', meetingId, recommendationId: rec.id })}>
        <span className="rec-number">{rec.number ? t('rec.number', { number: rec.number }) : t('rec.unnumbered')}</span>{' '}
        <span className="rec-title">{rec.title}</span>
      </a>
      <span className="rec-author" title={rec.authorName ?? undefined}>
        {rec.authorName ? t('rec.by', { name: rec.authorName }) : t('rec.unknownAuthor')}
      </span>
      <span className="rec-status">
        <StatusBadge status={rec.status} />
      </span>
    </li>
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
