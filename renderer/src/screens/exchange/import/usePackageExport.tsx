/** « Exporter un paquet… » on the meeting screen: by the header's button and by the File menu command. */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { MeetingDetail } from '../../../../../shared/domain/types';
import { handleScreenCommands, peekPendingCommand, takePendingCommand } from '../../../shell/commands';
import { ExportPackageDialog } from './ExportPackageDialog';

export function usePackageExport(meeting: MeetingDetail): { open(): void; dialog: ReactNode } {
  // The command given in the editor, carried here, opens the dialog at once.
  const [shown, setShown] = useState(() => peekPendingCommand()?.command === 'export-package');
  const open = useCallback(() => setShown(true), []);
  useEffect(
    () =>
      handleScreenCommands((command) => {
        if (command.command !== 'export-package') return false;
        setShown(true);
        return true;
      }),
    [],
  );
  useEffect(() => {
    if (peekPendingCommand()?.command === 'export-package') takePendingCommand();
  }, []);
  return { open, dialog: shown && <ExportPackageDialog meeting={meeting} onClose={() => setShown(false)} /> };
}
