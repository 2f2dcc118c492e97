/**
 * The demo meeting: experts of a Sahel confederation (Mali, Burkina Faso, Niger) meeting in Bamako
 * on making their diplomatic action effective. The people are invented; the setting is typical.
 */
import type { ParticipantRole } from '../../../../shared/domain/types';
import type { DemoCommitteeKey, DemoPersonKey } from './types';

export const DEMO_MEETING = {
  title: 'Réunion des experts sur l’effectivité de la coordination de l’action diplomatique',
  organisation: 'Confédération des États du Sahel',
  venue: 'Bamako (Mali), Centre international de conférences',
  startsOn: '2025-11-17',
  endsOn: '2025-11-19',
} as const;

/** The introduction of the report: the context of the meeting, one string per paragraph. */
export const DEMO_INTRO: readonly string[] = [
  'Du 17 au 19 novembre 2025, Bamako a accueilli la réunion des experts de la Confédération des États du Sahel consacrée à l’effectivité de la coordination de l’action diplomatique des États membres.',
  'Réunis en trois commissions, les experts du Burkina Faso, du Mali et du Niger ont examiné les moyens de prévenir les crises par un système d’alerte précoce, de renforcer les capacités de leurs diplomates et de faciliter l’échange d’informations entre leurs ministères des Affaires étrangères.',
  'Les recommandations ci-après sont soumises au Conseil des Ministres, en vue de la prochaine session de la Conférence des Chefs d’État et de Gouvernement.',
];

/** In the order the committees appear in the report, each with the rapporteur who moves its texts along. */
export const DEMO_COMMITTEES: ReadonlyArray<{ key: DemoCommitteeKey; name: string; rapporteur: DemoPersonKey }> = [
  { key: 'earlyWarning', name: 'Système d’alerte précoce pour la prévention des crises', rapporteur: 'toure' },
  { key: 'diplomats', name: 'Renforcement des capacités des diplomates', rapporteur: 'sawadogo' },
  { key: 'informationExchange', name: 'Plateforme d’échange d’informations entre les États membres', rapporteur: 'mahamadou' },
];

/** Who chairs the plenary, where texts are adopted. */
export const DEMO_CHAIR: DemoPersonKey = 'diarra';

const MALI = 'Mali';
const BURKINA = 'Burkina Faso';
const NIGER = 'Niger';
const SECRETARIAT = 'Secrétariat général de la Confédération';

export const DEMO_PEOPLE: ReadonlyArray<{ key: DemoPersonKey; name: string; delegation: string; role: ParticipantRole }> = [
  { key: 'dembele', name: 'Mariam Dembélé', delegation: SECRETARIAT, role: 'secretariat' },
  { key: 'cisse', name: 'Adama Cissé', delegation: SECRETARIAT, role: 'secretariat' },
  { key: 'sidibe', name: 'Oumar Sidibé', delegation: SECRETARIAT, role: 'secretariat' },
  { key: 'diarra', name: 'Boubacar Diarra', delegation: MALI, role: 'chair' },
  { key: 'toure', name: 'Kadiatou Touré', delegation: MALI, role: 'rapporteur' },
  { key: 'coulibaly', name: 'Fatoumata Coulibaly', delegation: MALI, role: 'expert' },
  { key: 'sangare', name: 'Moussa Sangaré', delegation: MALI, role: 'expert' },
  { key: 'sawadogo', name: 'Rasmané Sawadogo', delegation: BURKINA, role: 'rapporteur' },
  { key: 'ouedraogo', name: 'Issouf Ouédraogo', delegation: BURKINA, role: 'expert' },
  { key: 'zongo', name: 'Salimata Zongo', delegation: BURKINA, role: 'expert' },
  { key: 'yameogo', name: 'Clarisse Yaméogo', delegation: BURKINA, role: 'expert' },
  { key: 'mahamadou', name: 'Hassane Mahamadou', delegation: NIGER, role: 'rapporteur' },
  { key: 'abdou', name: 'Ibrahim Abdou', delegation: NIGER, role: 'expert' },
  { key: 'hamani', name: 'Zeinabou Hamani', delegation: NIGER, role: 'expert' },
  { key: 'garba', name: 'Souleymane Garba', delegation: NIGER, role: 'expert' },
];

/** Who sets the meeting up, and who the database's user is after the demo if no one was before. */
export const DEMO_ORGANISER: DemoPersonKey = 'dembele';
