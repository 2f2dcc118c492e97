/**
 * One merge conflict as the rapporteur decides it: the common version, mine and theirs side by side,
 * each with its author, mine and theirs marked word by word against the common version; then keep
 * mine / take theirs / keep both (paragraphs only) / edit. A deletion against an edit shows who put
 * it in the trash and who edited it, and is resolved by keeping it or moving it to the trash.
 * Nothing changes until a choice is made.
 */
import { useId, useState } from 'react';
import type { ConflictInfo, ConflictResolution, ConflictSide } from '../../../../shared/domain/exchange';
import { diffPlainText } from '../../../../shared/diff/documentDiff';
import { api, settle } from '../../api/client';
import { useI18n, type I18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { DiffRuns } from '../../review/DiffView';
import { fieldLabel } from '../../review/FieldChanges';
import { hrefFor } from '../../routing/route';
import { useNotices } from '../../shell/notices';

export function conflictKindLabel(i18n: I18n, conflict: ConflictInfo): string {
  if (conflict.kind === 'field' && conflict.field) return i18n.t('conflicts.kind.field', { field: fieldLabel(i18n, conflict.field) });
  return i18n.t(conflict.kind === 'title' ? 'conflicts.kind.title' : conflict.kind === 'deletion' ? 'conflicts.kind.deletion' : 'conflicts.kind.body');
}

/** One side of a deletion against an edit: who deleted it, or who edited it and its title then. */
function DeletionSide({ label, side, deleted }: { label: string; side: ConflictSide; deleted: boolean }) {
  const { t } = useI18n();
  return (
    <div className="conflict-side">
      <h4 className="conflict-side-head">
        {label}
        <span className="conflict-side-author muted small"> — {t('conflicts.by', { name: side.authorName ?? t('conflicts.unknownAuthor') })}</span>
      </h4>
      <p className="conflict-side-text document-text">{deleted ? <em>{t('conflicts.deletion.deleted')}</em> : t('conflicts.deletion.edited', { title: side.text })}</p>
    </div>
  );
}

function SideColumn({ label, side, base, writtenAt }: { label: string; side: ConflictSide; base: string | null; writtenAt: string | undefined }) {
  const { t, locale } = useI18n();
  const removed = side.value === null && side.text === '';
  return (
    <div className="conflict-side">
      <h4 className="conflict-side-head">
        {label}
        {side.authorName !== null || base !== null ? (
          <span className="conflict-side-author muted small"> — {t('conflicts.by', { name: side.authorName ?? t('conflicts.unknownAuthor') })}</span>
        ) : null}
        {writtenAt && <span className="conflict-side-date muted small">{t('conflicts.writtenAt', { date: formatDateTime(locale, writtenAt) })}</span>}
      </h4>
      <p className="conflict-side-text document-text">
        {removed ? <em className="muted">{t('conflicts.empty')}</em> : base === null ? side.text : <DiffRuns runs={diffPlainText(base, side.text)} />}
      </p>
    </div>
  );
}

export function ConflictCard({ conflict, versionDates, onResolved }: { conflict: ConflictInfo; versionDates: Readonly<Record<string, string>>; onResolved(): void }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const notices = useNotices();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(conflict.ours.text);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const editId = useId();
  const open = conflict.status === 'open';

  const resolve = async (resolution: ConflictResolution) => {
    setBusy(true);
    const result = await settle(() => api().conflict.resolve({ conflictId: conflict.id, resolution, ...(resolution === 'edit' ? { text } : {}) }));
    setBusy(false);
    if (!result.ok) return notices.reportError(result.error);
    notices.inform('conflicts.resolvedToast');
    onResolved();
  };

  return (
    <article className={`conflict-card${open ? '' : ' conflict-resolved'}`} aria-labelledby={headingId} data-conflict={conflict.id}>
      <header className="conflict-card-head">
        <h3 id={headingId} className="conflict-card-title">
          <span className="conflict-kind">{conflictKindLabel(i18n, conflict)}</span> — {conflict.recommendationTitle}
        </h3>
        <a href={hrefFor({ name: 'recommendation', meetingId: conflict.meetingId, recommendationId: conflict.recommendationId })}>
          {t('conflicts.openRecommendation')}
        </a>
      </header>
      <p className="muted small">{t('conflicts.since', { date: formatDateTime(locale, conflict.createdAt) })}</p>
      {open && conflict.kind === 'deletion' ? (
        <>
          <p>{t('conflicts.deletion.explain')}</p>
          <div className="conflict-sides">
            <DeletionSide label={t('conflicts.ours')} side={conflict.ours} deleted={conflict.target === 'ours'} />
            <DeletionSide label={t('conflicts.theirs')} side={conflict.theirs} deleted={conflict.target === 'theirs'} />
          </div>
        </>
      ) : open ? (
        <div className="conflict-sides">
          <SideColumn label={t('conflicts.base')} side={conflict.base} writtenAt={conflict.base.versionId ? versionDates[conflict.base.versionId] : undefined} base={null} />
          <SideColumn label={t('conflicts.ours')} side={conflict.ours} writtenAt={conflict.ours.versionId ? versionDates[conflict.ours.versionId] : undefined} base={conflict.base.text} />
          <SideColumn label={t('conflicts.theirs')} side={conflict.theirs} writtenAt={conflict.theirs.versionId ? versionDates[conflict.theirs.versionId] : undefined} base={conflict.base.text} />
        </div>
      ) : (
        <p className="conflict-outcome">
          {t('conflicts.resolvedBy', {
            resolution: t(`conflicts.resolution.${conflict.resolution ?? 'ours'}`),
            name: conflict.resolvedByName ?? t('conflicts.unknownAuthor'),
            date: conflict.resolvedAt ? formatDateTime(locale, conflict.resolvedAt) : '',
          })}
        </p>
      )}
      {open && conflict.kind === 'deletion' && (
        <div className="conflict-choices" role="group" aria-label={t('conflicts.choices')}>
          <button type="button" className="button" disabled={busy} onClick={() => void resolve('keep')}>
            {t('conflicts.keep')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void resolve('delete')}>
            {t('conflicts.delete')}
          </button>
        </div>
      )}
      {open && conflict.kind !== 'deletion' && !editing && (
        <div className="conflict-choices" role="group" aria-label={t('conflicts.choices')}>
          <button type="button" className="button" disabled={busy} onClick={() => void resolve('ours')}>
            {t('conflicts.keepMine')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void resolve('theirs')}>
            {t('conflicts.takeTheirs')}
          </button>
          {conflict.kind === 'body' && (
            <button type="button" className="button" disabled={busy} onClick={() => void resolve('both')}>
              {t('conflicts.keepBoth')}
            </button>
          )}
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => setEditing(true)}>
            {t('conflicts.edit')}
          </button>
        </div>
      )}
      {open && editing && (
        <form
          className="conflict-edit"
          onSubmit={(event) => {
            event.preventDefault();
            void resolve('edit');
          }}
        >
          <label htmlFor={editId}>{t('conflicts.editLabel')}</label>
          <textarea id={editId} className="input" rows={4} value={text} onChange={(event) => setText(event.target.value)} autoFocus />
          <div className="conflict-choices">
            <button type="submit" className="button button-primary" disabled={busy || text.trim() === ''}>
              {t('conflicts.saveEdit')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
              {t('conflicts.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
