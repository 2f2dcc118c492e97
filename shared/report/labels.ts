/** The words of the report, in French and English. French labels carry their no-break spaces. */
import { ROLE_LABELS } from '../domain/labels';
import type { Locale, Localized, ParticipantRole } from '../domain/types';

export const REPORT_TEXT = {
  finalReport: { fr: 'Rapport final', en: 'Final report' },
  reviewCopy: { fr: 'Copie de révision', en: 'Review copy' },
  compilationTable: { fr: 'Tableau de compilation des recommandations', en: 'Compilation table of the recommendations' },
  contents: { fr: 'Table des matières', en: 'Contents' },
  introduction: { fr: 'Introduction', en: 'Introduction' },
  recommendations: { fr: 'Recommandations', en: 'Recommendations' },
  recommendation: { fr: 'Recommandation', en: 'Recommendation' },
  addressees: { fr: 'Destinataires\u00A0:', en: 'Addressed to:' },
  addressee: { fr: 'Destinataire\u00A0:', en: 'Addressed to:' },
  leadActors: { fr: 'Acteurs de mise en œuvre\u00A0:', en: 'Lead actors:' },
  horizon: { fr: 'Horizon\u00A0:', en: 'Horizon:' },
  deadline: { fr: 'échéance', en: 'deadline' },
  annex: { fr: 'Annexe — Liste des participants', en: 'Annex — List of participants' },
  noParticipants: { fr: 'Aucun participant enregistré.', en: 'No participants recorded.' },
  noRecommendations: { fr: 'Aucune recommandation ne correspond aux critères de ce rapport.', en: 'No recommendation matches the criteria of this report.' },
  page: { fr: 'Page ', en: 'Page ' },
  of: { fr: ' sur ', en: ' of ' },
  asOfMilestone: { fr: 'Texte arrêté au jalon «\u00A0{name}\u00A0» du {date}', en: 'Text as of the milestone “{name}” of {date}' },
  asOfNow: { fr: 'Texte au {date}', en: 'Text as of {date}' },
  changesSince: { fr: 'Modifications depuis le jalon «\u00A0{name}\u00A0» du {date}', en: 'Changes since the milestone “{name}” of {date}' },
  tocHint: {
    fr: 'Si la table est vide ou ses numéros de page inexacts, mettez-la à jour (clic droit, «\u00A0Mettre à jour les champs\u00A0»).',
    en: 'If the table is empty or its page numbers are wrong, update it (right-click, “Update field”).',
  },
  number: { fr: 'N°', en: 'No.' },
  textAt: { fr: 'Texte au jalon «\u00A0{name}\u00A0»', en: 'Text at the milestone “{name}”' },
  currentText: { fr: 'Texte actuel', en: 'Current text' },
  contributors: { fr: 'Contributeurs', en: 'Contributors' },
  notYet: { fr: '(recommandation nouvelle)', en: '(new recommendation)' },
  removedSince: { fr: '(recommandation supprimée)', en: '(recommendation removed)' },
  formerNumber: { fr: 'ancien n°\u00A0{number}', en: 'formerly No. {number}' },
  resolved: { fr: '[Résolu] ', en: '[Resolved] ' },
  unknownAuthor: { fr: 'Auteur inconnu', en: 'Unknown author' },
} as const satisfies Record<string, Localized>;

export type ReportTextKey = keyof typeof REPORT_TEXT;

export function label(key: ReportTextKey, locale: Locale, values: Record<string, string> = {}): string {
  return REPORT_TEXT[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

export function roleLabel(role: ParticipantRole, locale: Locale): string {
  return ROLE_LABELS[role][locale];
}

/** The document's language tag, for spell-checking in Word and LibreOffice. */
export function languageTag(locale: Locale): string {
  return locale === 'fr' ? 'fr-FR' : 'en-GB';
}
