import { describe, expect, it } from 'vitest';
import { BACKUP_RETENTION, backupName, backupsToDelete, parseBackupName, type BackupInfo, type BackupReason } from '../../../shared/domain/backups';

function backup(createdAt: string, reason: BackupReason = 'periodic'): BackupInfo {
  return { id: backupName('palabre.sqlite', 3, new Date(createdAt), reason), createdAt, reason, schemaVersion: 3, sizeBytes: 4096 };
}

describe('backup names', () => {
  it('round-trip the database, schema version, moment and reason', () => {
    const name = backupName('palabre.sqlite', 3, new Date('2025-11-17T08:30:05.123Z'), 'before-import');
    expect(name).toBe('palabre.sqlite.v3.2025-11-17T08-30-05-123Z.before-import.sqlite');
    expect(parseBackupName(name)).toEqual({ base: 'palabre.sqlite', schemaVersion: 3, createdAt: '2025-11-17T08:30:05.123Z', reason: 'before-import' });
    expect(parseBackupName('palabre.sqlite.v1.2025-03-10T09-30-00-000Z.before-migration.2.sqlite')?.reason).toBe('before-migration');
  });

  it('are nothing else: no path, no unknown reason, no partial file', () => {
    for (const name of [
      '../palabre.sqlite.v3.2025-11-17T08-30-05-123Z.manual.sqlite',
      'a/palabre.sqlite.v3.2025-11-17T08-30-05-123Z.manual.sqlite',
      'palabre.sqlite.v3.2025-11-17T08-30-05-123Z.hacked.sqlite',
      'palabre.sqlite.v3.2025-11-17T08-30-05-123Z.manual.sqlite.partial',
      'palabre.sqlite',
    ]) {
      expect(parseBackupName(name), name).toBeUndefined();
    }
  });
});

describe('rotation', () => {
  it('keeps the 10 newest, the newest of each of the last 30 days, and every pre-migration and pre-restore backup', () => {
    expect(BACKUP_RETENTION).toEqual({ recent: 10, dailyDays: 30 });
    const backups: BackupInfo[] = [];
    // 40 days with 3 periodic backups each (08:00, 12:00, 16:00), a migration on day 1 and a restore on day 2.
    for (let day = 1; day <= 40; day++) {
      const date = new Date(Date.UTC(2025, 9, day)).toISOString().slice(0, 10);
      for (const hour of ['08', '12', '16']) backups.push(backup(`${date}T${hour}:00:00.000Z`));
    }
    backups.push(backup('2025-10-01T07:00:00.000Z', 'before-migration'), backup('2025-10-02T07:00:00.000Z', 'before-restore'));

    const doomed = new Set(backupsToDelete(backups));
    const kept = backups.filter((b) => !doomed.has(b.id));
    // 10 newest: the 3 of Nov 9, 8, 7 and one of Nov 6 (16:00); then the newest of each earlier day back to Oct 11.
    expect(kept.filter((b) => b.reason === 'periodic').map((b) => b.createdAt.slice(5, 13)).sort().reverse()).toEqual(
      [
        ...['11-09T16', '11-09T12', '11-09T08', '11-08T16', '11-08T12', '11-08T08', '11-07T16', '11-07T12', '11-07T08', '11-06T16'],
        ...Array.from({ length: 26 }, (_, i) => new Date(Date.UTC(2025, 10, 5 - i)).toISOString().slice(5, 10) + 'T16'),
      ].sort().reverse(),
    );
    expect(kept.filter((b) => b.reason !== 'periodic').map((b) => b.reason).sort()).toEqual(['before-migration', 'before-restore']);
  });

  it('deletes nothing while there are few backups', () => {
    const few = ['2025-11-17T08:00:00.000Z', '2025-11-17T08:30:00.000Z', '2025-11-18T09:00:00.000Z'].map((at) => backup(at));
    expect(backupsToDelete(few)).toEqual([]);
  });
});
