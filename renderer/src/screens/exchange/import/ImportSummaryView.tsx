/**
 * What an import did, as the rapporteur needs it next: the meeting set up, the recommendations new,
 * updated, merged or unchanged (each named with its number and a link), the conflicts and the
 * near-duplicates with the way to the screens that settle them, and the Word files taken in.
 */
import type { ReactNode } from 'react';
import type { ImportSummary } from '../../../../../shared/domain/exchange';
import type { RecommendationSummary } from '../../../../../shared/domain/types';
import { quoted } from '../../../../../shared/text';
import { useI18n } from '../../../i18n/context';
import type { PluralBase } from '../../../i18n/dictionaries';
import { hrefFor } from '../../../routing/route';

interface Props {
  summary: ImportSummary;
  /** The meeting's recommendations after the import, to name the ones listed (null while loading). */
  recommendations: RecommendationSummary[] | null;
  meetingTitle: string | null;
  /** Shown on the home screen, where the meeting is not on display yet. */
  showMeetingLink: boolean;
}

const GROUPS = ['created', 'fastForwarded', 'merged', 'unchanged'] as const;

export function ImportSummaryView({ summary, recommendations, meetingTitle, showMeetingLink }: Props) {
  const { t, plural, locale } = useI18n();
  // Committee names quoted as each language quotes; people's names as they are.
  const quote = (n: string) => quoted(locale, n);
  const recordNotes = (
    [
      ['removed', 'import.committeesRemoved', summary.committeesRemoved.map(quote)],
      ['restored', 'import.committeesRestored', summary.committeesRestored.map(quote)],
      ['kept', 'import.committeesKept', summary.committeesKept.map(quote)],
      ['participants-removed', 'import.participantsRemoved', summary.participantsRemoved],
    ] as const
  ).filter(([, , list]) => list.length > 0);
  const meetingId = summary.meetingId;
  const byId = new Map((recommendations ?? []).map((r) => [r.id, r]));
  const conflictCount = summary.conflicts.reduce((n, c) => n + c.conflictIds.length, 0);
  const extras = (
    [
      ['import.extraCommittees', summary.committeesAdded],
      ['import.extraParticipants', summary.participantsAdded],
      ['import.extraComments', summary.commentsAdded],
      ['import.extraCommentsUpdated', summary.commentsUpdated],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([key, n]) => plural(key, n));

  const recList = (ids: readonly string[]) => (
    <ul className="import-recs">
      {ids.map((id) => {
        const rec = byId.get(id);
        return (
          <li key={id}>
            <a href={hrefFor({ name: 'recommendation', meetingId, recommendationId: id })}>
              {rec?.number && <span className="import-rec-number">{rec.number}</span>}
              {rec?.title ?? t('import.recUnknown')}
            </a>
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="import-summary" data-import-summary="">
      <h3 className="import-summary-heading">{t('import.summary')}</h3>
      {summary.meetingCreated && (
        <p className="import-meeting-created">
          {t('import.meetingCreated', { title: meetingTitle ?? summary.files[0]?.meetingTitle ?? '' })}{' '}
          {showMeetingLink && <a href={hrefFor({ name: 'meeting', meetingId })}>{t('import.openMeeting')}</a>}
        </p>
      )}
      {summary.noChange && <p>{t('import.noChange')}</p>}
      <ul className="import-counts">
        {GROUPS.filter((g) => summary[g].length > 0).map((group) => (
          <li key={group} data-group={group}>
            <CountedList label={plural(`import.${group}` as PluralBase, summary[group].length)} open={summary[group].length <= 5}>
              {recList(summary[group])}
            </CountedList>
          </li>
        ))}
        {summary.conflicts.length > 0 && (
          <li data-group="conflicts" className="import-attention">
            <CountedList label={plural('import.conflicts', summary.conflicts.length)} open>
              {recList(summary.conflicts.map((c) => c.recommendationId))}
            </CountedList>
            <a className="button button-small button-attention" href={hrefFor({ name: 'conflicts', meetingId })}>
              {plural('import.conflictsLink', conflictCount)}
            </a>
          </li>
        )}
        {summary.duplicates.length > 0 && (
          <li data-group="duplicates" className="import-attention">
            <CountedList label={plural('import.duplicates', summary.duplicates.length)} open>
              <ul className="import-recs">
                {summary.duplicates.map((d) => (
                  <li key={d.recommendationIds.join('/')}>
                    {`«\u00A0${d.titles[0]}\u00A0» / «\u00A0${d.titles[1]}\u00A0»`}
                  </li>
                ))}
              </ul>
            </CountedList>
            <a className="button button-small" href={hrefFor({ name: 'duplicates', meetingId })}>
              {t('import.duplicatesLink')}
            </a>
          </li>
        )}
      </ul>
      {recordNotes.map(([tag, key, list]) => (
        <p key={key} className="import-record-note" data-note={tag}>
          {plural(key, list.length, { names: list.join(', ') })}
        </p>
      ))}
      {summary.wordFiles.length > 0 && (
        <>
          <h4>{t('import.wordFiles')}</h4>
          <ul className="import-word-files">
            {summary.wordFiles.map((w) => (
              <li key={w.name}>{w.alreadyImported ? t('import.wordAlready', { name: w.name }) : plural('import.wordFile', w.recommendations, { name: w.name })}</li>
            ))}
          </ul>
        </>
      )}
      {summary.files.length > 0 && (
        <ul className="import-package-files muted small">
          {summary.files.map((f) => {
            const params = { name: f.name, kind: t(`import.packageKind.${f.kind}`), meeting: f.meetingTitle, author: f.createdByName ?? '' };
            return <li key={f.digest}>{t(f.createdByName ? 'import.packageFileBy' : 'import.packageFile', params)}</li>;
          })}
        </ul>
      )}
      {extras.length > 0 && <p className="muted small" data-import-extras="">{extras.join(' · ')}</p>}
    </div>
  );
}

function CountedList({ label, open, children }: { label: string; open: boolean; children: ReactNode }) {
  return (
    <details className="import-group" open={open}>
      <summary>{label}</summary>
      {children}
    </details>
  );
}
