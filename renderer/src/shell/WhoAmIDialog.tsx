/**
 * « Qui suis-je ? »: chooses the participant this computer speaks for, among the participants of the
 * open meeting, grouped by delegation in French collation.
 */
import { useCallback, useId, useState, type FormEvent } from 'react';
import type { MeetingDetail } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useLoad } from '../api/useLoad';
import { Dialog } from '../components/Dialog';
import { LoadFailed, Loading } from '../components/Feedback';
import { groupByDelegation } from '../components/groupByDelegation';
import { useI18n } from '../i18n/context';
import { useProfile } from './profile';

export function WhoAmIDialog({ meetingId, onClose }: { meetingId: string; onClose(): void }) {
  const { t } = useI18n();
  const load = useCallback(() => api().meeting.get({ meetingId }), [meetingId]);
  const { state, reload } = useLoad<MeetingDetail>(load, `who-am-i/${meetingId}`);
  return (
    <Dialog title={t('profile.dialogTitle')} onClose={onClose} className="dialog-who">
      {state.status === 'loading' && (
        <div className="dialog-body">
          <Loading />
        </div>
      )}
      {state.status === 'failed' && (
        <div className="dialog-body">
          <LoadFailed error={state.error} onRetry={() => void reload()} />
        </div>
      )}
      {state.status === 'ready' && <Chooser meeting={state.value} onClose={onClose} />}
    </Dialog>
  );
}

function Chooser({ meeting, onClose }: { meeting: MeetingDetail; onClose(): void }) {
  const { t } = useI18n();
  const { profile, choose } = useProfile();
  const name = useId();
  const introId = useId();
  const inMeeting = meeting.participants.some((p) => p.id === profile?.id);
  const [selected, setSelected] = useState<string | null>(inMeeting ? (profile?.id ?? null) : null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const groups = groupByDelegation(meeting.participants);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return setMissing(true);
    setBusy(true);
    const ok = await choose(selected);
    setBusy(false);
    if (ok) onClose();
  };

  if (meeting.participants.length === 0) {
    return (
      <>
        <div className="dialog-body">
          <p>{t('profile.noParticipants')}</p>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('profile.close')}
          </button>
        </div>
      </>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={introId}>
      <div className="dialog-body">
        <p id={introId} className="dialog-intro">
          {t('profile.explanation')}
        </p>
        {profile && !inMeeting && <p className="field-hint">{t('profile.otherMeeting', { name: profile.name, delegation: profile.delegation })}</p>}
        <div className="who-groups">
          {groups.map(([delegation, people]) => (
            <fieldset key={delegation} className="who-group">
              <legend>{delegation}</legend>
              {people.map((person) => (
                <label key={person.id} className="choice who-choice">
                  <input
                    type="radio"
                    name={name}
                    value={person.id}
                    checked={selected === person.id}
                    onChange={() => {
                      setSelected(person.id);
                      setMissing(false);
                    }}
                  />
                  <span className="who-name">{person.name}</span>
                  <span className="who-role">{t(`role.${person.role}`)}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        {missing && (
          <p className="field-error" role="alert">
            {t('profile.chooseSomeone')}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('profile.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('profile.cancel')}
        </button>
      </div>
    </form>
  );
}
