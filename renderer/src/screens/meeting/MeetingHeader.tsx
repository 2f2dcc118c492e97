/** The meeting's title and details, with the form that edits them. */
import { useEffect, useRef, useState } from 'react';
import type { MeetingDetail } from '../../../../shared/domain/types';
import { api, settle } from '../../api/client';
import { BuildingIcon, CalendarIcon, PencilIcon, PinIcon } from '../../components/icons';
import { MeetingForm, toMeetingInput, type MeetingFields } from '../../components/MeetingForm';
import { useI18n } from '../../i18n/context';
import { formatDateRange } from '../../i18n/format';
import { useNotices } from '../../shell/notices';

export function MeetingHeader({ meeting, onUpdated }: { meeting: MeetingDetail; onUpdated(meeting: MeetingDetail): void }) {
  const { t, plural, locale } = useI18n();
  const { inform } = useNotices();
  const [editing, setEditing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const dates = formatDateRange(locale, meeting.startsOn, meeting.endsOn);

  useEffect(() => {
    headingRef.current?.focus();
  }, [meeting.id]);

  const save = async (values: MeetingFields) => {
    const result = await settle(() => api().meeting.update({ meetingId: meeting.id, ...toMeetingInput(values) }));
    if (!result.ok) return result.error;
    onUpdated(result.value);
    setEditing(false);
    inform('meeting.updated');
    requestAnimationFrame(() => editButton.current?.focus());
    return null;
  };

  const count = meeting.recommendations.length;
  const committees = plural('meeting.committeeCount', meeting.committees.length);

  return (
    <header className="meeting-header">
      <div className="meeting-header-main">
        <h1 ref={headingRef} tabIndex={-1}>
          {meeting.title}
        </h1>
        {!editing && (
          <button ref={editButton} type="button" className="button button-quiet" onClick={() => setEditing(true)}>
            <PencilIcon />
            {t('meeting.edit')}
          </button>
        )}
      </div>
      {editing ? (
        <MeetingForm
          mode="edit"
          initial={{
            title: meeting.title,
            organisation: meeting.organisation,
            venue: meeting.venue,
            startsOn: meeting.startsOn ?? '',
            endsOn: meeting.endsOn ?? '',
          }}
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
          </dl>
          <p className="meeting-summary">{plural('meeting.summary', count, { committees })}</p>
        </>
      )}
    </header>
  );
}
