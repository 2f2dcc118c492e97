/**
 * Errors that users see. They cross every boundary (IPC, CLI, browser bridge) as plain values with
 * the message already written in both languages, never as stack traces.
 */
import type { Locale } from './domain/types';

export const ERROR_MESSAGES = {
  invalid_input: {
    fr: 'Données invalides : {detail}',
    en: 'Invalid input: {detail}',
  },
  unknown_channel: {
    fr: 'Opération inconnue : {detail}',
    en: 'Unknown operation: {detail}',
  },
  not_found: {
    fr: 'Introuvable : {detail}',
    en: 'Not found: {detail}',
  },
  unknown_committee: {
    fr: 'Commission introuvable : {detail}',
    en: 'Committee not found: {detail}',
  },
  unknown_participant: {
    fr: 'Participant introuvable : {detail}',
    en: 'Participant not found: {detail}',
  },
  unknown_recommendation: {
    fr: 'Recommandation introuvable (ou dans la corbeille) : {detail}',
    en: 'Recommendation not found (or in the trash): {detail}',
  },
  empty_title: {
    fr: 'Le titre ne peut pas être vide.',
    en: 'The title cannot be empty.',
  },
  empty_name: {
    fr: 'Le nom ne peut pas être vide.',
    en: 'The name cannot be empty.',
  },
  invalid_dates: {
    fr: 'La date de fin précède la date de début.',
    en: 'The end date is before the start date.',
  },
  invalid_document: {
    fr: 'Ce texte est illisible ou trop volumineux ({detail}) ; rien n’a été enregistré.',
    en: 'This text is unreadable or too large ({detail}); nothing was saved.',
  },
  committee_mismatch: {
    fr: 'Cette commission n’appartient pas à cette réunion.',
    en: 'This committee does not belong to this meeting.',
  },
  participant_mismatch: {
    fr: 'Ce participant ne fait pas partie de cette réunion.',
    en: 'This participant does not take part in this meeting.',
  },
  committee_not_empty: {
    fr: 'Cette commission contient encore {detail} ; déplacez-les ou mettez-les à la corbeille avant de la retirer.',
    en: 'This committee still holds {detail}; move them or put them in the trash before removing it.',
  },
  invalid_transition: {
    fr: 'Changement de statut impossible : {detail}.',
    en: 'Status change not allowed: {detail}.',
  },
  duplicate_name: {
    fr: 'Ce nom existe déjà : {detail}',
    en: 'This name already exists: {detail}',
  },
  db_newer: {
    fr: 'Cette base de données a été créée par une version plus récente de Palabre (schéma {detail}). Mettez Palabre à jour ; rien n’a été modifié.',
    en: 'This database was created by a newer version of Palabre (schema {detail}). Update Palabre; nothing was changed.',
  },
  db_corrupt: {
    fr: 'La base de données est endommagée ({detail}). Restaurez une sauvegarde ; rien n’a été modifié.',
    en: 'The database is damaged ({detail}). Restore a backup; nothing was changed.',
  },
  db_unreadable: {
    fr: 'Impossible d’ouvrir la base de données : {detail}',
    en: 'Cannot open the database: {detail}',
  },
  db_locked: {
    fr: 'Cette base de données est déjà ouverte par {detail}. Fermez-la d’abord\u202F; rien n’a été modifié.',
    en: 'This database is already open in {detail}. Close it first; nothing was changed.',
  },
  save_not_durable: {
    fr: 'Le disque n’a pas confirmé l’écriture ({detail})\u00A0: la modification est enregistrée, mais une coupure de courant pourrait l’effacer. Palabre réessaie à chaque opération\u202F; vérifiez le disque.',
    en: 'The disk did not confirm the write ({detail}): the change is saved, but a power cut could erase it. Palabre tries again with every operation; check the disk.',
  },
  backup_unavailable: {
    fr: 'Les sauvegardes ne sont pas disponibles pour cette base de données ({detail}).',
    en: 'Backups are not available for this database ({detail}).',
  },
  unknown_backup: {
    fr: 'Sauvegarde introuvable\u00A0: {detail}',
    en: 'Backup not found: {detail}',
  },
  invalid_backup: {
    fr: 'Ce fichier n’est pas une sauvegarde utilisable de Palabre ({detail})\u202F; rien n’a été modifié.',
    en: 'This file is not a usable Palabre backup ({detail}); nothing was changed.',
  },
  unknown_version: {
    fr: 'Version introuvable pour cette recommandation\u00A0: {detail}',
    en: 'Version not found for this recommendation: {detail}',
  },
  version_is_amendment: {
    fr: 'Cette version est une proposition d’amendement\u00A0: elle se décide en examinant l’amendement, elle ne se restaure pas.',
    en: 'This version is a proposed amendment: it is decided by reviewing the amendment, not restored.',
  },
  unknown_milestone: {
    fr: 'Jalon introuvable\u00A0: {detail}',
    en: 'Milestone not found: {detail}',
  },
  unknown_comment: {
    fr: 'Commentaire introuvable (ou supprimé)\u00A0: {detail}',
    en: 'Comment not found (or deleted): {detail}',
  },
  empty_comment: {
    fr: 'Le commentaire est vide.',
    en: 'The comment is empty.',
  },
  not_comment_author: {
    fr: 'Seul l’auteur d’un commentaire peut le modifier ou le supprimer.',
    en: 'Only the author of a comment may edit or delete it.',
  },
  anchor_not_found: {
    fr: 'Le passage «\u00A0{detail}\u00A0» est introuvable dans le texte actuel\u202F; sélectionnez-le à nouveau.',
    en: 'The passage “{detail}” is not in the current text; select it again.',
  },
  reply_with_anchor: {
    fr: 'Une réponse appartient à son fil de discussion\u00A0: elle ne s’attache pas à un passage du texte.',
    en: 'A reply belongs to its thread: it is not attached to a passage of the text.',
  },
  unknown_amendment: {
    fr: 'Amendement introuvable\u00A0: {detail}',
    en: 'Amendment not found: {detail}',
  },
  amendment_empty: {
    fr: 'Cet amendement ne change rien au texte actuel\u202F; rien n’a été enregistré.',
    en: 'This amendment changes nothing in the current text; nothing was saved.',
  },
  amendment_decided: {
    fr: 'Cet amendement a déjà été examiné ({detail}).',
    en: 'This amendment has already been decided ({detail}).',
  },
  stale_review: {
    fr: 'Le texte a changé depuis l’examen de cet amendement ({detail})\u202F; examinez-le à nouveau. Rien n’a été modifié.',
    en: 'The text has changed since this amendment was reviewed ({detail}); review it again. Nothing was changed.',
  },
  conflicting_decision: {
    fr: 'Une même modification ne peut pas être à la fois acceptée et rejetée\u00A0: {detail}',
    en: 'A change cannot be both accepted and rejected: {detail}',
  },
  duplicate_milestone: {
    fr: 'Un jalon porte déjà ce nom dans cette réunion\u00A0: {detail}',
    en: 'A milestone of this meeting already has this name: {detail}',
  },
  package_too_large: {
    fr: 'Ce fichier est trop volumineux pour un paquet Palabre ({detail})\u202F; rien n’a été importé.',
    en: 'This file is too large for a Palabre package ({detail}); nothing was imported.',
  },
  package_too_large_to_write: {
    fr: 'Ce paquet serait trop volumineux pour qu’un autre Palabre le lise ({detail})\u202F; aucun fichier n’a été écrit.',
    en: 'This package would be too large for another Palabre to read ({detail}); no file was written.',
  },
  package_unreadable: {
    fr: 'Ce fichier n’est pas un paquet Palabre lisible (tronqué ou endommagé)\u00A0: {detail}\u202F; rien n’a été importé.',
    en: 'This file is not a readable Palabre package (truncated or damaged): {detail}; nothing was imported.',
  },
  package_not_palabre: {
    fr: 'Ce fichier n’est pas un paquet Palabre\u00A0: {detail}\u202F; rien n’a été importé.',
    en: 'This file is not a Palabre package: {detail}; nothing was imported.',
  },
  package_hostile: {
    fr: 'Ce paquet contient une structure refusée ({detail})\u202F; rien n’a été importé.',
    en: 'This package holds a refused structure ({detail}); nothing was imported.',
  },
  package_newer: {
    fr: 'Ce paquet a été écrit par une version plus récente de Palabre (format {detail}). Mettez Palabre à jour\u202F; rien n’a été importé.',
    en: 'This package was written by a newer version of Palabre (format {detail}). Update Palabre; nothing was imported.',
  },
  package_invalid: {
    fr: 'Ce paquet est mal formé\u00A0: {detail}\u202F; rien n’a été importé.',
    en: 'This package is malformed: {detail}; nothing was imported.',
  },
  package_tampered: {
    fr: 'L’empreinte de ce paquet ne correspond pas à son contenu (modifié ou endommagé en route)\u00A0: {detail}\u202F; rien n’a été importé.',
    en: 'This package’s digest does not match its content (altered or damaged on the way): {detail}; nothing was imported.',
  },
  package_needs_basis: {
    fr: 'Cette contribution ne porte que ce qui a changé depuis un paquet que cette base n’a pas\u00A0: {detail}. Importez d’abord ce paquet, puis celui-ci\u202F; rien n’a été importé.',
    en: 'This contribution carries only what changed since a package this database does not have: {detail}. Import that package first, then this one; nothing was imported.',
  },
  package_other_meeting: {
    fr: 'Ce paquet concerne une autre réunion\u00A0: {detail}\u202F; rien n’a été importé.',
    en: 'This package is for another meeting: {detail}; nothing was imported.',
  },
  file_unreadable: {
    fr: 'Impossible de lire le fichier\u00A0: {detail}',
    en: 'Cannot read the file: {detail}',
  },
  file_unwritable: {
    fr: 'Impossible d’écrire le fichier\u00A0: {detail}',
    en: 'Cannot write the file: {detail}',
  },
  file_wrong_kind: {
    fr: 'Ce type de fichier n’est pas accepté ici (attendu : {detail}) ; rien n’a été fait.',
    en: 'This kind of file is not accepted here (expected: {detail}); nothing was done.',
  },
  file_too_large: {
    fr: 'Ce fichier est trop volumineux ({detail}) ; rien n’a été importé.',
    en: 'This file is too large ({detail}); nothing was imported.',
  },
  unknown_file_token: {
    fr: 'Ce fichier n’a pas été choisi dans cette session (jeton inconnu ou expiré).',
    en: 'This file was not chosen in this session (unknown or expired token).',
  },
  docx_needs_meeting: {
    fr: 'Un document Word ne dit pas à quelle réunion il appartient\u00A0: importez-le dans une réunion déjà présente sur ce poste (--meeting)\u202F; rien n’a été importé.',
    en: 'A Word document does not say which meeting it belongs to: import it into a meeting already on this machine (--meeting); nothing was imported.',
  },
  unsupported_file: {
    fr: 'Type de fichier non pris en charge (attendu\u00A0: .palabre ou .docx)\u00A0: {detail}',
    en: 'Unsupported file type (expected .palabre or .docx): {detail}',
  },
  unknown_conflict: {
    fr: 'Conflit introuvable\u00A0: {detail}',
    en: 'Conflict not found: {detail}',
  },
  conflict_resolved: {
    fr: 'Ce conflit est déjà résolu ({detail}).',
    en: 'This conflict is already resolved ({detail}).',
  },
  resolution_not_possible: {
    fr: 'Cette résolution ne s’applique pas à ce conflit\u00A0: {detail}',
    en: 'This resolution does not apply to this conflict: {detail}',
  },
  consolidate_same: {
    fr: 'Une recommandation ne peut pas être fusionnée avec elle-même.',
    en: 'A recommendation cannot be consolidated with itself.',
  },
  docx_unreadable: {
    fr: 'Ce fichier n’est pas un document Word lisible ({detail})\u202F; rien n’a été importé.',
    en: 'This file is not a readable Word document ({detail}); nothing was imported.',
  },
  docx_unsafe: {
    fr: 'Ce document Word a été refusé par sécurité ({detail})\u202F; rien n’a été importé.',
    en: 'This Word document was refused for safety ({detail}); nothing was imported.',
  },
  docx_too_large: {
    fr: 'Ce document Word est trop volumineux ({detail})\u202F; rien n’a été importé.',
    en: 'This Word document is too large ({detail}); nothing was imported.',
  },
  docx_empty: {
    fr: 'Ce document Word ne contient aucun texte à importer\u202F; rien n’a été importé.',
    en: 'This Word document holds no text to import; nothing was imported.',
  },
  docx_changes_unaligned: {
    fr: 'Les modifications suivies de ce document changent son découpage en recommandations\u00A0: elles ne peuvent pas devenir des amendements. Importez le texte avec les modifications acceptées. Rien n’a été importé.',
    en: 'The tracked changes of this document change how it splits into recommendations: they cannot become amendments. Import the text with the changes accepted. Nothing was imported.',
  },
  docx_changed: {
    fr: 'Le document n’est plus celui de l’aperçu ({detail})\u202F; affichez l’aperçu à nouveau. Rien n’a été importé.',
    en: 'The document is not the one previewed ({detail}); preview it again. Nothing was imported.',
  },
  untrusted_sender: {
    fr: 'Demande refusée : elle ne vient pas de la fenêtre de Palabre.',
    en: 'Request refused: it does not come from the Palabre window.',
  },
  logo_missing: {
    fr: 'Logo introuvable ou illisible : {detail} ; aucun rapport n’a été écrit.',
    en: 'Logo not found or unreadable: {detail}; no report was written.',
  },
  logo_too_large: {
    fr: 'Logo trop volumineux ({detail}) ; choisissez une image PNG ou JPEG plus petite. Aucun rapport n’a été écrit.',
    en: 'Logo too large ({detail}); choose a smaller PNG or JPEG image. No report was written.',
  },
  logo_invalid: {
    fr: 'Ce logo n’est pas une image PNG ou JPEG valide ({detail}) ; aucun rapport n’a été écrit.',
    en: 'This logo is not a valid PNG or JPEG image ({detail}); no report was written.',
  },
  report_needs_milestone: {
    fr: 'Cet export compare deux états de la réunion : posez d’abord un jalon (voir milestone create).',
    en: 'This export compares two states of the meeting: set a milestone first (see milestone create).',
  },
  report_unwritable: {
    fr: 'Impossible d’écrire le rapport : {detail} ; aucun fichier existant n’a été modifié.',
    en: 'The report could not be written: {detail}; no existing file was changed.',
  },
  internal: {
    fr: 'Une erreur interne est survenue ; vos données n’ont pas été modifiées. ({detail})',
    en: 'An internal error occurred; your data was not changed. ({detail})',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The variable part of a message: the same in both languages (a name, an id) or written in each. */
export type ErrorDetail = string | Readonly<Record<Locale, string>>;

export interface ErrorValue {
  code: ErrorCode;
  message: Record<Locale, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorValue };

/** Thrown inside the service layer; turned into an ErrorValue at the boundary. */
export class PalabreError extends Error {
  readonly code: ErrorCode;
  /** The detail as shown in English (the same in both languages unless given per language). */
  readonly detail: string;
  /** The detail as given (per language or not): what a worker thread sends back to rebuild the error. */
  readonly localizedDetail: ErrorDetail;
  constructor(code: ErrorCode, detail: ErrorDetail = '') {
    super(formatError(code, detailIn(detail, 'en'), 'en'));
    this.name = 'PalabreError';
    this.code = code;
    this.detail = detailIn(detail, 'en');
    this.localizedDetail = detail;
  }
  toValue(): ErrorValue {
    return errorValue(this.code, this.localizedDetail);
  }
}

export function formatError(code: ErrorCode, detail: string, locale: Locale): string {
  // A function, not a string: `$&`, `$'` or `$$` in a name must be shown as typed, not as a replacement pattern.
  return ERROR_MESSAGES[code][locale].replace('{detail}', () => detail);
}

export function errorValue(code: ErrorCode, detail: ErrorDetail = ''): ErrorValue {
  return { code, message: { fr: formatError(code, detailIn(detail, 'fr'), 'fr'), en: formatError(code, detailIn(detail, 'en'), 'en') } };
}

function detailIn(detail: ErrorDetail, locale: Locale): string {
  return typeof detail === 'string' ? detail : detail[locale];
}

/** An error value received from the other side of a boundary, rethrown where a caller prefers exceptions. */
export class ReportedError extends Error {
  readonly value: ErrorValue;
  constructor(value: ErrorValue) {
    super(value.message.en);
    this.name = 'ReportedError';
    this.value = value;
  }
}
