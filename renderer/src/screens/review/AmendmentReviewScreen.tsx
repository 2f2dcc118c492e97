/**
 * The rapporteur's review of an amendment: the proposal as tracked changes against the current
 * text, each change accepted or rejected (or all at once), then the decision applied: a new
 * version attributed to the rapporteur and to the amendment's author, shown in the editor.
 */
import { useCallback, useState } from 'react';
import type { Amendment, AmendmentReview, ReviewHunk } from '../../../../shared/domain/review';
import type { MeetingDetail } from '../../../../shared/domain/types';
import { errorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { Breadcrumb } from '../../components/Breadcrumb';
import { LoadFailed, Loading } from '../../components/Feedback';
import { flushAll } from '../../editor/pendingSaves';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { hrefFor, navigate } from '../../routing/route';
import { useShowMeeting } from '../../shell/currentMeeting';
import { useNotices } from '../../shell/notices';
import { DiffRuns, DiffView, type HunkDecision } from '../../review/DiffView';
import { FieldChanges, fieldLabel } from '../../review/FieldChanges';
import { ModeSwitch, type DiffMode } from '../../review/ModeSwitch';
import { personLabel } from '../../review/reviewFormat';

interface Loaded {
  meeting: MeetingDetail;
  amendment: Amendment;
  review: AmendmentReview | null;
}

export function AmendmentReviewScreen({ meetingId, amendmentId }: { meetingId: string; amendmentId: string }) {
  const { t } = useI18n();
  const load = useCallback(async () => {
    await flushAll();
    const [meeting, list] = await Promise.all([api().meeting.get({ meetingId }), api().amendment.list({ meetingId })]);
    if (!meeting.ok) return meeting;
    if (!list.ok) return list;
    const amendment = list.value.find((a) => a.id === amendmentId);
    if (!amendment) return { ok: false as const, error: errorValue('not_found', { fr: 'amendement', en: 'amendment' }) };
    if (amendment.status !== 'pending') return { ok: true as const, value: { meeting: meeting.value, amendment, review: null } };
    const review = await api().amendment.review({ amendmentId });
    if (!review.ok) return review;
    return { ok: true as const, value: { meeting: meeting.value, amendment, review: review.value } };
  }, [meetingId, amendmentId]);
  const { state, reload } = useLoad<Loaded>(load, `amendment/${amendmentId}`);
  useShowMeeting(state.status === 'ready' ? state.value.meeting : null);

  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting, amendment, review } = state.value;
  return (
    <div className="page page-review">
      <Breadcrumb
        items={[
          { label: t('shell.meetings'), href: '#/' },
          { label: meeting.title, href: hrefFor({ name: 'meeting', meetingId }) },
          { label: t('amendments.title'), href: hrefFor({ name: 'amendments', meetingId }) },
          { label: t('amendment.reviewCrumb') },
        ]}
      />
      <AmendmentHeader amendment={amendment} />
      {review ? (
        <ReviewBody key={review.headVersionId} review={review} meeting={meeting} />
      ) : (
        <p className="panel empty-note">{t('amendment.alreadyDecided', { status: t(`amendment.status.${amendment.status}`) })}</p>
      )}
    </div>
  );
}

function AmendmentHeader({ amendment }: { amendment: Amendment }) {
  const { t, locale } = useI18n();
  const author = personLabel(amendment.authorName, amendment.authorDelegation, t('versions.unknownAuthor'));
  const number = amendment.recommendationNumber ? t('rec.number', { number: amendment.recommendationNumber }) : t('editor.headingUnnumbered');
  return (
    <header className="review-header panel">
      <p className="review-kicker">{t('amendment.kicker', { number })}</p>
      <h1 tabIndex={-1}>{amendment.recommendationTitle}</h1>
      <p className="review-byline">
        {t('amendment.proposedBy', { author, date: formatDateTime(locale, amendment.createdAt) })}
      </p>
      {amendment.note && (
        <div className="review-note">
          <h2 className="section-heading">{t('amendment.note')}</h2>
          <p>{amendment.note}</p>
        </div>
      )}
      {amendment.headMoved && <p className="review-warning">{t('amendment.headMoved')}</p>}
    </header>
  );
}

function hunkKindLabel(t: ReturnType<typeof useI18n>['t'], hunk: ReviewHunk): string {
  return t(`hunk.${hunk.kind}`);
}

