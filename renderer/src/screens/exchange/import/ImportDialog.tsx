/**
 * « Importer… »: the files chosen in the open dialog or dropped on the window, listed with their
 * size and kind; each Word file previewed, with the rapporteur's choices, before anything is
 * written; then the import, one transaction for the whole batch, with its progress; then what it did.
 * A refused file leaves everything as it was: the service's message is shown and the dialog stays.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChosenFile } from '../../../../../shared/contract/fileKinds';
import type { ImportSummary } from '../../../../../shared/domain/exchange';
import type { Committee, Participant, RecommendationSummary } from '../../../../../shared/domain/types';
import type { ErrorValue } from '../../../../../shared/errors';
import { api, settle } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { TaskProgressBar, useTaskProgress } from '../../../components/TaskProgress';
import { useI18n } from '../../../i18n/context';
import { useProfile } from '../../../shell/profile';
import { intlLocale } from '../../../i18n/format';
import { ImportSummaryView } from './ImportSummaryView';
import { committeeChoices, nameProblems } from './wordChoices';
import { WordPreview, type WordState } from './WordPreview';

interface Props {
  /** The meeting on display; null on the home screen, where only packages can be imported. */
  meetingId: string | null;
  /** The files of the batch: more may join while it is reviewed (another drop, the menu again). */
  files: ChosenFile[];
  onRemove(token: string): void;
  onClose(): void;
  /** The import ran (the screen behind reloads when it wrote something). */
  onFinished(summary: ImportSummary): void;
}

export const isWordFile = (name: string) => /\.docx$/i.test(name);

export function ImportDialog({ meetingId, files, onRemove, onClose, onFinished }: Props) {
  const { t, locale } = useI18n();
  // Each Word file is read and mapped once, as soon as it is in the list (until then: loading).
  const [words, setWords] = useState<Record<string, WordState>>({});
  const requested = useRef(new Set<string>());
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [done, setDone] = useState<{ summary: ImportSummary; recommendations: RecommendationSummary[] | null; title: string | null } | null>(null);
  const step = useTaskProgress('import', running);
  const { profile } = useProfile();
  const [participants, setParticipants] = useState<Participant[]>([]);
  const [committees, setCommittees] = useState<Committee[]>([]);

  const wordFiles = files.filter((f) => isWordFile(f.name));
  const wordBlocked = wordFiles.length > 0 && meetingId === null;

  // Answers that arrive after the dialog closed are dropped; a file added later does not cancel the others'.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (meetingId === null) return;
    const unread = files.filter((f) => isWordFile(f.name) && !requested.current.has(f.token));
    for (const f of unread) requested.current.add(f.token);
    // The participants, once, with the first Word file.
    if (unread.length > 0 && requested.current.size === unread.length) {
      void settle(() => api().meeting.get({ meetingId })).then((result) => {
        if (!mounted.current || !result.ok) return;
        setParticipants(result.value.participants);
        setCommittees(result.value.committees);
      });
    }
    // On whose behalf, first: the participant named as the file's author, else who I am here.
    const me = profile?.meetingId === meetingId ? profile.id : '';
    for (const file of unread) {
      void settle(() => api().docx.previewFile({ meetingId, fileToken: file.token })).then((result) => {
        if (!mounted.current) return;
        const state: WordState = result.ok
          ? {
              status: 'ready',
              preview: result.value,
              skip: [],
              trackedChanges: 'accept',
              carryComments: true,
              asParticipantId: result.value.creator.participantId ?? me,
              targets: {},
              names: {},
            }
          : { status: 'failed', error: result.error };
        setWords((w) => ({ ...w, [file.token]: state }));
      });
    }
    // Read once per file: a profile changed meanwhile does not reset the choices made.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meetingId, files]);

  const wordReady = wordFiles.every((f) => {
    const w = words[f.token];
    return w?.status === 'ready' && w.skip.length < w.preview.recommendations.length && nameProblems(w.preview, committees, w).size === 0;
  });
  const canImport = files.length > 0 && !running && !wordBlocked && wordReady;

  const run = async () => {
    setError(null);
    setRunning(true);
    const word = wordFiles.flatMap((f) => {
      const w = words[f.token];
      if (w?.status !== 'ready') return [];
      return [
        {
          fileToken: f.token,
          digest: w.preview.digest,
          choices: { skip: w.skip, trackedChanges: w.trackedChanges, carryComments: w.carryComments, ...committeeChoices(w.preview, w) },
          ...(w.asParticipantId ? { asParticipantId: w.asParticipantId } : {}),
        },
      ];
    });
    const result = await settle(() =>
      api().package.import({ fileTokens: files.map((f) => f.token), ...(meetingId ? { meetingId } : {}), ...(word.length ? { word } : {}) }),
    );
    if (!result.ok) {
      setRunning(false);
      setError(result.error);
      return;
    }
    const summary = result.value;
    // The recommendations named in the summary are shown with their number and title.
    const meeting = await settle(() => api().meeting.get({ meetingId: summary.meetingId }));
    setDone({ summary, recommendations: meeting.ok ? meeting.value.recommendations : null, title: meeting.ok ? meeting.value.title : null });
    setRunning(false);
    onFinished(summary);
  };

  return (
    <Dialog title={t('import.title')} onClose={running ? () => {} : onClose} className="dialog-wide import-dialog">
      <div className="dialog-body">
        {!done && (
          <>
            <p className="dialog-intro">{t('import.intro')}</p>
            <h3 className="import-files-heading">{t('import.files')}</h3>
            <ul className="import-files" aria-busy={running}>
              {files.map((f) => (
                <li key={f.token} className="import-file">
                  <span className="import-file-name">{f.name}</span>
                  <span className="import-file-kind">{t(isWordFile(f.name) ? 'import.kind.docx' : 'import.kind.palabre')}</span>
                  <span className="import-file-size muted">{formatSize(f.size, locale, t)}</span>
                </li>
              ))}
            </ul>
            {wordBlocked && (
              <p className="form-error" role="alert">
                {t('import.wordNeedsMeeting')}
              </p>
            )}
            {!wordBlocked &&
              wordFiles.map((f) => (
                <WordPreview
                  key={f.token}
                  name={f.name}
                  state={words[f.token] ?? { status: 'loading' }}
                  participants={participants}
                  committees={committees}
                  disabled={running}
                  onChange={(next) => setWords((w) => ({ ...w, [f.token]: next }))}
                  onRemove={() => onRemove(f.token)}
                />
              ))}
          </>
        )}
        {running && <TaskProgressBar step={step} fallback={t('import.running')} />}
        {error && (
          <div className="form-error import-error" role="alert">
            <p>{error.message[locale]}</p>
            <p>{t('import.failedNothing')}</p>
          </div>
        )}
        {done && (
          <ImportSummaryView summary={done.summary} recommendations={done.recommendations} meetingTitle={done.title} showMeetingLink={meetingId === null} />
        )}
      </div>
      <div className="dialog-actions">
        {!done && (
          <button type="button" className="button button-primary" onClick={() => void run()} disabled={!canImport}>
            {t(wordFiles.length > 0 ? 'import.confirmWord' : 'import.confirm')}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onClose} disabled={running}>
          {t(done ? 'import.close' : 'import.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function formatSize(bytes: number, locale: 'fr' | 'en', t: ReturnType<typeof useI18n>['t']): string {
  const format = (n: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return t('import.sizeMb', { size: format(bytes / (1024 * 1024)) });
  return t('import.size', { size: format(Math.max(0.1, bytes / 1024)) });
}
