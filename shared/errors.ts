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
  private readonly localizedDetail: ErrorDetail;
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
