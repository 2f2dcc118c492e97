/**
 * Files dragged onto the window: a drop zone over the whole window while they are held above it;
 * dropped, packages and Word files are read, staged in the main process (their bytes, never a path)
 * and handed to the screen's import as the File › Import command with its files chosen. Any other
 * kind of file is refused, with nothing imported. The browser's own handling — opening the dropped
 * file in place of the app — is prevented everywhere, whatever is dropped.
 */
import { useEffect, useState } from 'react';
import type { ChosenFile } from '../../../../../shared/contract/fileKinds';
import { errorValue, type ErrorValue } from '../../../../../shared/errors';
import { api, settle } from '../../../api/client';
import { useI18n } from '../../../i18n/context';
import { navigate } from '../../../routing/route';
import { dispatchScreenCommand, setPendingCommand } from '../../../shell/commands';
import { useNotices } from '../../../shell/notices';
import { isImportable } from './fileNames';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** The file's bytes as base64 (what `file:stage` takes), read by the browser. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** `meetingId`: the meeting on display, if any: files dropped on one of its screens that cannot import go to its page. */
export function FileDropZone({ meetingId }: { meetingId: string | null }) {
  const { t } = useI18n();
  const { inform, reportError } = useNotices();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the files left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (event: DragEvent) => {
      event.preventDefault();
      if (event.dataTransfer && hasFiles(event)) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      // A file dropped anywhere would otherwise replace the app with the file.
      event.preventDefault();
      depth = 0;
      setOver(false);
      const dropped = [...(event.dataTransfer?.files ?? [])];
      if (dropped.length === 0) return;
      const refused = dropped.filter((f) => !isImportable(f.name));
      if (refused.length > 0) {
        inform('import.dropWrongKind', { names: refused.map((f) => f.name).join(', ') });
        return;
      }
      void stage(dropped).then((staged) => {
        if (!staged.ok) return reportError(staged.error);
        const command = { command: 'import', files: staged.files } as const;
        if (dispatchScreenCommand(command)) return;
        if (!meetingId) return inform('shell.openMeetingFirst');
        setPendingCommand(command);
        navigate({ name: 'meeting', meetingId });
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('drop', drop);
    };
  }, [inform, reportError, meetingId]);

  if (!over) return null;
  return (
    <div className="drop-zone" role="status">
      <div className="drop-zone-inner">
        <p className="drop-zone-title">{t('import.dropTitle')}</p>
        <p className="drop-zone-hint">{t('import.dropHint')}</p>
      </div>
    </div>
  );
}

type Staged = { ok: true; files: ChosenFile[] } | { ok: false; error: ErrorValue };

async function stage(files: File[]): Promise<Staged> {
  const staged: ChosenFile[] = [];
  for (const file of files) {
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      return { ok: false, error: errorValue('file_unreadable', file.name) };
    }
    const result = await settle(() => api().file.stage({ name: file.name, contentBase64 }));
    if (!result.ok) return result;
    staged.push(result.value);
  }
  return { ok: true, files: staged };
}
