/**
 * The review side of the editor, in tabs: comments, history, amendments, audit log. The tabs
 * follow the ARIA tabs pattern (arrow keys move between them, Tab goes into the panel).
 */
import type { LexicalEditor } from 'lexical';
import { forwardRef, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useRenderCount } from '../perf/renderCounts';
import type { Amendment, AuditEntryInfo, HistoryVersion } from '../../../shared/domain/review';
import type { MeetingDetail, Recommendation } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useLoad } from '../api/useLoad';
import { Loading } from '../components/Feedback';
import { useI18n } from '../i18n/context';
import { useNotices } from '../shell/notices';
import { AmendmentList } from './AmendmentList';
import { AuditList } from './AuditList';
import { CommentsPanel, type CommentsPanelHandle } from './CommentsPanel';
import { HistoryPanel } from './HistoryPanel';
import { ProposeAmendmentDialog } from './ProposeAmendmentDialog';

export const REVIEW_TABS = ['comments', 'history', 'amendments', 'audit'] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];

interface Props {
  recommendation: Recommendation;
  meeting: MeetingDetail;
  revision: number;
  editor: LexicalEditor | null;
  tab: ReviewTab;
  onTab(tab: ReviewTab): void;
  flush(): Promise<boolean>;
  onRestore(version: HistoryVersion): Promise<boolean>;
}

export const ReviewPanel = forwardRef<CommentsPanelHandle, Props>(function ReviewPanel(
  { recommendation, meeting, revision, editor, tab, onTab, flush, onRestore },
  commentsRef,
) {
  useRenderCount('reviewPanel');
  const { t } = useI18n();
  const { inform } = useNotices();
  const baseId = useId();
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const [openComments, setOpenComments] = useState(0);
  const [proposing, setProposing] = useState(false);
  const [amendmentRevision, setAmendmentRevision] = useState(0);

  const loadAmendments = useCallback(() => api().amendment.list({ recommendationId: recommendation.id }), [recommendation.id]);
  const amendments = useLoad<Amendment[]>(loadAmendments, `amendments/${recommendation.id}`);
  const loadAudit = useCallback(() => api().audit.list({ meetingId: meeting.id, recommendationId: recommendation.id }), [meeting.id, recommendation.id]);
  const audit = useLoad<AuditEntryInfo[]>(loadAudit, `audit/${recommendation.id}`);
  const reloadAmendments = amendments.reload;
  const reloadAudit = audit.reload;
  useEffect(() => {
    if (revision > 0 || amendmentRevision > 0) {
      void reloadAmendments();
      void reloadAudit();
    }
  }, [revision, amendmentRevision, reloadAmendments, reloadAudit]);
  const pending = amendments.state.status === 'ready' ? amendments.state.value.filter((a) => a.status === 'pending').length : 0;
  const committeeName = useCallback((id: string) => meeting.committees.find((c) => c.id === id)?.name ?? id, [meeting.committees]);

  const labels: Record<ReviewTab, string> = {
    comments: t('reviewTabs.comments'),
    history: t('reviewTabs.history'),
    amendments: t('reviewTabs.amendments'),
    audit: t('reviewTabs.audit'),
  };
  const counts: Partial<Record<ReviewTab, number>> = { comments: openComments, amendments: pending };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = REVIEW_TABS.indexOf(tab);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % REVIEW_TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + REVIEW_TABS.length) % REVIEW_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = REVIEW_TABS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const target = REVIEW_TABS[next]!;
    onTab(target);
    tabRefs.current[target]?.focus();
  };

  return (
    <section className="panel review-panel" aria-label={t('reviewTabs.label')}>
      <div role="tablist" aria-label={t('reviewTabs.label')} className="review-tabs" onKeyDown={onKeyDown}>
        {REVIEW_TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${name}`}
            aria-controls={`${baseId}-panel-${name}`}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            className={tab === name ? 'review-tab review-tab-selected' : 'review-tab'}
            onClick={() => onTab(name)}
          >
            {labels[name]}
            {counts[name] ? (
              <span className="count-pill">
                <span className="visually-hidden"> (</span>
                {counts[name]}
                <span className="visually-hidden">)</span>
              </span>
            ) : null}
          </button>
        ))}
      </div>
      {REVIEW_TABS.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={`${baseId}-panel-${name}`}
          aria-labelledby={`${baseId}-tab-${name}`}
          hidden={tab !== name}
          className="review-tabpanel"
        >
          {name === 'comments' && (
            // Always mounted: the highlights in the text stay while another tab is shown.
            <CommentsPanel ref={commentsRef} recommendationId={recommendation.id} revision={revision} editor={editor} flush={flush} onCount={setOpenComments} />
          )}
          {name === 'history' && tab === 'history' && (
            <HistoryPanel recommendationId={recommendation.id} revision={revision} committeeName={committeeName} onRestore={onRestore} />
          )}
          {name === 'amendments' && tab === 'amendments' && (
            <div className="amendments-tab">
              <p className="muted small">{t('amendment.tabIntro')}</p>
              <button
                type="button"
                className="button button-small"
                onClick={async () => {
                  // The proposal starts from the text as stored.
                  if (await flush()) setProposing(true);
                  else inform('comments.saveFirst');
                }}
              >
                {t('amendment.propose')}
              </button>
              {amendments.state.status === 'loading' && <Loading />}
              {amendments.state.status === 'ready' &&
                (amendments.state.value.length === 0 ? (
                  <p className="empty-note">{t('amendment.noneHere')}</p>
                ) : (
                  <AmendmentList amendments={amendments.state.value} showRecommendation={false} />
                ))}
            </div>
          )}
          {name === 'audit' && tab === 'audit' && (
            <>
              {audit.state.status === 'loading' && <Loading />}
              {audit.state.status === 'ready' && <AuditList entries={audit.state.value} showRecommendation={false} />}
            </>
          )}
        </div>
      ))}
      {proposing && (
        <ProposeAmendmentDialog
          recommendation={recommendation}
          typography={meeting.typography}
          onClose={() => setProposing(false)}
          onProposed={() => {
            setProposing(false);
            setAmendmentRevision((n) => n + 1);
            inform('amendment.proposed');
          }}
        />
      )}
    </section>
  );
});
