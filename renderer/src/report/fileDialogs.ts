/**
 * The native file dialogs as the export dialog uses them: the save dialog for the Word file, the
 * open dialog for a logo. Each answers with a token granted by the main process, never a path;
 * a cancelled dialog answers null.
 */
import { api, settle, type Result } from '../api/client';

export interface ChosenFile {
  token: string;
  name: string;
}

export function chooseReportTarget(suggestedName: string): Promise<Result<ChosenFile | null>> {
  return settle(() => api().file.chooseSave({ purpose: 'report', suggestedName }));
}

export async function chooseLogo(): Promise<Result<ChosenFile | null>> {
  const result = await settle(() => api().file.chooseOpen({ purpose: 'logo' }));
  return result.ok ? { ok: true, value: result.value.files[0] ?? null } : result;
}
