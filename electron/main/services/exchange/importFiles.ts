/** Importing files by path (the CLI, the tests, and the token channels once mapped): read everything, then import it all at once. */
import { basename } from 'node:path';
import type { ImportSummary } from '../../../../shared/domain/exchange';
import type { ServiceContext } from '../context';
import { importPackages, type PackageSource } from './importPackage';
import { readPackageFile } from './packageFile';
import { isWordFile, readWordContribution } from './wordContributions';

export function importFiles(ctx: ServiceContext, paths: readonly string[], options: { meetingId?: string | undefined } = {}): ImportSummary {
  // Every file is read and checked before anything is written: one bad file, and nothing is imported.
  const sources: PackageSource[] = paths.map((path) =>
    isWordFile(path) ? readWordContribution(ctx, path, options) : { name: basename(path), pkg: readPackageFile(path) },
  );
  return importPackages(ctx, sources, options);
}
