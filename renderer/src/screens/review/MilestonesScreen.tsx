/**
 * The meeting's milestones: take one ("Projet soumis à la plénière"), list them, and compare two
 * of them, or one with now: recommendations added, removed (and why), changed (with the redline),
 * renumbered (old number → new number).
 */
import { useCallback, useId, useState, type ReactNode } from 'react';
import type { ComparedRecommendation, MilestoneComparison } from '../../../../shared/domain/review';
import { api, settle } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { LoadFailed, Loading } from '../../components/Feedback';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { hrefFor } from '../../routing/route';
import { useNotices } from '../../shell/notices';
import { DiffRuns, DiffSummary, DiffView } from '../../review/DiffView';
import { FieldChanges } from '../../review/FieldChanges';
import { useMeetingAnd } from './useMeetingAnd';

const NOW = 'now';

export function MilestonesScreen({ meetingId }: { meetingId: string }) {
  const { t, plural, locale } = useI18n();
  const { reportError, inform } = useNotices();
  const nameId = useId();
  const fromId = useId();
  const toId = useId();
  const loadMilestones = useCallback(() => api().milestone.list({ meetingId }), [meetingId]);
  const { state, reload } = useMeetingAnd(meetingId, 'milestones', loadMilestones);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [comparison, setComparison] = useState<MilestoneComparison | null>(null);

  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting, value: milestones } = state.value;
  const newestFirst = [...milestones].reverse();
  const fromValue = from || newestFirst[0]?.id || '';
  const committeeName = (id: string) => meeting.committees.find((c) => c.id === id)?.name ?? id;

  const create = async () => {
    if (!name.trim()) {
      setNameError(true);
      return;
    }
    const result = await settle(() => api().milestone.create({ meetingId, name: name.trim() }));
    if (!result.ok) return reportError(result.error);
    setName('');
    inform('milestones.created', { name: result.value.name });
    await reload();
  };

  const compare = async (fromMilestone: string, toMilestone: string) => {
    const result = await settle(() =>
      api().milestone.compare({ meetingId, fromMilestoneId: fromMilestone, toMilestoneId: toMilestone === NOW ? null : toMilestone }),
    );
    if (!result.ok) return reportError(result.error);
    setComparison(result.value);
  };

  return (
    <div className="page page-milestones">
      <Breadcrumb
        items={[{ label: t('shell.meetings'), href: '#/' }, { label: meeting.title, href: hrefFor({ name: 'meeting', meetingId }) }, { label: t('milestones.title') }]}
      />
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('milestones.title')}</h1>
        <p className="muted">{t('milestones.intro')}</p>
      </header>
      <div className="milestones-layout">
        <section className="panel" aria-labelledby={`${nameId}-heading`}>
          <h2 id={`${nameId}-heading`} className="section-heading">
            {t('milestones.listHeading')}
          </h2>
          <form
            className="inline-form milestone-form"
            onSubmit={(event) => {
              event.preventDefault();
              void create();
            }}
          >
            <div className={`field${nameError ? ' field-invalid' : ''}`}>
              <label htmlFor={nameId}>{t('milestones.name')}</label>
              <input
                id={nameId}
                type="text"
                maxLength={200}
                value={name}
                placeholder={t('milestones.namePlaceholder')}
                aria-invalid={nameError || undefined}
                aria-describedby={nameError ? `${nameId}-error` : undefined}
                onChange={(event) => {
                  setName(event.target.value);
                  setNameError(false);
                }}
              />
              {nameError && (
                <p id={`${nameId}-error`} className="field-error">
                  {t('milestones.nameRequired')}
                </p>
              )}
            </div>
            <button type="submit" className="button button-primary">
              {t('milestones.create')}
            </button>
          </form>
          {milestones.length === 0 ? (
            <p className="empty-note">{t('milestones.empty')}</p>
          ) : (
            <ul className="milestone-list">
              {newestFirst.map((m) => (
                <li key={m.id} className="milestone">
                  <div className="milestone-main">
                    <p className="milestone-name">{m.name}</p>
                    <p className="muted small">
                      {t('milestones.meta', {
                        date: formatDateTime(locale, m.createdAt),
                        author: m.createdByName ?? t('versions.unknownAuthor'),
                      })}{' '}
                      · {plural('milestones.count', m.recommendationCount)}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      setFrom(m.id);
                      setTo(NOW);
                      void compare(m.id, NOW);
                    }}
                  >
                    {t('milestones.compareWithNow')}
                    <span className="visually-hidden"> {t('milestones.compareWithNowHidden', { name: m.name })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        {milestones.length > 0 && (
          <section className="panel milestone-compare" aria-labelledby={`${fromId}-heading`}>
            <h2 id={`${fromId}-heading`} className="section-heading">
              {t('milestones.compareHeading')}
            </h2>
            <form
              className="compare-form"
              onSubmit={(event) => {
                event.preventDefault();
                void compare(fromValue, to);
              }}
            >
              <div className="field">
                <label htmlFor={fromId}>{t('milestones.from')}</label>
                <select id={fromId} value={fromValue} onChange={(event) => setFrom(event.target.value)}>
                  {milestones.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={toId}>{t('milestones.to')}</label>
                <select id={toId} value={to} onChange={(event) => setTo(event.target.value)}>
                  <option value={NOW}>{t('milestones.now')}</option>
                  {milestones.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button">
                {t('milestones.compare')}
              </button>
            </form>
            {comparison && <ComparisonView comparison={comparison} committeeName={committeeName} />}
          </section>
        )}
      </div>
    </div>
  );
}

function numberLabel(t: ReturnType<typeof useI18n>['t'], number: string | null): string {
  return number ? t('rec.number', { number }) : t('milestones.unnumbered');
}

function ComparisonView({ comparison, committeeName }: { comparison: MilestoneComparison; committeeName(id: string): string }) {
  const { t, plural } = useI18n();
  const toName = comparison.to ? comparison.to.name : t('milestones.now');
  const nothing = !comparison.added.length && !comparison.removed.length && !comparison.changed.length && !comparison.renumbered.length;
  return (
    <div className="comparison" aria-live="polite">
      <p className="comparison-title">{t('milestones.comparing', { from: comparison.from.name, to: toName })}</p>
      <p className="muted small">{plural('milestones.unchanged', comparison.unchangedCount)}</p>
      {nothing && <p className="empty-note">{t('milestones.noDifference')}</p>}
      <Group title={plural('milestones.added', comparison.added.length)} items={comparison.added} render={(r) => <RecLine rec={r} number={r.numberAfter} />} />
      <Group
        title={plural('milestones.removed', comparison.removed.length)}
        items={comparison.removed}
        render={(r) => (
          <>
            <RecLine rec={r} number={r.numberBefore} />
            <span className="removal-reason">{t(`milestones.reason.${r.reason}`)}</span>
          </>
        )}
      />
      <Group
        title={plural('milestones.renumbered', comparison.renumbered.length)}
        items={comparison.renumbered}
        render={(r) => (
          <>
            <span className="renumber">
              <span className="renumber-old">{numberLabel(t, r.numberBefore)}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {t('milestones.becomes')} </span>
              <span className="renumber-new">{numberLabel(t, r.numberAfter)}</span>
            </span>{' '}
            <span className="rec-line-title">{r.title}</span>
          </>
        )}
      />
      {comparison.changed.length > 0 && (
        <section className="comparison-group">
          <h3>{plural('milestones.changed', comparison.changed.length)}</h3>
          <ul className="changed-list">
            {comparison.changed.map((r) => (
              <li key={r.recommendationId} className="changed-rec">
                <p className="changed-rec-head">
                  <RecLine rec={r} number={r.numberAfter} />
                </p>
                <DiffSummary diff={r.diff.body} />
                {r.diff.title.before !== r.diff.title.after && (
                  <p className="diff-title document-text">
                    <DiffRuns runs={r.diff.title.runs} />
                  </p>
                )}
                <FieldChanges changes={r.diff.fields} committeeName={committeeName} />
                {!r.diff.body.identical && <DiffView diff={r.diff.body} mode="inline" changedOnly />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function RecLine({ rec, number }: { rec: ComparedRecommendation; number: string | null }) {
  const { t } = useI18n();
  return (
    <span className="rec-line">
      <span className="rec-line-number">{numberLabel(t, number)}</span> <span className="rec-line-title">{rec.title}</span>{' '}
      <span className="muted small">({rec.committeeName})</span>
    </span>
  );
}

function Group<T extends ComparedRecommendation>({ title, items, render }: { title: string; items: T[]; render(item: T): ReactNode }) {
  if (items.length === 0) return null;
  return (
    <section className="comparison-group">
      <h3>{title}</h3>
      <ul className="compared-list">
        {items.map((item) => (
          <li key={item.recommendationId}>{render(item)}</li>
        ))}
      </ul>
    </section>
  );
}

