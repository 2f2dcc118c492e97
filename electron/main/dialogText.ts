/** The words of the main process's native dialogs, French first. Menu labels live in menuTemplate.ts. */
import type { Locale } from '../../shared/domain/types';

export const DIALOG_TEXT = {
  startupErrorTitle: {
    fr: 'Palabre ne peut pas démarrer',
    en: 'Palabre cannot start',
  },
  startupErrorHint: {
    fr: 'Fichier : {path}',
    en: 'File: {path}',
  },
  aboutTitle: {
    fr: 'À propos de Palabre',
    en: 'About Palabre',
  },
  aboutMessage: {
    fr: 'Palabre {version}',
    en: 'Palabre {version}',
  },
  aboutDetail: {
    fr: 'Rédiger, réviser, fusionner et exporter les recommandations des réunions intergouvernementales, hors ligne.\n\nBase de données : {path}',
    en: 'Draft, review, merge and export the recommendations of intergovernmental meetings, offline.\n\nDatabase: {path}',
  },
  openExternalTitle: {
    fr: 'Ouvrir un lien',
    en: 'Open a link',
  },
  openExternalMessage: {
    fr: 'Ouvrir ce lien hors de Palabre\u202F?',
    en: 'Open this link outside Palabre?',
  },
  openExternalDetail: {
    fr: '{url}\n\nIl s’ouvrira dans votre navigateur ou votre messagerie. N’ouvrez que les liens dont vous connaissez la provenance.',
    en: '{url}\n\nIt will open in your browser or mail program. Only open links whose origin you know.',
  },
  openExternalConfirm: {
    fr: 'Ouvrir',
    en: 'Open',
  },
  openImportTitle: {
    fr: 'Importer des contributions',
    en: 'Import contributions',
  },
  openLogoTitle: {
    fr: 'Choisir un logo',
    en: 'Choose a logo',
  },
  savePackageTitle: {
    fr: 'Exporter un paquet',
    en: 'Export a package',
  },
  saveReportTitle: {
    fr: 'Exporter le rapport',
    en: 'Export the report',
  },
  filterImport: {
    fr: 'Paquets Palabre et documents Word',
    en: 'Palabre packages and Word documents',
  },
  filterLogo: {
    fr: 'Images PNG ou JPEG',
    en: 'PNG or JPEG images',
  },
  filterPackage: {
    fr: 'Paquet Palabre',
    en: 'Palabre package',
  },
  filterReport: {
    fr: 'Document Word',
    en: 'Word document',
  },
  cancel: {
    fr: 'Annuler',
    en: 'Cancel',
  },
  ok: {
    fr: 'OK',
    en: 'OK',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type DialogTextKey = keyof typeof DIALOG_TEXT;

export function dialogText(key: DialogTextKey, locale: Locale, values: Record<string, string> = {}): string {
  return DIALOG_TEXT[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
