/**
 * The meeting's title and details (numbering, typography), its introductory text, the way to the
 * trash, and the form that edits them all (secretariat).
 */
import { useEffect, useRef, useState } from 'react';
import type { MeetingDetail } from '../../../../shared/domain/types';
import { api, settle } from '../../api/client';
import { DocumentView, isEmptyDocument } from '../../components/DocumentView';
import { BuildingIcon, CalendarIcon, ChevronDownIcon, ExportIcon, HashIcon, ImportIcon, PencilIcon, PinIcon, TrashIcon, TypeIcon } from '../../components/icons';
import { MeetingForm, toMeetingInput, type IntroValue, type MeetingFields } from '../../components/MeetingForm';
import { useI18n } from '../../i18n/context';
import { formatDateRange } from '../../i18n/format';
import { hrefFor } from '../../routing/route';
import { useNotices } from '../../shell/notices';
import { ExchangeLinks } from '../exchange/ExchangeLinks';
import { ExportReportAction } from '../../report/ExportReportAction';
import { ReviewLinks } from './ReviewLinks';

interface Props {
  meeting: MeetingDetail;
  onUpdated(meeting: MeetingDetail): void;
  /** How many recommendations are in the trash (null while unknown). */
  trashCount: number | null;
  /** Amendments waiting for a decision (null while unknown). */
  pendingAmendments?: number | null;
  /** « Importer… » and « Exporter un paquet… » (their dialogs belong to the meeting screen, which the menu reaches too). */
  onImport?: () => void;
  onExportPackage?: () => void;
}

export function MeetingHeader({ meeting, onUpdated, trashCount, pendingAmendments = null, onImport, onExportPackage }: Props) {
  const { t, locale } = useI18n();
  const { inform } = useNotices();
  const [editing, setEditing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const dates = formatDateRange(locale, meeting.startsOn, meeting.endsOn);
  const hasIntro = !isEmptyDocument(meeting.intro);

  useEffect(() => {
    headingRef.current?.focus();
  }, [meeting.id]);

  const save = async (values: MeetingFields, intro: IntroValue) => {
    const input = { meetingId: meeting.id, ...toMeetingInput(values), ...(intro === undefined ? {} : { intro }) };
    const result = await settle(() => api().meeting.update(input));
    if (!result.ok) return result.error;
    onUpdated(result.value);
    setEditing(false);
    inform('meeting.updated');
    requestAnimationFrame(() => editButton.current?.focus());
    return null;
  };

  return (
    <header className="meeting-header">
      <div className="meeting-header-main">
        <h1 ref={headingRef} tabIndex={-1}>
          {meeting.title}
        </h1>
        {!editing && (
          <div className="meeting-header-actions">
            <button ref={editButton} type="button" className="button button-quiet" onClick={() => setEditing(true)}>
              <PencilIcon />
              {t('meeting.edit')}
            </button>
            <ExportReportAction meeting={meeting} />
            {onImport && (
              <button type="button" className="button button-quiet" onClick={onImport}>
                <ImportIcon />
                {t('import.open')}
              </button>
            )}
            {onExportPackage && (
              <button type="button" className="button button-quiet" onClick={onExportPackage}>
                <ExportIcon />
                {t('exportPackage.open')}
              </button>
            )}
            <a className="button button-quiet" href={hrefFor({ name: 'trash', meetingId: meeting.id })}>
              <TrashIcon />
              {t('trash.link')}
              {trashCount !== null && trashCount > 0 && (
                <span className="count-pill">
                  <span className="visually-hidden"> (</span>
                  {trashCount}
                  <span className="visually-hidden">)</span>
                </span>
              )}
            </a>
          </div>
        )}
      </div>
      {!editing && <ReviewLinks meetingId={meeting.id} pendingAmendments={pendingAmendments} />}
      {!editing && <ExchangeLinks meetingId={meeting.id} />}
      {editing ? (
        <MeetingForm
          mode="edit"
          initial={{
            title: meeting.title,
            organisation: meeting.organisation,
            venue: meeting.venue,
            startsOn: meeting.startsOn ?? '',
            endsOn: meeting.endsOn ?? '',
            numbering: meeting.numbering,
            typography: meeting.typography,
          }}
          intro={meeting.intro}
          onSubmit={save}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          <dl className="meeting-facts">
            <div>
              <dt>
                <BuildingIcon />
                {t('meeting.organisation')}
              </dt>
              <dd>{meeting.organisation || <span className="muted">{t('meeting.notSet')}</span>}</dd>
            </div>
            <div>
              <dt>
                <PinIcon />
                {t('meeting.venue')}
              </dt>
              <dd>{meeting.venue || <span className="muted">{t('meeting.notSet')}</span>}</dd>
            </div>
            <div>
              <dt>
                <CalendarIcon />
                {t('meeting.dates')}
              </dt>
              <dd>{dates ?? <span className="muted">{t('meeting.notSet')}</span>}</dd>
            </div>
            <div>
              <dt>
                <HashIcon />
                {t('meeting.numberingFact')}
              </dt>
              <dd>{t(meeting.numbering === 'per_committee' ? 'meeting.numberingPerCommitteeShort' : 'meeting.numberingContinuousShort')}</dd>
            </div>
            <div>
              <dt>
                <TypeIcon />
                {t('meeting.typographyFact')}
              </dt>
              <dd>{t(meeting.typography === 'fr' ? 'meeting.typographyOn' : 'meeting.typographyOff')}</dd>
            </div>
          </dl>
          {hasIntro && meeting.intro ? (
            <details className="meeting-intro">
              <summary>
                <ChevronDownIcon />
                {t('meeting.introHeading')}
              </summary>
              <DocumentView doc={meeting.intro} className="meeting-intro-text" />
            </details>
          ) : (
            <p className="meeting-intro-missing muted small">{t('meeting.introMissing')}</p>
          )}
        </>
      )}
    </header>
  );
}
