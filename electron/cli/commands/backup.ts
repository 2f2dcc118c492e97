/** `backup list`, `backup create`, `backup restore FILE`: the database's backups from the command line. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../shared/domain/backups';
import type { Locale, Localized } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { call } from '../../main/handlers';
import { listBackups, restoreDatabaseFile } from '../../main/services/backups';
import { moment } from './history';
import type { Command } from './types';

const REASONS: Readonly<Record<BackupReason, Localized>> = {
  start: { fr: 'au démarrage', en: 'at start' },
  periodic: { fr: 'périodique', en: 'periodic' },
  manual: { fr: 'manuelle', en: 'manual' },
  'before-import': { fr: 'avant import', en: 'before import' },
  'before-restore': { fr: 'avant restauration', en: 'before restore' },
  'before-migration': { fr: 'avant mise à jour du schéma', en: 'before schema update' },
};

const TEXT = {
  none: { fr: 'Aucune sauvegarde.', en: 'No backups.' },
  restored: { fr: 'Base restaurée depuis {from}. Sauvegarde de l’état précédent\u00A0: {safety}', en: 'Database restored from {from}. Backup of the previous state: {safety}' },
} as const satisfies Record<string, Localized>;

export function backupLine(b: BackupInfo, locale: Locale): string {
  return `${b.id}  ${moment(b.createdAt)}  ${REASONS[b.reason][locale]}  ${size(b.sizeBytes, locale)}`;
}

function size(bytes: number, locale: Locale): string {
  const units = locale === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toFixed(1);
  return `${locale === 'fr' ? text.replace('.', ',') : text}\u00A0${units[unit]}`;
}

export const backupList: Command = {
  name: 'backup list',
  summary: { fr: 'liste les sauvegardes de la base, de la plus récente à la plus ancienne', en: 'lists the backups of the database, newest first' },
  async run(r) {
    const backups = await call(r.dispatch, 'backup:list', {});
    if (r.json) return r.printJson(backups);
    if (backups.length === 0) return r.print(TEXT.none[r.locale]);
    for (const b of backups) r.print(backupLine(b, r.locale));
  },
};

export const backupCreate: Command = {
  name: 'backup create',
  summary: { fr: 'sauvegarde la base maintenant et affiche le nom de la sauvegarde', en: 'backs the database up now and prints the backup’s name' },
  async run(r) {
    const backup = await call(r.dispatch, 'backup:create', {});
    if (r.json) r.printJson(backup);
    else r.print(backup.id);
  },
};

export const backupRestore: Command = {
  name: 'backup restore',
  summary: {
    fr: 'remplace la base par une sauvegarde (son nom dans backup list, ou le chemin d’un fichier), après l’avoir vérifiée\u202F; l’état actuel est sauvegardé d’abord',
    en: 'replaces the database with a backup (its name in backup list, or the path of a file), after checking it; the current state is backed up first',
  },
  argument: 'FILE',
  async run(r) {
    const ref = r.argument();
    const known = listBackups(r.services).find((b) => b.id === ref);
    let from: string;
    let safety: BackupInfo;
    if (known) {
      const result = await call(r.dispatch, 'backup:restore', { backupId: known.id });
      from = result.restored.id;
      safety = result.safetyBackup;
    } else {
      const path = resolve(ref);
      if (!existsSync(path)) throw new PalabreError('unknown_backup', ref);
      from = path;
      safety = await restoreDatabaseFile(r.services, path);
    }
    if (r.json) return r.printJson({ restoredFrom: from, safetyBackup: safety });
    r.print(TEXT.restored[r.locale].replace('{from}', () => from).replace('{safety}', () => safety.id));
  },
};
