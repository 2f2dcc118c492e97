/**
 * Everything the command line says, in French and English. `{name}` placeholders are filled by
 * `say`. Errors from the service layer come already written in both languages (shared/errors.ts).
 */
import type { Locale, Localized } from '../../shared/domain/types';

export type { Localized } from '../../shared/domain/types';
// The status names moved to shared (errors name them too); re-exported for the commands that print them.
export { STATUS_LABELS } from '../../shared/domain/labels';

export const MESSAGES = {
  unknown_command: {
    fr: 'Commande inconnue : {detail} (voir --help)',
    en: 'Unknown command: {detail} (see --help)',
  },
  missing_command: {
    fr: 'Commande manquante (voir --help)',
    en: 'Missing command (see --help)',
  },
  missing_subcommand: {
    fr: 'Sous-commande manquante : {detail}',
    en: 'Missing subcommand: {detail}',
  },
  unknown_option: {
    fr: 'Option inconnue pour cette commande : {detail} (voir --help)',
    en: 'Unknown option for this command: {detail} (see --help)',
  },
  missing_value: {
    fr: 'Valeur manquante après {detail}',
    en: 'Missing value after {detail}',
  },
  unexpected_value: {
    fr: 'L’option {detail} ne prend pas de valeur',
    en: 'The option {detail} takes no value',
  },
  missing_option: {
    fr: 'Option obligatoire manquante : {detail}',
    en: 'Missing required option: {detail}',
  },
  unexpected_argument: {
    fr: 'Argument inattendu : {detail}',
    en: 'Unexpected argument: {detail}',
  },
  missing_argument: {
    fr: 'Argument manquant : {detail} (voir --help)',
    en: 'Missing argument: {detail} (see --help)',
  },
  text_or_file: {
    fr: 'Donnez le texte avec --text ou avec --file, l’un des deux',
    en: 'Give the text with --text or with --file, one of the two',
  },
  empty_text: {
    fr: 'Le texte est vide : écrivez au moins un paragraphe',
    en: 'The text is empty: write at least one paragraph',
  },
  unreadable_file: {
    fr: 'Fichier illisible : {detail}',
    en: 'Cannot read the file: {detail}',
  },
  invalid_position: {
    fr: 'Position invalide : {detail} (un nombre entier à partir de 1)',
    en: 'Invalid position: {detail} (a whole number from 1)',
  },
  no_profile: {
    fr: 'Aucun profil : choisissez qui vous êtes avec profile --set ID_PARTICIPANT',
    en: 'No profile: choose who you are with profile --set PARTICIPANT_ID',
  },
  missing_query: {
    fr: 'Indiquez le texte à rechercher après les options',
    en: 'Give the text to search for after the options',
  },
  missing_files: {
    fr: 'Indiquez au moins un fichier à importer (.palabre ou .docx) après les options',
    en: 'Give at least one file to import (.palabre or .docx) after the options',
  },
  unknown_choice: {
    fr: 'Choix inconnu\u00A0: {detail} (mine, theirs, both, edit\u202F; keep ou delete pour une suppression)',
    en: 'Unknown choice: {detail} (mine, theirs, both, edit; keep or delete for a deletion)',
  },
  text_with_edit: {
    fr: 'Le texte (--text) se donne avec --choice edit, et seulement avec lui',
    en: 'The text (--text) goes with --choice edit, and only with it',
  },
  unknown_language: {
    fr: 'Langue inconnue : {detail} (fr ou en)',
    en: 'Unknown language: {detail} (fr or en)',
  },
  database_missing: {
    fr: 'Base de données introuvable : {detail} (elle n’est créée que par demo, meeting create et import)',
    en: 'Database not found: {detail} (only demo, meeting create and import create one)',
  },
  quote_not_found: {
    fr: 'Passage introuvable dans le texte actuel\u00A0: «\u00A0{detail}\u00A0» (recopiez-le exactement, apostrophes et espaces comprises)',
    en: 'Passage not found in the current text: “{detail}” (copy it exactly, apostrophes and spaces included)',
  },
  unknown_version_ref: {
    fr: 'Version introuvable pour cette recommandation\u00A0: {detail} (voir history)',
    en: 'No such version of this recommendation: {detail} (see history)',
  },
  ambiguous_version_ref: {
    fr: 'Plusieurs versions commencent par {detail}\u00A0: donnez plus de caractères',
    en: 'Several versions start with {detail}: give more characters',
  },
  report_not_docx: {
    fr: 'Le rapport s’écrit dans un fichier .docx\u00A0: {detail}',
    en: 'The report is written to a .docx file: {detail}',
  },
  unknown_status: {
    fr: 'Statut inconnu\u00A0: {detail} (statuts\u00A0: draft, under_review, agreed, adopted, withdrawn, merged_into)',
    en: 'Unknown status: {detail} (statuses: draft, under_review, agreed, adopted, withdrawn, merged_into)',
  },
  unknown_milestone_ref: {
    fr: 'Jalon introuvable dans cette réunion\u00A0: {detail} (voir milestone list)',
    en: 'No such milestone in this meeting: {detail} (see milestone list)',
  },
  no_meetings: { fr: 'Aucune réunion.', en: 'No meetings.' },
  no_milestones: { fr: 'Aucun jalon.', en: 'No milestones.' },
  no_recommendations: { fr: 'Aucune recommandation.', en: 'No recommendations.' },
  no_hits: { fr: 'Aucun résultat.', en: 'No results.' },
  more_hits: { fr: '… et {detail} autres résultats, moins pertinents (précisez la recherche).', en: '… and {detail} more results, less relevant (narrow the search).' },
  recommendation_count_one: { fr: '{detail} recommandation', en: '{detail} recommendation' },
  recommendation_count_many: { fr: '{detail} recommandations', en: '{detail} recommendations' },
  usage_title: { fr: 'Palabre — ligne de commande', en: 'Palabre — command line' },
  usage_line: { fr: 'Usage : npm run cli -- {detail}', en: 'Usage: npm run cli -- {detail}' },
  usage_commands: { fr: 'Commandes :', en: 'Commands:' },
  usage_common: { fr: 'Options communes :', en: 'Common options:' },
  usage_options: { fr: 'Options :', en: 'Options:' },
  usage_command_placeholder: { fr: '<commande>', en: '<command>' },
  usage_exit_codes: {
    fr: 'Codes de sortie : 0 succès ; 1 échec (base de données, erreur interne) ; 2 entrée invalide ou introuvable.',
    en: 'Exit codes: 0 success; 1 failure (database, internal error); 2 invalid input or not found.',
  },
  usage_more: { fr: 'Aide d’une commande : npm run cli -- <commande> --help', en: 'Help on a command: npm run cli -- <command> --help' },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

export function say(key: MessageKey, locale: Locale, detail = ''): string {
  return MESSAGES[key][locale].replace('{detail}', detail);
}

/** French takes the singular below two (« 0 recommandation »), English only for one. */
export function recommendationCount(count: number, locale: Locale): string {
  const singular = locale === 'fr' ? count < 2 : count === 1;
  return say(singular ? 'recommendation_count_one' : 'recommendation_count_many', locale, String(count));
}

/** The language of messages: --lang if given, else English when LANG says so, else French. */
export function localeFromEnvironment(lang: string | undefined): Locale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
