/**
 * The bench's meeting package (issue 8): the secretariat writes the whole meeting (every
 * recommendation with every version: 600 × 40 at full scale) as it sends it to the experts' laptops,
 * and a new laptop takes it in. Timed once each (each is seconds of work, not a hot path), with the
 * file's size against the limit every reader applies, and the laptop read back: every version there,
 * every head's text the secretariat's.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/main/db/open';
import { createContext, type ServiceContext } from '../../electron/main/services/context';
import { exportPackage } from '../../electron/main/services/exchange/exportPackage';
import { importFiles } from '../../electron/main/services/exchange/importFiles';
import { readPackageFile } from '../../electron/main/services/exchange/packageFile';
import { PACKAGE_LIMITS } from '../../shared/package/format';
import { canonicalJson } from '../../shared/package/read';
import { sequentialIds } from './seed';

export interface MeetingPackageResult {
  recommendations: number;
  versions: number;
  exportMs: number;
  bytes: number;
  maxBytes: number;
  formatVersion: number;
  /** Written gzip-compressed (its text past what a plain file may weigh). */
  compressed: boolean;
  importMs: number;
  /** Versions the new laptop holds, of `versions`. */
  versionsImported: number;
  /** Heads whose text on the new laptop is not the secretariat's (must be 0). */
  headsDiffering: number;
}

export async function benchMeetingPackage(ctx: ServiceContext, meetingId: string, dir: string): Promise<MeetingPackageResult> {
  const path = join(dir, 'meeting.palabre');
  const t0 = performance.now();
  const written = exportPackage(ctx, { meetingId, kind: 'meeting', path });
  const exportMs = performance.now() - t0;
  const formatVersion = readPackageFile(path).formatVersion;

  const laptopPath = join(dir, 'new-laptop.sqlite');
  const db = await openDatabase(laptopPath);
  const laptop = createContext(db, { databasePath: laptopPath, newId: sequentialIds(0x700000000) });
  const t1 = performance.now();
  await importFiles(laptop, [path]);
  const importMs = performance.now() - t1;

  const heads = ctx.exchange.recommendations(meetingId);
  let headsDiffering = 0;
  for (const rec of heads) {
    const theirs = laptop.recommendations.get(rec.id);
    // Compared as content: the package writes every object's keys in order (canonical JSON), the editor does not.
    const text = (c: ServiceContext, versionId: string | undefined) => {
      const json = versionId ? c.recommendations.version(versionId)?.bodyJson : undefined;
      return json === undefined ? undefined : canonicalJson(JSON.parse(json));
    };
    if (!theirs || theirs.headVersionId !== rec.headVersionId || text(laptop, theirs.headVersionId) !== text(ctx, rec.headVersionId)) headsDiffering++;
  }
  const versionsImported = (db.prepare('SELECT count(*) FROM versions').pluck().get() as number);
  db.close();
  return {
    recommendations: heads.length,
    versions: written.versionCount,
    exportMs,
    bytes: statSync(path).size,
    maxBytes: PACKAGE_LIMITS.maxBytes,
    formatVersion,
    compressed: written.compressed,
    importMs,
    versionsImported,
    headsDiffering,
  };
}
