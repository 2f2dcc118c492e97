/**
 * The file dialogs as use-cases: the `dialogs` port of the context shows the dialog (Electron's
 * native one on the desktop, a scripted stand-in in the browser bridge, none on the command line)
 * and returns paths; this file filters them, grants tokens and never lets a path reach the renderer.
 */
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import {
  OPEN_EXTENSIONS,
  SAVE_EXTENSIONS,
  STAGE_MAX_BYTES,
  type ChosenFile,
  type OpenPurpose,
  type SavePurpose,
} from '../../../shared/contract/fileChannels';
import { PalabreError } from '../../../shared/errors';
import type { Locale } from '../../../shared/domain/types';
import type { ServiceContext } from './context';
import { currentLocale } from './profile';
import { removeOrphanedStaging, stagingPrefix } from './staging';

/** Shows a dialog and answers with the paths picked (none, or null, when cancelled). */
export interface DialogPort {
  chooseOpen(request: { purpose: OpenPurpose; multiple: boolean; extensions: readonly string[]; locale: Locale }): Promise<string[]>;
  chooseSave(request: { purpose: SavePurpose; suggestedName: string; extension: string; locale: Locale }): Promise<string | null>;
}

/** Where there is no window (the command line, a service test): every dialog is cancelled. */
export const NO_DIALOGS: DialogPort = {
  chooseOpen: () => Promise.resolve([]),
  chooseSave: () => Promise.resolve(null),
};

export async function chooseOpen(ctx: ServiceContext, purpose: OpenPurpose): Promise<{ files: ChosenFile[] }> {
  const extensions = OPEN_EXTENSIONS[purpose];
  const paths = await ctx.dialogs.chooseOpen({ purpose, multiple: purpose === 'import', extensions, locale: currentLocale(ctx) });
  // A dialog's filter can be bypassed (type a name, "All files"): the kind is checked here again.
  const accepted = paths.filter((path) => extensions.includes(extensionOf(path)));
  if (paths.length > 0 && accepted.length === 0) throw new PalabreError('file_wrong_kind', extensions.map((e) => `.${e}`).join(', '));
  const files = (purpose === 'import' ? accepted : accepted.slice(0, 1)).map((path) => ({
    token: ctx.files.grant(path, 'read'),
    name: basename(path),
    size: statSync(path).size,
  }));
  return { files };
}

export async function chooseSave(ctx: ServiceContext, purpose: SavePurpose, suggestedName: string): Promise<{ token: string; name: string } | null> {
  const extension = SAVE_EXTENSIONS[purpose];
  const picked = await ctx.dialogs.chooseSave({ purpose, suggestedName: withExtension(sanitiseFileName(suggestedName), extension), extension, locale: currentLocale(ctx) });
  if (!picked) return null;
  // Linux dialogs do not add the extension: a package saved as "Contribution" would not be found again.
  const path = extensionOf(picked) === extension ? picked : `${picked}.${extension}`;
  return { token: ctx.files.grant(path, 'write'), name: basename(path) };
}

/** A dropped file: its bytes go to the staging folder under a clean name, then it is like a chosen file. */
export function stageFile(ctx: ServiceContext, name: string, contentBase64: string): ChosenFile {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > STAGE_MAX_BYTES) throw new PalabreError('file_too_large', `${mebibytes(bytes.length)} > ${mebibytes(STAGE_MAX_BYTES)}`);
  const clean = sanitiseFileName(name);
  const extensions = OPEN_EXTENSIONS.import;
  if (!extensions.includes(extensionOf(clean))) throw new PalabreError('file_wrong_kind', extensions.map((e) => `.${e}`).join(', '));
  // One folder per dropped file: two drops of "contribution.palabre" never overwrite each other.
  // Its name carries this process's id, so that what a crashed process left is recognised and removed.
  const root = ctx.stagingDir || tmpdir();
  removeOrphanedStaging(root);
  const folder = mkdtempSync(join(root, stagingPrefix()));
  // Private to this user: the file is someone's contribution.
  chmodSync(folder, 0o700);
  const path = join(folder, clean);
  writeFileSync(path, bytes, { flag: 'wx', mode: 0o600 });
  const token = ctx.files.grant(path, 'read');
  ctx.staging.add(token, folder);
  return { token, name: clean, size: bytes.length };
}

/**
 * A name that is only a name: no folder (either slash), no control or reserved characters, no
 * leading dots, at most 120 characters with its extension kept. Accents and ’ stay.
 */
export function sanitiseFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let clean = last.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+/, '').trim();
  if (clean.length > 120) {
    const ext = extname(clean).slice(0, 12);
    clean = clean.slice(0, 120 - ext.length) + ext;
  }
  return clean || 'fichier';
}

function withExtension(name: string, extension: string): string {
  return extensionOf(name) === extension ? name : `${name}.${extension}`;
}

function extensionOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} Mio`;
}
