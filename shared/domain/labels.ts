/**
 * Names of domain values in both languages, for messages written outside the renderer (errors, the
 * command line, reports). The renderer's dictionaries hold their own, screen-specific wording.
 * French strings follow French typography (’ and no-break spaces), as everything Palabre writes.
 */
import type { Localized, ParticipantRole, Priority, RecommendationFields, RecommendationStatus, VersionOrigin } from './types';

export const STATUS_LABELS: Readonly<Record<RecommendationStatus, Localized>> = {
  draft: { fr: 'brouillon', en: 'draft' },
  under_review: { fr: 'en cours d’examen', en: 'under review' },
  agreed: { fr: 'approuvée', en: 'agreed' },
  adopted: { fr: 'adoptée', en: 'adopted' },
  withdrawn: { fr: 'retirée', en: 'withdrawn' },
  merged_into: { fr: 'fusionnée', en: 'merged' },
};

export const ORIGIN_LABELS: Readonly<Record<VersionOrigin, Localized>> = {
  create: { fr: 'création', en: 'creation' },
  edit: { fr: 'modification', en: 'edit' },
  import: { fr: 'import', en: 'import' },
  merge: { fr: 'fusion', en: 'merge' },
  restore: { fr: 'rétablissement', en: 'restore' },
};

export const FIELD_LABELS: Readonly<Record<keyof RecommendationFields, Localized>> = {
  status: { fr: 'statut', en: 'status' },
  committeeId: { fr: 'commission', en: 'committee' },
  addressees: { fr: 'destinataires', en: 'addressees' },
  leadActors: { fr: 'acteurs chargés de la mise en œuvre', en: 'lead actors' },
  horizon: { fr: 'horizon', en: 'horizon' },
  deadline: { fr: 'échéance', en: 'deadline' },
  priority: { fr: 'priorité', en: 'priority' },
};

export const PRIORITY_LABELS: Readonly<Record<Priority, Localized>> = {
  high: { fr: 'haute', en: 'high' },
  medium: { fr: 'moyenne', en: 'medium' },
  low: { fr: 'basse', en: 'low' },
};

export const ROLE_LABELS: Readonly<Record<ParticipantRole, Localized>> = {
  expert: { fr: 'expert', en: 'expert' },
  rapporteur: { fr: 'rapporteur', en: 'rapporteur' },
  secretariat: { fr: 'secrétariat', en: 'secretariat' },
  chair: { fr: 'présidence', en: 'chair' },
};

/**
 * Addressees offered to the drafter; any other text is accepted. These are the bodies to which the
 * recommendations of a confederation's experts meeting usually go.
 */
export const ADDRESSEE_SUGGESTIONS: Readonly<Record<'fr' | 'en', readonly string[]>> = {
  fr: [
    'Conférence des Chefs d’État et de Gouvernement',
    'Conseil des Ministres',
    'États membres',
    'Secrétariat général',
    'Commission',
    'Partenaires techniques et financiers',
  ],
  en: [
    'Conference of Heads of State and Government',
    'Council of Ministers',
    'Member States',
    'General Secretariat',
    'Commission',
    'Technical and financial partners',
  ],
};
