/**
 * How a screen offers importing: its « Importer… » button and the File › Import menu command open
 * the open dialog; files dropped on the window come with the command already chosen. Either way the
 * import dialog opens with them. A command carried from the editor (pending) is run once here.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ChosenFile } from '../../../../../shared/contract/fileKinds';
import type { ImportSummary } from '../../../../../shared/domain/exchange';
import { api, settle } from '../../../api/client';
import { handleScreenCommands, peekPendingCommand, takePendingCommand } from '../../../shell/commands';
import { useNotices } from '../../../shell/notices';
import { ImportDialog } from './ImportDialog';

export function useImportFlow(meetingId: string | null, onImported: (summary: ImportSummary) => void): { start(files?: ChosenFile[]): void; dialog: ReactNode } {
  const { reportError } = useNotices();
  // Files dropped on the editor page, carried here with the command, open the dialog at once.
  const [files, setFiles] = useState<ChosenFile[] | null>(() => {
    const pending = peekPendingCommand();
    return pending?.command === 'import' && pending.files?.length ? pending.files : null;
  });
  // A new dialog for each batch once one has been imported; before that, more files join the open one.
  const [batch, setBatch] = useState({ number: 0, finished: false });
  const add = useCallback(
    (more: ChosenFile[]) => {
      if (batch.finished) {
        setBatch((b) => ({ number: b.number + 1, finished: false }));
        setFiles(more);
        return;
      }
      setFiles((list) => [...(list ?? []), ...more.filter((f) => !list?.some((l) => l.token === f.token))]);
    },
    [batch.finished],
  );

  /** The open dialog, then the import dialog with the files picked (none: cancelled). */
  const ask = useCallback(() => {
    void settle(() => api().file.chooseOpen({ purpose: 'import' })).then((result) => {
      if (!result.ok) reportError(result.error);
      else if (result.value.files.length > 0) add(result.value.files);
    });
  }, [reportError, add]);

  const start = useCallback(
    (given?: ChosenFile[]) => {
      if (given?.length) add(given);
      else ask();
    },
    [ask, add],
  );

  useEffect(
    () =>
      handleScreenCommands((command) => {
        if (command.command !== 'import') return false;
        start(command.files);
        return true;
      }),
    [start],
  );
  useEffect(() => {
    const pending = peekPendingCommand();
    if (pending?.command !== 'import') return;
    takePendingCommand();
    if (!pending.files?.length) ask();
  }, [ask]);

  const close = () => {
    setFiles(null);
    setBatch((b) => ({ number: b.number + 1, finished: false }));
  };
  const dialog = files && (
    <ImportDialog
      key={batch.number}
      meetingId={meetingId}
      files={files}
      onRemove={(token) => setFiles((list) => list?.filter((f) => f.token !== token) ?? null)}
      onClose={close}
      onFinished={(summary) => {
        setBatch((b) => ({ ...b, finished: true }));
        if (!summary.noChange) onImported(summary);
      }}
    />
  );
  return { start, dialog };
}