function ReviewBody({ review, meeting }: { review: AmendmentReview; meeting: MeetingDetail }) {
  const i18n = useI18n();
  const { t, plural } = i18n;
  const { reportError } = useNotices();
  const [decisions, setDecisions] = useState<Record<string, HunkDecision | undefined>>({});
  const [active, setActive] = useState<string | null>(null);
  const [mode, setMode] = useState<DiffMode>('inline');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const committeeName = (id: string) => meeting.committees.find((c) => c.id === id)?.name ?? id;
  const accepted = review.hunks.filter((h) => decisions[h.id] === 'accept').length;
  const rejected = review.hunks.filter((h) => decisions[h.id] === 'reject').length;
  const undecided = review.hunks.length - accepted - rejected;

  const decide = (id: string, decision: HunkDecision) => {
    setDecisions((d) => ({ ...d, [id]: d[id] === decision ? undefined : decision }));
    setProblem(null);
  };
  const all = (decision: HunkDecision) => {
    setDecisions(Object.fromEntries(review.hunks.map((h) => [h.id, decision])));
    setProblem(null);
  };

  const apply = async () => {
    if (undecided > 0) {
      setProblem(plural('review.undecided', undecided));
      return;
    }
    setBusy(true);
    const accept = review.hunks.filter((h) => decisions[h.id] === 'accept').map((h) => h.id);
    const reject = review.hunks.filter((h) => decisions[h.id] === 'reject').map((h) => h.id);
    const result = await settle(() => api().amendment.decide({ amendmentId: review.amendment.id, accept, reject }));
    setBusy(false);
    if (!result.ok) {
      reportError(result.error);
      return;
    }
    navigate({ name: 'recommendation', meetingId: meeting.id, recommendationId: review.amendment.recommendationId });
  };

  return (
    <div className="review-layout">
      <section className="panel review-document" aria-label={t('review.documentLabel')}>
        <div className="review-document-head">
          <h2 className="section-heading">{t('review.documentLabel')}</h2>
          <ModeSwitch mode={mode} onChange={setMode} />
        </div>
        {review.title.hunkId && (
          <p className="diff-title document-text">
            <DiffRuns runs={review.title.runs} decisions={decisions} activeHunk={active} />
          </p>
        )}
        {!review.body.identical && (
          <DiffView diff={review.body} mode={mode} decisions={decisions} activeHunk={active} oldLabel={t('review.current')} newLabel={t('review.proposed')} />
        )}
        {review.fields.length > 0 && <FieldChanges changes={review.fields} committeeName={committeeName} decisions={decisions} />}
      </section>
      <section className="panel review-changes" aria-labelledby="review-changes-heading">
        <h2 id="review-changes-heading" className="section-heading">
          {plural('review.changesCount', review.hunks.length)}
        </h2>
        <div className="review-all">
          <button type="button" className="button button-small" onClick={() => all('accept')}>
            {t('review.acceptAll')}
          </button>
          <button type="button" className="button button-small" onClick={() => all('reject')}>
            {t('review.rejectAll')}
          </button>
        </div>
        <ol className="hunk-list">
          {review.hunks.map((hunk, index) => {
            const decision = decisions[hunk.id];
            const name = t('review.changeName', { index: index + 1 });
            return (
              <li
                key={hunk.id}
                className={`hunk-card${decision ? ` hunk-card-${decision}` : ''}${active === hunk.id ? ' hunk-card-active' : ''}`}
                onFocus={() => setActive(hunk.id)}
                onMouseEnter={() => setActive(hunk.id)}
              >
                <p className="hunk-card-title">
                  <strong>{name}</strong> · {hunkKindLabel(t, hunk)}
                  {hunk.field && <> · {fieldLabel(i18n, hunk.field)}</>}
                </p>
                <p className="hunk-card-text">
                  {hunk.before && <span className="muted">…{hunk.before}</span>}
                  {hunk.deleted && (
                    <del className="diff-del">
                      <span className="visually-hidden">{t('diff.srDeleted')}</span>
                      {hunk.deleted}
                    </del>
                  )}
                  {hunk.inserted && (
                    <ins className="diff-ins">
                      <span className="visually-hidden">{t('diff.srInserted')}</span>
                      {hunk.inserted}
                    </ins>
                  )}
                  {hunk.after && <span className="muted">{hunk.after}…</span>}
                </p>
                {hunk.conflict && <p className="review-warning small">{t('review.conflict')}</p>}
                <div className="hunk-card-actions" role="group" aria-label={name}>
                  <button
                    type="button"
                    className={`button button-small${decision === 'accept' ? ' button-accept' : ''}`}
                    aria-pressed={decision === 'accept'}
                    onClick={() => decide(hunk.id, 'accept')}
                  >
                    {t('review.accept')}
                  </button>
                  <button
                    type="button"
                    className={`button button-small${decision === 'reject' ? ' button-reject' : ''}`}
                    aria-pressed={decision === 'reject'}
                    onClick={() => decide(hunk.id, 'reject')}
                  >
                    {t('review.reject')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="review-apply">
          <p className="small" aria-live="polite">
            {t('review.tally', { accepted, rejected, undecided })}
          </p>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void apply()}>
            {t('review.apply')}
          </button>
        </div>
      </section>
    </div>
  );
}
