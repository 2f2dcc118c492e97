/** One meeting in the list: the title is the link; the whole card is its click target. */
import type { MeetingSummary } from '../../../../shared/domain/types';
import { BuildingIcon, CalendarIcon, PinIcon } from '../../components/icons';
import { useI18n } from '../../i18n/context';
import { formatDateRange, formatDateTime } from '../../i18n/format';
import { hrefFor } from '../../routing/route';

export function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  const { t, plural, locale } = useI18n();
  const dates = formatDateRange(locale, meeting.startsOn, meeting.endsOn);
  return (
    <article className="meeting-card">
      <h2 className="meeting-card-title">
        <a href={hrefFor({ name: 'meeting', meetingId: meeting.id })}>{meeting.title}</a>
      </h2>
      <ul className="meta-list">
        {meeting.organisation && (
          <li>
            <BuildingIcon />
            {meeting.organisation}
          </li>
        )}
        <li className={meeting.venue ? undefined : 'muted'}>
          <PinIcon />
          {meeting.venue || t('home.noVenue')}
        </li>
        <li className={dates ? undefined : 'muted'}>
          <CalendarIcon />
          {dates ?? t('home.noDates')}
        </li>
      </ul>
      <p className="meeting-card-footer">
        <span className="count">
          {meeting.recommendationCount === 0 ? t('home.recCountNone') : plural('home.recCount', meeting.recommendationCount)}
        </span>
        <span className="muted">{t('home.lastChange', { date: formatDateTime(locale, meeting.updatedAt) })}</span>
      </p>
    </article>
  );
}
