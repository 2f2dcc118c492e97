/** Demo recommendations of the committee on capacity building of diplomats. */
import type { DemoRecommendation } from './types';

export const DIPLOMATS: readonly DemoRecommendation[] = [
  {
    committee: 'diplomats',
    by: 'ouedraogo',
    title: 'Programme commun de formation des diplomates de la Confédération',
    addressees: ['Conseil des Ministres'],
    leadActors: ['Académies diplomatiques nationales'],
    horizon: 'rentrée 2026',
    deadline: '2026-10-01',
    priority: 'high',
    status: 'agreed',
    body: [
      'Considérant que la coordination de l’action diplomatique suppose des diplomates qui partagent des méthodes de travail, un vocabulaire et une culture professionnelle ;',
      'Notant que les académies et instituts diplomatiques des États membres disposent de ressources inégales ;',
      'Les experts recommandent au Conseil des ministres :',
      '1. de mettre en place un programme commun de formation initiale et continue des diplomates, dispensé tour à tour à Bamako, Niamey et Ouagadougou ;',
      '2. d’y inclure des modules consacrés à la négociation multilatérale, à la médiation, au droit international et à la diplomatie économique ;',
      '3. de reconnaître mutuellement les certificats délivrés dans le cadre de ce programme.',
    ],
    revisions: [
      {
        by: 'yameogo',
        replace: [['à la diplomatie économique ;', 'à la diplomatie économique et climatique ;']],
      },
      {
        by: 'sawadogo',
        replace: [['dans le cadre de ce programme.', 'dans le cadre de ce programme ;']],
        add: [{ text: '4. de réserver au moins un tiers des places de chaque session aux femmes diplomates.' }],
      },
    ],
  },
  {
    committee: 'diplomats',
    by: 'hamani',
    title: 'Formation aux langues et à la communication stratégique',
    addressees: ['États membres'],
    leadActors: ['Ministères des Affaires étrangères', 'Instituts de langues'],
    horizon: '2026',
    priority: 'medium',
    status: 'under_review',
    body: [
      'Considérant que les négociations régionales et internationales se déroulent en plusieurs langues, et que la maîtrise de l’anglais, de l’arabe et des langues nationales est un atout décisif ;',
      'Considérant l’importance croissante de la communication numérique dans la conduite de l’action extérieure ;',
      'Les experts recommandent :',
      '1. de créer un fonds commun de bourses linguistiques destiné aux jeunes diplomates ;',
      '2. d’organiser des ateliers de communication stratégique et de lutte contre la désinformation à l’intention des porte-parole des ministères.',
    ],
    revisions: [
      {
        by: 'sangare',
        replace: [['destiné aux jeunes diplomates ;', 'destiné aux jeunes diplomates et aux agents consulaires ;']],
      },
    ],
  },
  {
    committee: 'diplomats',
    by: 'abdou',
    title: 'Échanges de personnel entre les ministères des Affaires étrangères',
    addressees: ['Conseil des Ministres'],
    leadActors: ['Directions des ressources humaines des ministères'],
    horizon: 'moyen terme',
    priority: 'low',
    body: [
      'Considérant que la connaissance mutuelle des administrations facilite la coordination au quotidien ;',
      'Rappelant que plusieurs États membres ne sont pas représentés dans toutes les capitales où se jouent leurs intérêts communs ;',
      'Les experts recommandent :',
      '1. d’instituer un programme d’échange de diplomates entre les ministères des Affaires étrangères des États membres, pour des séjours de six à douze mois ;',
      '2. de prévoir l’accueil d’agents des autres États membres au sein des missions diplomatiques, dans les capitales où un seul d’entre eux est représenté ;',
      '3. d’évaluer le programme au terme de sa deuxième année.',
    ],
    revisions: [
      {
        by: 'hamani',
        replace: [['pour des séjours de six à douze mois ;', 'pour des séjours de six mois renouvelables une fois ;']],
      },
    ],
  },
  {
    committee: 'diplomats',
    by: 'coulibaly',
    title: 'Guide commun des pratiques diplomatiques et consulaires',
    addressees: ['Secrétariat général de la Confédération'],
    leadActors: ['Directions des affaires consulaires'],
    horizon: 'long terme',
    priority: 'low',
    status: 'withdrawn',
    body: [
      'Considérant la diversité des procédures en vigueur dans les États membres en matière protocolaire, consulaire et de gestion des crises à l’étranger ;',
      'Considérant la nécessité d’assurer à tous les ressortissants de la Confédération une protection consulaire de même qualité ;',
      'Les experts recommandent :',
      '1. d’élaborer un guide commun des pratiques diplomatiques et consulaires, mis à jour chaque année ;',
      '2. de permettre à tout ressortissant d’un État membre de solliciter l’assistance de la mission diplomatique ou consulaire d’un autre État membre dans les pays où le sien n’est pas représenté.',
    ],
  },
];
