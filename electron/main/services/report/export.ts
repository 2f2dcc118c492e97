/**
 * Exports a report: gathers the data, builds the Word document (shared/report), packs it into bytes
 * and writes it atomically. Progress is reported through a callback, for large meetings. The logo
 * is checked before anything is written.
 */
import { Packer } from 'docx';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { PalabreError } from '../../../../shared/errors';
import { buildReportDocument } from '../../../../shared/report/build';
import { MAX_LOGO_BYTES, readLogo } from '../../../../shared/report/logo';
import type { ReportExportResult } from '../../../../shared/contract/reportChannels';
import type { ReportLogo } from '../../../../shared/report/model';
import type { ServiceContext } from '../context';
import { writeFileAtomic, type AtomicWriteHooks } from './atomicWrite';
import { gatherReportData, nextTurn, type ProgressListener, type ReportRequest } from './gather';

/** The report as bytes, without writing anything. */
export async function renderReport(ctx: ServiceContext, request: ReportRequest, onProgress: ProgressListener = () => {}): Promise<{ bytes: Uint8Array; recommendationCount: number }> {
  const data = await gatherReportData(ctx, request, onProgress);
  // The recommendations removed since the earlier milestone are shown, but are not among those exported.
  const recommendationCount = data.committees.reduce((n, c) => n + c.recommendations.filter((r) => !r.removed).length, 0);
  onProgress({ phase: 'build', done: 0, total: 1 });
  // The layout is synchronous: the step is let out to the window before it starts.
  await nextTurn();
  const document = buildReportDocument(data);
  onProgress({ phase: 'pack', done: 0, total: 1 });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  return { bytes, recommendationCount };
}

export async function exportReport(
  ctx: ServiceContext,
  request: ReportRequest,
  outPath: string,
  onProgress: ProgressListener = () => {},
  hooks: AtomicWriteHooks = {},
): Promise<ReportExportResult> {
  const { bytes, recommendationCount } = await renderReport(ctx, request, onProgress);
  onProgress({ phase: 'write', done: 0, total: 1 });
  writeFileAtomic(outPath, bytes, hooks);
  onProgress({ phase: 'write', done: 1, total: 1 });
  return { kind: request.kind, fileName: basename(outPath), bytes: bytes.length, recommendationCount };
}

/** Reads and checks a logo file: missing, too large or not a PNG/JPEG image gives a clear message. */
export function loadLogo(path: string): ReportLogo {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new PalabreError('logo_missing', basename(path));
    size = stat.size;
  } catch (error) {
    if (error instanceof PalabreError) throw error;
    throw new PalabreError('logo_missing', basename(path));
  }
  // Refused before reading: a 2 GB file chosen by mistake must not be loaded into memory.
  if (size > MAX_LOGO_BYTES) throw new PalabreError('logo_too_large', `${(size / 1024 / 1024).toFixed(1)} MB > 5 MB`);
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(path));
  } catch {
    throw new PalabreError('logo_missing', basename(path));
  }
  return readLogo(data);
}
