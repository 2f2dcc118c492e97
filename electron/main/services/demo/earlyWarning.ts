/** Demo recommendations of the committee on an early-warning system to prevent crises. */
import type { DemoRecommendation } from './types';

export const EARLY_WARNING: readonly DemoRecommendation[] = [
  {
    committee: 'earlyWarning',
    by: 'coulibaly',
    title: 'Création d’un mécanisme confédéral d’alerte précoce',
    addressees: ['Conférence des Chefs d’État et de Gouvernement', 'Conseil des Ministres'],
    leadActors: ['Secrétariat général de la Confédération', 'Ministères des Affaires étrangères'],
    horizon: '2026',
    deadline: '2026-06-30',
    priority: 'high',
    status: 'adopted',
    body: [
      'Considérant que les crises sécuritaires, humanitaires et politiques qui affectent l’espace confédéral se préparent souvent pendant des mois avant d’éclater, et que leurs signes avant-coureurs sont rarement partagés à temps entre les États membres ;',
      'Considérant que chaque État membre dispose déjà de services de renseignement, de protection civile et de veille sanitaire dont les informations restent cloisonnées ;',
      'Rappelant l’engagement des Chefs d’État à bâtir une diplomatie commune fondée sur la prévention plutôt que sur la gestion des urgences ;',
      'Les experts recommandent au Conseil des ministres :',
      '1. de créer un mécanisme confédéral d’alerte précoce, rattaché au Secrétariat général, chargé de collecter, d’analyser et de diffuser les signaux de crise ;',
      '2. de doter ce mécanisme d’un point focal national dans chaque ministère des Affaires étrangères, désigné dans un délai de trois mois ;',
      '3. de soumettre au prochain sommet un projet de statut précisant le mandat, la composition et le financement du mécanisme.',
    ],
    revisions: [
      {
        by: 'ouedraogo',
        replace: [
          ['dans un délai de trois mois', 'dans un délai de deux mois'],
          ['3. de soumettre au prochain sommet', '4. de soumettre au prochain sommet'],
        ],
        add: [
          {
            after: 'dans un délai de deux mois',
            text: '3. de prévoir, auprès de chaque point focal, un agent chargé de la liaison avec les autorités locales des zones frontalières ;',
          },
        ],
      },
      {
        by: 'toure',
        replace: [
          [
            'les signaux de crise',
            'les signaux faibles de crise, y compris ceux qui touchent à la sécurité alimentaire et aux déplacements de populations',
          ],
        ],
      },
      {
        by: 'hamani',
        replace: [['rattaché au Secrétariat général,', 'rattaché au Secrétariat général de la Confédération,']],
      },
    ],
  },
  {
    committee: 'earlyWarning',
    by: 'sangare',
    title: 'Indicateurs communs de veille et seuils d’alerte',
    addressees: ['Conseil des Ministres'],
    leadActors: ['Groupe technique restreint', 'Services nationaux de statistique'],
    horizon: 'premier semestre 2026',
    priority: 'high',
    status: 'agreed',
    body: [
      'Considérant que l’efficacité d’un système d’alerte dépend de la comparabilité des données produites par les États membres ;',
      'Notant que les indicateurs utilisés aujourd’hui diffèrent d’un pays à l’autre, notamment pour les incidents sécuritaires, les mouvements de populations et les prix des denrées de base ;',
      'Les experts recommandent :',
      '1. d’adopter une grille commune d’indicateurs de veille, assortie de seuils d’alerte gradués (vigilance, alerte, urgence) ;',
      '2. de confier à un groupe technique restreint, composé d’un expert par État membre, l’élaboration de cette grille avant la fin du premier semestre ;',
      '3. de réviser la grille chaque année à la lumière des crises effectivement observées.',
    ],
    revisions: [
      {
        by: 'abdou',
        title: 'Indicateurs communs de veille et seuils d’alerte gradués',
        replace: [['(vigilance, alerte, urgence) ;', '(vigilance, alerte, urgence), définis de manière concertée ;']],
      },
    ],
  },
  {
    committee: 'earlyWarning',
    by: 'garba',
    title: 'Protocole de transmission rapide des alertes entre les capitales',
    addressees: ['États membres'],
    leadActors: ['Ministères des Affaires étrangères'],
    horizon: 'court terme',
    priority: 'medium',
    status: 'under_review',
    body: [
      'Considérant que le délai entre la détection d’un signal de crise et sa transmission aux autres capitales se compte aujourd’hui en jours, parfois en semaines ;',
      'Conscients que la rapidité de la réaction diplomatique conditionne souvent la possibilité même d’une médiation ;',
      'Les experts recommandent :',
      '1. d’établir un protocole selon lequel toute alerte de niveau « urgence » est communiquée aux trois ministères des Affaires étrangères dans un délai de vingt-quatre heures ;',
      '2. de prévoir une procédure d’accusé de réception et de suivi, afin qu’aucune alerte ne reste sans réponse ;',
      '3. de tester ce protocole au moyen d’un exercice de simulation conjoint au moins une fois par an.',
    ],
  },
  {
    committee: 'earlyWarning',
    by: 'zongo',
    title: 'Association des autorités traditionnelles et religieuses à la prévention des conflits',
    addressees: ['États membres', 'Conseil des Ministres'],
    leadActors: ['Ministères de l’Administration territoriale', 'Autorités traditionnelles et religieuses'],
    horizon: 'moyen terme',
    priority: 'medium',
    body: [
      'Considérant le rôle reconnu des chefferies traditionnelles, des autorités religieuses et des associations de femmes et de jeunes dans le règlement pacifique des différends locaux ;',
      'Considérant que ces acteurs perçoivent souvent les tensions bien avant les services de l’État ;',
      'Les experts recommandent :',
      '1. d’intégrer les informations transmises par les autorités traditionnelles et religieuses au mécanisme d’alerte précoce, selon des modalités respectueuses de leur indépendance ;',
      '2. de soutenir les cadres locaux de dialogue, à l’image de l’arbre à palabres, comme premiers espaces de prévention des conflits.',
    ],
    revisions: [
      {
        by: 'yameogo',
        replace: [['premiers espaces de prévention des conflits.', 'premiers espaces de prévention des conflits ;']],
        add: [{ text: '3. de veiller à la participation effective des femmes et des jeunes à ces cadres de dialogue.' }],
      },
      {
        by: 'toure',
        replace: [['1. d’intégrer les informations', '1. d’intégrer de manière systématique les informations']],
      },
    ],
  },
];
