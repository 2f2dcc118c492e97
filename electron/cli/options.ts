/**
 * Every option the command line knows, declared once: its kind, what to write after it in the usage,
 * and its help. Commands say which of these they accept and which they require.
 */
import type { Localized } from './messages';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  placeholder?: Localized;
  help: Localized;
}

export const OPTIONS = {
  db: {
    type: 'string',
    placeholder: { fr: 'FICHIER', en: 'FILE' },
    help: {
      fr: 'base de données SQLite de Palabre (créée si besoin par demo, meeting create et import)',
      en: 'Palabre SQLite database (created when needed by demo, meeting create and import)',
    },
  },
  json: { type: 'boolean', help: { fr: 'sortie JSON, pour les scripts', en: 'JSON output, for scripts' } },
  lang: {
    type: 'string',
    placeholder: { fr: 'fr|en', en: 'fr|en' },
    help: { fr: 'langue des messages (par défaut : en si LANG commence par en, sinon fr)', en: 'language of messages (default: en if LANG starts with en, else fr)' },
  },
  help: { type: 'boolean', short: 'h', help: { fr: 'affiche cette aide', en: 'shows this help' } },
  title: { type: 'string', placeholder: { fr: 'TITRE', en: 'TITLE' }, help: { fr: 'titre', en: 'title' } },
  venue: { type: 'string', placeholder: { fr: 'LIEU', en: 'VENUE' }, help: { fr: 'lieu de la réunion', en: 'venue of the meeting' } },
  from: {
    type: 'string',
    placeholder: { fr: 'AAAA-MM-JJ', en: 'YYYY-MM-DD' },
    help: { fr: 'premier jour', en: 'first day' },
  },
  to: {
    type: 'string',
    placeholder: { fr: 'AAAA-MM-JJ', en: 'YYYY-MM-DD' },
    help: { fr: 'dernier jour', en: 'last day' },
  },
  org: {
    type: 'string',
    placeholder: { fr: 'ORGANISATION', en: 'ORGANISATION' },
    help: { fr: 'organisation qui convoque la réunion', en: 'organisation that convenes the meeting' },
  },
  meeting: {
    type: 'string',
    placeholder: { fr: 'ID', en: 'ID' },
    help: { fr: 'identifiant de la réunion (voir meeting list)', en: 'meeting id (see meeting list)' },
  },
  name: { type: 'string', placeholder: { fr: 'NOM', en: 'NAME' }, help: { fr: 'nom', en: 'name' } },
  delegation: {
    type: 'string',
    placeholder: { fr: 'DÉLÉGATION', en: 'DELEGATION' },
    help: { fr: 'délégation (État membre, organisation, secrétariat)', en: 'delegation (member state, organisation, secretariat)' },
  },
  role: {
    type: 'string',
    placeholder: { fr: 'expert|rapporteur|secretariat|chair', en: 'expert|rapporteur|secretariat|chair' },
    help: { fr: 'rôle dans la réunion', en: 'role in the meeting' },
  },
  committee: {
    type: 'string',
    placeholder: { fr: 'ID', en: 'ID' },
    help: { fr: 'identifiant de la commission (affiché par committee add, et par list --json)', en: 'committee id (printed by committee add, and by list --json)' },
  },
  text: {
    type: 'string',
    placeholder: { fr: 'TEXTE', en: 'TEXT' },
    help: { fr: 'texte de la recommandation (une ligne vide sépare deux paragraphes)', en: 'text of the recommendation (a blank line separates two paragraphs)' },
  },
  file: {
    type: 'string',
    placeholder: { fr: 'FICHIER.txt', en: 'FILE.txt' },
    help: { fr: 'fichier texte UTF-8 contenant le texte, au lieu de --text', en: 'UTF-8 text file holding the text, instead of --text' },
  },
  as: {
    type: 'string',
    placeholder: { fr: 'ID_PARTICIPANT', en: 'PARTICIPANT_ID' },
    help: {
      fr: 'agir au nom de ce participant pour cette seule commande (par défaut\u00A0: le profil de la base)',
      en: 'act as this participant for this command only (default: the database’s profile)',
    },
  },
  quote: {
    type: 'string',
    placeholder: { fr: 'PASSAGE', en: 'PASSAGE' },
    help: {
      fr: 'passage du texte actuel auquel ancrer le commentaire (sa première occurrence)',
      en: 'passage of the current text to anchor the comment to (its first occurrence)',
    },
  },
  whole: {
    type: 'boolean',
    help: {
      fr: 'contribution complète\u00A0: toute la réunion et tout son historique, plutôt que ce qui a changé depuis le dernier paquet de réunion ou consolidé reçu',
      en: 'whole contribution: the whole meeting and all its history, rather than what changed since the latest meeting or consolidated package received',
    },
  },
  'dry-run': {
    type: 'boolean',
    help: { fr: 'affiche ce qui serait fait, sans rien enregistrer', en: 'prints what would be done, saving nothing' },
  },
  'amend-changes': {
    type: 'boolean',
    help: {
      fr: 'importe le texte d’avant les modifications suivies et les propose en amendement, au nom de leur auteur',
      en: 'imports the text as it was before the tracked changes and proposes them as amendments, by their author',
    },
  },
  set: { type: 'string', placeholder: { fr: 'VALEUR', en: 'VALUE' }, help: { fr: 'nouvelle valeur', en: 'new value' } },
  position: {
    type: 'string',
    placeholder: { fr: 'N', en: 'N' },
    help: { fr: 'rang dans la commission, à partir de 1 (par défaut\u00A0: à la fin)', en: 'rank in the committee, from 1 (default: at the end)' },
  },
  out: {
    type: 'string',
    placeholder: { fr: 'FICHIER', en: 'FILE' },
    help: {
      fr: 'fichier à écrire (.palabre ou .docx), remplacé d’un bloc\u00A0: une écriture interrompue laisse l’ancien fichier',
      en: 'file to write (.palabre or .docx), replaced at once: an interrupted write leaves the old file',
    },
  },
  choice: {
    type: 'string',
    placeholder: { fr: 'mine|theirs|both|edit', en: 'mine|theirs|both|edit' },
    help: {
      fr: 'garder ma version (mine), prendre la leur (theirs), garder les deux (both) ou réécrire (edit, avec --text)',
      en: 'keep mine, take theirs, keep both, or edit (with --text)',
    },
  },
  keep: {
    type: 'string',
    placeholder: { fr: 'ID', en: 'ID' },
    help: { fr: 'recommandation conservée', en: 'recommendation kept' },
  },
  merge: {
    type: 'string',
    placeholder: { fr: 'ID', en: 'ID' },
    help: { fr: 'recommandation fusionnée dans l’autre (elle passe au statut «\u00A0fusionnée\u00A0»)', en: 'recommendation merged into the other (its status becomes “merged”)' },
  },
  milestone: {
    type: 'string',
    placeholder: { fr: 'JALON', en: 'MILESTONE' },
    help: { fr: 'exporter le texte tel qu’il était à ce jalon (identifiant ou nom\u202F; par défaut\u00A0: maintenant)', en: 'export the text as it was at this milestone (id or name; default: now)' },
  },
  status: {
    type: 'string',
    placeholder: { fr: 'adopted,agreed', en: 'adopted,agreed' },
    help: { fr: 'seulement ces statuts, séparés par des virgules (par défaut\u00A0: toutes les recommandations numérotées)', en: 'only these statuses, comma-separated (default: every numbered recommendation)' },
  },
  'changes-since': {
    type: 'string',
    placeholder: { fr: 'JALON', en: 'MILESTONE' },
    help: {
      fr: 'copie de révision\u00A0: les modifications depuis ce jalon en marques de révision Word, et les commentaires',
      en: 'review copy: the changes since this milestone as Word tracked changes, and the comments',
    },
  },
  table: {
    type: 'boolean',
    help: {
      fr: 'tableau de compilation (paysage)\u00A0: numéro, texte au jalon de --changes-since (par défaut\u00A0: le premier), texte actuel, contributeurs',
      en: 'compilation table (landscape): number, text at the --changes-since milestone (default: the first), current text, contributors',
    },
  },
  logo: {
    type: 'string',
    placeholder: { fr: 'FICHIER.png', en: 'FILE.png' },
    help: { fr: 'logo de la page de garde (PNG ou JPEG, 5 Mo au plus)', en: 'logo of the cover page (PNG or JPEG, 5 MB at most)' },
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** Options every command accepts. */
export const COMMON_OPTIONS: readonly OptionName[] = ['db', 'json', 'lang', 'help'];
