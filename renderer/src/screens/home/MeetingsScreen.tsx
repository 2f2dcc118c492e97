/** Home: the meetings stored on this computer, and the form that creates one. */
import { useEffect, useId, useRef, useState } from 'react';
import type { MeetingSummary } from '../../../../shared/domain/types';
import { api, settle } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { LoadFailed, Loading } from '../../components/Feedback';
import { ImportIcon, PlusIcon } from '../../components/icons';
import { MeetingForm, toMeetingInput, type MeetingFields } from '../../components/MeetingForm';
import { flushAll } from '../../editor/pendingSaves';
import { useI18n } from '../../i18n/context';
import { navigate } from '../../routing/route';
import { useShowMeeting } from '../../shell/currentMeeting';
import { useImportFlow } from '../exchange/import/useImportFlow';
import { MeetingCard } from './MeetingCard';

async function loadMeetings() {
  await flushAll();
  return api().meeting.list({});
}

export function MeetingsScreen() {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formId = useId();
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const { state, reload } = useLoad<MeetingSummary[]>(loadMeetings, 'meetings');
  useShowMeeting(null);
  // A meeting package imported here sets its meeting up on this computer.
  const importFlow = useImportFlow(null, () => void reload());

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const create = async (values: MeetingFields) => {
    const result = await settle(() => api().meeting.create(toMeetingInput(values)));
    if (!result.ok) return result.error;
    navigate({ name: 'meeting', meetingId: result.value.id });
    return null;
  };

  const closeForm = () => {
    setCreating(false);
    newButton.current?.focus();
  };

  const meetings = state.status === 'ready' ? sortByRecentChange(state.value) : [];

  return (
    <div className="page page-narrow">
      <div className="page-header">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('home.title')}
          </h1>
          <p className="page-intro">{t('home.intro')}</p>
        </div>
        <a className="button" href="#/backups">
          {t('backups.link')}
        </a>
        <button type="button" className="button" onClick={() => importFlow.start()}>
          <ImportIcon />
          {t('import.openMeetingPackage')}
        </button>
        <button
          ref={newButton}
          type="button"
          className="button button-primary"
          aria-expanded={creating}
          aria-controls={creating ? formId : undefined}
          onClick={() => setCreating((open) => !open)}
        >
          <PlusIcon />
          {t('home.new')}
        </button>
      </div>

      {importFlow.dialog}
      {creating && (
        <div id={formId}>
          <MeetingForm mode="create" onSubmit={create} onCancel={closeForm} />
        </div>
      )}

      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <LoadFailed error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && meetings.length === 0 && !creating && (
        <section className="empty-state" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyBody')}</p>
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('home.emptyAction')}
          </button>
        </section>
      )}
      {meetings.length > 0 && (
        <ul className="meeting-list" aria-label={t('home.listLabel')}>
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <MeetingCard meeting={meeting} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function sortByRecentChange(meetings: MeetingSummary[]): MeetingSummary[] {
  return [...meetings].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
