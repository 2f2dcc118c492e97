/**
 * The native file dialogs as the export dialog uses them. The channels `file:chooseSave` and
 * `file:chooseOpen` belong to the file-dialog work (another branch); until they are in the contract
 * they are looked up at run time, and their absence is reported as an error value like any other.
 */
import type { ErrorValue, Result } from '../../../shared/errors';
import { errorValue } from '../../../shared/errors';

export interface ChosenFile {
  token: string;
  name: string;
}

type FileApi = {
  chooseSave(input: { purpose: 'report'; suggestedName: string }): Promise<Result<ChosenFile | null>>;
  chooseOpen(input: { purpose: 'logo' }): Promise<Result<{ files: Array<ChosenFile & { size: number }> }>>;
};

function fileApi(): FileApi | null {
  const file = (window.api as unknown as { file?: Partial<FileApi> } | undefined)?.file;
  return file?.chooseSave && file.chooseOpen ? (file as FileApi) : null;
}

const missing = (): { ok: false; error: ErrorValue } => ({ ok: false, error: errorValue('internal', 'file dialogs unavailable') });

export async function chooseReportTarget(suggestedName: string): Promise<Result<ChosenFile | null>> {
  const api = fileApi();
  return api ? api.chooseSave({ purpose: 'report', suggestedName }) : missing();
}

export async function chooseLogo(): Promise<Result<ChosenFile | null>> {
  const api = fileApi();
  if (!api) return missing();
  const result = await api.chooseOpen({ purpose: 'logo' });
  return result.ok ? { ok: true, value: result.value.files[0] ?? null } : result;
}
