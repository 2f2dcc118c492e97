/**
 * THE one place where a Word (.docx) contribution enters the import. Until the Word import exists,
 * it says so clearly and nothing is imported. To wire it: return the document converted into a
 * contribution package in memory (new recommendations of the meeting, attributed to `as` or to the
 * profile), and importFiles() merges it in the same transaction as the other files.
 */
import { basename } from 'node:path';
import { PalabreError } from '../../../../shared/errors';
import type { ServiceContext } from '../context';
import type { PackageSource } from './importPackage';

export function readWordContribution(_ctx: ServiceContext, path: string, _options: { meetingId?: string | undefined }): PackageSource {
  throw new PalabreError('docx_not_supported', basename(path));
}

export function isWordFile(path: string): boolean {
  return /\.docx$/i.test(path);
}
