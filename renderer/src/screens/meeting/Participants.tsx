/** Participants grouped by delegation, and the form that adds one. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { PARTICIPANT_ROLES, type MeetingDetail, type Participant, type ParticipantRole } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { SelectField, TextField } from '../../components/Field';
import { PlusIcon } from '../../components/icons';
import { useI18n } from '../../i18n/context';
import { intlLocale } from '../../i18n/format';
import { useNotices } from '../../shell/notices';

export function Participants({ meeting, onAdded }: { meeting: MeetingDetail; onAdded(): Promise<void> }) {
  const { t, plural, locale } = useI18n();
  const groups = groupByDelegation(meeting.participants, intlLocale(locale));
  return (
    <section className="panel participants" aria-labelledby="participants-heading">
      <h2 id="participants-heading" className="section-heading">
        {t('participants.heading')}
      </h2>
      {meeting.participants.length === 0 ? (
        <p className="empty-note">{t('participants.empty')}</p>
      ) : (
        <>
          <p className="muted small">
            {plural('participants.count', meeting.participants.length)} · {plural('participants.delegationCount', groups.length)}
          </p>
          {groups.map(([delegation, people]) => (
            <div className="delegation" key={delegation}>
              <h3 className="delegation-name">{delegation}</h3>
              <ul className="people">
                {people.map((person) => (
                  <li key={person.id}>
                    <span className="person-name">{person.name}</span>
                    <span className={`role role-${person.role}`}>{t(`role.${person.role}`)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      <AddParticipant meeting={meeting} delegations={groups.map(([name]) => name)} onAdded={onAdded} />
    </section>
  );
}

function groupByDelegation(participants: Participant[], collator: string): Array<[string, Participant[]]> {
  const groups = new Map<string, Participant[]>();
  for (const person of participants) groups.set(person.delegation, [...(groups.get(person.delegation) ?? []), person]);
  const compare = new Intl.Collator(collator).compare;
  return [...groups.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([name, people]) => [name, [...people].sort((a, b) => compare(a.name, b.name))]);
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
      <TextField
        inputRef={nameRef}
        label={t('participants.name')}
        value={name}
        required
        maxLength={200}
        autoComplete="off"
        onChange={(event) => {
          setName(event.target.value);
          setProblem(null);
        }}
        error={problem === 'name' ? t('participants.nameRequired') : null}
      />
      <TextField
        inputRef={delegationRef}
        label={t('participants.delegation')}
        value={delegation}
        required
        maxLength={200}
        autoComplete="off"
        list={listId}
        onChange={(event) => {
          setDelegation(event.target.value);
          setProblem(null);
        }}
        error={problem === 'delegation' ? t('participants.delegationRequired') : null}
      />
      <datalist id={listId}>
        {delegations.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <SelectField label={t('participants.role')} value={role} onChange={(event) => setRole(event.target.value as ParticipantRole)}>
        {PARTICIPANT_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" disabled={busy}>
        <PlusIcon />
        {t('participants.add')}
      </button>
    </form>
  );
}
