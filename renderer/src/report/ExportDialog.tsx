/**
 * "Exporter le rapport…": the kind of document, the state it shows (a milestone or now), the
 * milestone it compares with (review copy, table), the statuses, the labels' language and a logo;
 * a preview of the outline that follows the options; then the save dialog and the export, with its
 * progress (the main process reports each step) until the file is written, and a confirmation
 * naming it. The dialog cannot be closed while the file is being written; focus goes to the
 * progress, then to the outcome. Errors are shown as the app shows them.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { RECOMMENDATION_STATUSES, type Locale, type MeetingDetail, type RecommendationStatus } from '../../../shared/domain/types';
import type { Milestone } from '../../../shared/domain/review';
import type { ErrorValue } from '../../../shared/errors';
import type { ReportOutline } from '../../../shared/report/outline';
import { REPORT_KINDS } from '../../../shared/report/model';
import { api, settle } from '../api/client';
import { useLoad } from '../api/useLoad';
import { Dialog } from '../components/Dialog';
import { Loading } from '../components/Feedback';
import { TaskProgressBar, useTaskProgress } from '../components/TaskProgress';
import { useI18n } from '../i18n/context';
import { chooseLogo, chooseReportTarget, type ChosenFile } from './fileDialogs';

type Kind = (typeof REPORT_KINDS)[number];

interface Props {
  meeting: MeetingDetail;
  onClose(): void;
}

/** A file name from the meeting's title, without the characters file systems refuse. */
/** A milestone to choose, or none (`none` says what no milestone means: now, the meeting's first state). */
function MilestoneSelect(props: { label: string; none: string; milestones: readonly Milestone[]; value: string | null; onChange(id: string | null): void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">{props.none}</option>
        {props.milestones.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function suggestedName(title: string, kind: Kind): string {
  const base = title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Palabre';
  return `${base} - ${kind}.docx`;
}

export function ExportDialog({ meeting, onClose }: Props) {
  const { t, locale } = useI18n();
  const ids = useId();
  const [kind, setKind] = useState<Kind>('final');
  const [milestoneId, setMilestoneId] = useState<string | null>(null);
  const [sinceMilestoneId, setSinceMilestoneId] = useState<string | null>(null);
  const [statuses, setStatuses] = useState<RecommendationStatus[]>(['draft', 'under_review', 'agreed', 'adopted']);
  const [labels, setLabels] = useState<Locale>(locale);
  const [logo, setLogo] = useState<ChosenFile | null>(null);
  const [milestones, setMilestones] = useState<Milestone[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const step = useTaskProgress('export', busy);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  // Closing mid-export would leave the user not knowing whether the file was written.
  const close = () => {
    if (!busy) onClose();
  };

  // The save button is disabled while exporting: focus waits on the progress, then goes to the outcome.
  useEffect(() => {
    if (busy || written) outcomeRef.current?.focus();
  }, [busy, written]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  useEffect(() => {
    void settle(() => api().milestone.list({ meetingId: meeting.id })).then((result) => {
      if (result.ok) setMilestones(result.value);
    });
  }, [meeting.id]);

  // The preview follows the options (useLoad drops an answer for options no longer shown).
  // A review copy or a table also previews what was removed since the milestone it compares with.
  const since = kind === 'final' ? null : sinceMilestoneId;
  const loadOutline = useCallback(
    () => api().report.outline({ meetingId: meeting.id, milestoneId, statuses, kind, sinceMilestoneId: since }),
    [meeting.id, milestoneId, statuses, kind, since],
  );
  const { state: preview } = useLoad<ReportOutline>(loadOutline, `${milestoneId ?? 'now'}/${statuses.join(',')}/${kind}/${since ?? 'first'}`);
  const outline = preview.status === 'ready' ? preview.value : null;
  const outlineError = preview.status === 'failed' ? preview.error : null;

  const toggleStatus = (status: RecommendationStatus, on: boolean) =>
    setStatuses((list) => RECOMMENDATION_STATUSES.filter((s) => (s === status ? on : list.includes(s))));

  const pickLogo = async () => {
    setError(null);
    const result = await chooseLogo();
    if (!result.ok) setError(result.error);
    else if (result.value) setLogo(result.value);
  };

  const runExport = useCallback(async () => {
    setError(null);
    setWritten(null);
    const target = await chooseReportTarget(suggestedName(meeting.title, kind));
    if (!target.ok) return setError(target.error);
    if (!target.value) return; // the user cancelled the save dialog
    setBusy(true);
    const result = await settle(() =>
      api().report.export({
        meetingId: meeting.id,
        kind,
        locale: labels,
        milestoneId,
        sinceMilestoneId: kind === 'final' ? null : sinceMilestoneId,
        statuses,
        targetToken: target.value!.token,
        ...(logo ? { logoToken: logo.token } : {}),
      }),
    );
    setBusy(false);
    if (result.ok) setWritten(result.value.fileName);
    else setError(result.error);
  }, [meeting.id, meeting.title, kind, labels, milestoneId, sinceMilestoneId, statuses, logo]);

  return (
    <Dialog title={t('export.title')} onClose={close} className="dialog-wide export-dialog">
      <div className="dialog-body export-body">
        <form className="export-options" onSubmit={(e) => e.preventDefault()} aria-busy={busy}>
          <fieldset>
            <legend>{t('export.kind')}</legend>
            {REPORT_KINDS.map((k) => (
              <label key={k} className="radio">
                <input type="radio" name={`${ids}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
                {t(`export.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          <MilestoneSelect label={t('export.asOf')} none={t('export.now')} milestones={milestones} value={milestoneId} onChange={setMilestoneId} />
          {kind !== 'final' && (
            <MilestoneSelect label={t('export.since')} none={t('export.sinceFirst')} milestones={milestones} value={sinceMilestoneId} onChange={setSinceMilestoneId} />
          )}
          <fieldset>
            <legend>{t('export.statuses')}</legend>
            {RECOMMENDATION_STATUSES.map((s) => (
              <label key={s} className="checkbox">
                <input type="checkbox" checked={statuses.includes(s)} onChange={(e) => toggleStatus(s, e.target.checked)} />
                {t(`status.${s}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('export.labels')}</legend>
            {(['fr', 'en'] as const).map((l) => (
              <label key={l} className="radio">
                <input type="radio" name={`${ids}-labels`} value={l} checked={labels === l} onChange={() => setLabels(l)} />
                {l === 'fr' ? t('shell.languageFr') : t('shell.languageEn')}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <span>{t('export.logo')}</span>
            <p className="export-logo">
              {logo ? logo.name : t('export.noLogo')}{' '}
              <button type="button" className="button button-quiet" onClick={() => void pickLogo()} disabled={busy}>
                {t('export.chooseLogo')}
              </button>
              {logo && (
                <button type="button" className="button button-quiet" onClick={() => setLogo(null)} disabled={busy}>
                  {t('export.removeLogo')}
                </button>
              )}
            </p>
          </div>
        </form>
        <section className="export-preview" aria-labelledby={`${ids}-preview`}>
          <h3 id={`${ids}-preview`}>{t('export.preview')}</h3>
          {outlineError && <p role="alert">{outlineError.message[locale]}</p>}
          {!outline && !outlineError && <Loading />}
          {outline && (
            <>
              <p className="export-counts">
                {t('export.counts', { recommendations: outline.recommendationCount, delegations: outline.delegationCount, participants: outline.participantCount })}
              </p>
              {/* Its own scroll: a long outline must not push the outcome and the options out of sight. */}
              <div className="export-outline" role="group" aria-label={t('export.preview')} tabIndex={0}>
                {outline.committees.map((c) => (
                  <div key={c.name} className="export-committee">
                    <h4>
                      {c.name} ({c.recommendations.filter((r) => !r.removed).length})
                    </h4>
                    <ul className="export-recs">
                      {c.recommendations.map((r) =>
                        r.removed ? (
                          <li key={r.id} className="export-removed">
                            <del>
                              <span className="export-number">{r.number}</span> {r.title}
                            </del>{' '}
                            <span className="export-removed-note">{t('export.removedSince')}</span>
                          </li>
                        ) : (
                          <li key={r.id}>
                            <span className="export-number">{r.number}</span> {r.title}
                          </li>
                        ),
                      )}
                    </ul>
                  </div>
                ))}
              </div>
            </>
          )}
        </section>
        <div className="export-outcome" ref={outcomeRef} tabIndex={-1} aria-live="polite">
          {busy && <TaskProgressBar step={step} fallback={t('export.busy')} />}
          {written && <p className="export-done">{t('export.done', { name: written })}</p>}
        </div>
        {error && (
          <p className="form-error" role="alert" ref={errorRef} tabIndex={-1}>
            {error.message[locale]}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={() => void runExport()} disabled={busy || !outline || outline.recommendationCount === 0}>
          {t('export.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={close} disabled={busy}>
          {t('export.close')}
        </button>
      </div>
    </Dialog>
  );
}
