/**
 * The meeting header's "Exporter le rapport…" button and its dialog, also opened by the menu's
 * File › Exporter le rapport Word… (Ctrl+E): on the meeting screen directly, from the editor through
 * the pending command it leaves for the meeting screen (see shell/commands.ts).
 */
import { useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../shared/domain/types';
import { useI18n } from '../i18n/context';
import { handleScreenCommands, peekPendingCommand, takePendingCommand } from '../shell/commands';
import { ExportDialog } from './ExportDialog';

export function ExportReportAction({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useI18n();
  // Read while rendering, before the meeting screen's own effect takes the pending command.
  const [open, setOpen] = useState(() => peekPendingCommand()?.command === 'export-report');

  useEffect(() => {
    if (peekPendingCommand()?.command === 'export-report') takePendingCommand();
    return handleScreenCommands((command) => {
      if (command.command !== 'export-report') return false;
      setOpen(true);
      return true;
    });
  }, []);

  return (
    <>
      <button type="button" className="button button-quiet" onClick={() => setOpen(true)}>
        {t('export.open')}
      </button>
      {open && <ExportDialog meeting={meeting} onClose={() => setOpen(false)} />}
    </>
  );
}
