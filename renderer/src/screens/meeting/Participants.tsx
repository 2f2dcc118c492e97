/**
 * Participants grouped by delegation (French collation), who I am among them, and the forms that add,
 * edit and remove them. Removing is soft: a removed participant's name stays on what they wrote.
 */
import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { PARTICIPANT_ROLES, type MeetingDetail, type Participant, type ParticipantRole } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { groupByDelegation } from '../../components/groupByDelegation';
import { PencilIcon, PlusIcon, TrashIcon, UserIcon } from '../../components/icons';
import { useI18n } from '../../i18n/context';
import { useNotices } from '../../shell/notices';
import { useProfile } from '../../shell/profile';

export function Participants({ meeting, onChanged }: { meeting: MeetingDetail; onChanged(): Promise<void> }) {
  const { t, plural } = useI18n();
  const { reportError, inform } = useNotices();
  const { profile, refresh, openChooser } = useProfile();
  const [editing, setEditing] = useState<Participant | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const groups = groupByDelegation(meeting.participants);
  const me = meeting.participants.find((p) => p.id === profile?.id) ?? null;
  const heading = useRef<HTMLHeadingElement>(null);

  const remove = async (person: Participant) => {
    setRemoving(null);
    const result = await settle(() => api().participant.remove({ participantId: person.id }));
    if (!result.ok) return reportError(result.error);
    inform('participants.removed', { name: person.name });
    await onChanged();
    if (person.id === profile?.id) await refresh();
    // The row is gone with its buttons: focus goes to the panel's heading.
    heading.current?.focus();
  };

  return (
    <section className="panel participants" aria-labelledby="participants-heading">
      <h2 id="participants-heading" ref={heading} tabIndex={-1} className="section-heading">
        {t('participants.heading')}
      </h2>
      {meeting.participants.length === 0 ? (
        <p className="empty-note">{t('participants.empty')}</p>
      ) : (
        <>
          <p className="muted small">
            {plural('participants.count', meeting.participants.length)} · {plural('participants.delegationCount', groups.length)}
          </p>
          {!me && (
            <div className="who-hint">
              <p>{t('profile.hint')}</p>
              <button type="button" className="button button-small" onClick={() => openChooser(meeting.id)}>
                <UserIcon />
                {t('profile.choose')}
              </button>
            </div>
          )}
          {groups.map(([delegation, people]) => (
            <div className="delegation" key={delegation}>
              <h3 className="delegation-name">{delegation}</h3>
              <ul className="people">
                {people.map((person) => (
                  <li key={person.id} className={person.id === me?.id ? 'is-me' : undefined}>
                    <span className="person-name">
                      {person.name}
                      {person.id === me?.id && <span className="me-tag">{t('profile.youTag')}</span>}
                    </span>
                    <span className={`role role-${person.role}`}>{t(`role.${person.role}`)}</span>
                    <span className="person-actions">
                      <button
                        type="button"
                        className="icon-button icon-button-small"
                        aria-label={t('participants.editLabel', { name: person.name })}
                        title={t('participants.editLabel', { name: person.name })}
                        aria-haspopup="dialog"
                        onClick={() => setEditing(person)}
                      >
                        <PencilIcon />
                      </button>
                      <button
                        type="button"
                        className="icon-button icon-button-small icon-button-danger"
                        aria-label={t('participants.removeLabel', { name: person.name })}
                        title={t('participants.removeLabel', { name: person.name })}
                        aria-haspopup="dialog"
                        onClick={() => setRemoving(person)}
                      >
                        <TrashIcon />
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      <AddParticipant meeting={meeting} delegations={groups.map(([name]) => name)} onAdded={onChanged} />
      {editing && (
        <EditParticipant
          person={editing}
          delegations={groups.map(([name]) => name)}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            await onChanged();
            if (editing.id === profile?.id) await refresh();
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('participants.removeTitle')}
          message={t('participants.removeMessage', { name: removing.name, delegation: removing.delegation })}
          confirmLabel={t('participants.removeConfirm')}
          cancelLabel={t('participants.cancel')}
          danger
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

type Problem = 'name' | 'delegation' | ErrorValue | null;

function AddParticipant({ meeting, delegations, onAdded }: { meeting: MeetingDetail; delegations: string[]; onAdded(): Promise<void> }) {
  const { t, locale } = useI18n();
  const { inform } = useNotices();
  const listId = useId();
  const headingId = useId();
  const [name, setName] = useState('');
  const [delegation, setDelegation] = useState('');
  const [role, setRole] = useState<ParticipantRole>('expert');
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const delegationRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setProblem('name');
      return nameRef.current?.focus();
    }
    if (!delegation.trim()) {
      setProblem('delegation');
      return delegationRef.current?.focus();
    }
    setBusy(true);
    const input = { meetingId: meeting.id, name: name.trim(), delegation: delegation.trim(), role };
    const result = await settle(() => api().participant.add(input));
    setBusy(false);
    if (!result.ok) return setProblem(result.error);
    setName('');
    setProblem(null);
    inform('participants.added', { name: result.value.name, delegation: result.value.delegation });
    await onAdded();
    // Delegation and role stay: members of one delegation are usually entered one after another.
    nameRef.current?.focus();
  };

  const serverError = problem && typeof problem === 'object' ? problem.message[locale] : null;

  return (
    <form className="add-participant" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId} className="form-subheading">
        {t('participants.formHeading')}
      </h3>
      {serverError && (
        <p className="form-error" role="alert">
          {serverError}
        </p>
      )}
      <ParticipantFields
        fields={{ name, delegation, role }}
        onChange={{ setName, setDelegation, setRole, clearProblem: () => setProblem(null) }}
        refs={{ name: nameRef, delegation: delegationRef }}
        problem={problem}
        listId={listId}
        delegations={delegations}
      />
      <button type="submit" className="button" disabled={busy}>
        <PlusIcon />
        {t('participants.add')}
      </button>
    </form>
  );
}

/** Name, delegation and role of a participant, in a dialog (the side panel is too narrow for a form per row). */
function EditParticipant({
  person,
  delegations,
  onClose,
  onSaved,
}: {
  person: Participant;
  delegations: string[];
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const { t, locale } = useI18n();
  const { inform } = useNotices();
  const listId = useId();
  const [name, setName] = useState(person.name);
  const [delegation, setDelegation] = useState(person.delegation);
  const [role, setRole] = useState<ParticipantRole>(person.role);
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const delegationRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setProblem('name');
      return nameRef.current?.focus();
    }
    if (!delegation.trim()) {
      setProblem('delegation');
      return delegationRef.current?.focus();
    }
    setBusy(true);
    const result = await settle(() =>
      api().participant.update({ participantId: person.id, name: name.trim(), delegation: delegation.trim(), role }),
    );
    setBusy(false);
    if (!result.ok) return setProblem(result.error);
    inform('participants.updated', { name: result.value.name });
    await onSaved();
  };

  const serverError = problem && typeof problem === 'object' ? problem.message[locale] : null;

  return (
    <Dialog title={t('participants.editTitle', { name: person.name })} onClose={onClose} initialFocus={nameRef}>
      <form onSubmit={submit} noValidate>
        <div className="dialog-body form-stack">
          {serverError && (
            <p className="form-error" role="alert">
              {serverError}
            </p>
          )}
          <ParticipantFields
            fields={{ name, delegation, role }}
            onChange={{ setName, setDelegation, setRole, clearProblem: () => setProblem(null) }}
            refs={{ name: nameRef, delegation: delegationRef }}
            problem={problem}
            listId={listId}
            delegations={delegations}
          />
        </div>
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('participants.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('participants.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The name, delegation (with the meeting's delegations offered) and role of a participant: the same in the add form and the edit dialog. */
function ParticipantFields({
  fields,
  onChange,
  refs,
  problem,
  listId,
  delegations,
}: {
  fields: { name: string; delegation: string; role: ParticipantRole };
  onChange: { setName(v: string): void; setDelegation(v: string): void; setRole(v: ParticipantRole): void; clearProblem(): void };
  refs: { name: RefObject<HTMLInputElement | null>; delegation: RefObject<HTMLInputElement | null> };
  problem: Problem;
  listId: string;
  delegations: string[];
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        inputRef={refs.name}
        label={t('participants.name')}
        value={fields.name}
        required
        maxLength={200}
        autoComplete="off"
        onChange={(event) => {
          onChange.setName(event.target.value);
          onChange.clearProblem();
        }}
        error={problem === 'name' ? t('participants.nameRequired') : null}
      />
      <TextField
        inputRef={refs.delegation}
        label={t('participants.delegation')}
        value={fields.delegation}
        required
        maxLength={200}
        autoComplete="off"
        list={listId}
        onChange={(event) => {
          onChange.setDelegation(event.target.value);
          onChange.clearProblem();
        }}
        error={problem === 'delegation' ? t('participants.delegationRequired') : null}
      />
      <datalist id={listId}>
        {delegations.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <SelectField label={t('participants.role')} value={fields.role} onChange={(event) => onChange.setRole(event.target.value as ParticipantRole)}>
        {PARTICIPANT_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
