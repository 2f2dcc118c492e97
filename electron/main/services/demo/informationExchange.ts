/** Demo recommendations of the committee on an information-exchange platform between member states. */
import type { DemoRecommendation } from './types';

export const INFORMATION_EXCHANGE: readonly DemoRecommendation[] = [
  {
    committee: 'informationExchange',
    by: 'garba',
    title: 'Création d’une plateforme sécurisée d’échange d’informations',
    addressees: ['Conférence des Chefs d’État et de Gouvernement', 'Conseil des Ministres'],
    leadActors: ['Secrétariat général de la Confédération', 'Agences nationales de sécurité informatique'],
    horizon: '2027',
    priority: 'high',
    status: 'under_review',
    body: [
      'Considérant que les échanges d’informations entre les ministères des Affaires étrangères reposent encore largement sur le courrier, la télécopie et des messageries non sécurisées ;',
      'Considérant que la confidentialité des échanges diplomatiques est une condition de la confiance entre États membres ;',
      'Tenant compte des difficultés de connexion que connaissent de nombreuses représentations ;',
      'Les experts recommandent au Conseil des ministres :',
      '1. de créer une plateforme sécurisée d’échange d’informations entre les ministères des Affaires étrangères et leurs missions ;',
      '2. de concevoir cette plateforme pour qu’elle fonctionne aussi hors connexion, les données étant synchronisées dès que le réseau le permet ;',
      '3. d’héberger les données sur le territoire de la Confédération.',
    ],
    revisions: [
      {
        by: 'sidibe',
        replace: [
          [
            'entre les ministères des Affaires étrangères et leurs missions ;',
            'entre les ministères des Affaires étrangères, leurs missions diplomatiques et les points focaux du mécanisme d’alerte précoce ;',
          ],
        ],
      },
      {
        by: 'mahamadou',
        replace: [
          [
            'sur le territoire de la Confédération.',
            'sur le territoire de la Confédération, sous le contrôle d’une autorité commune de protection des données ;',
          ],
        ],
        add: [
          {
            text: '4. de confier la maîtrise d’ouvrage au Secrétariat général, avec l’appui des agences nationales chargées de la sécurité informatique.',
          },
        ],
      },
    ],
  },
  {
    committee: 'informationExchange',
    by: 'sangare',
    title: 'Règles communes de classification et de partage des informations',
    addressees: ['États membres'],
    leadActors: ['Ministères des Affaires étrangères', 'Services de sécurité'],
    horizon: 'court terme',
    priority: 'medium',
    status: 'agreed',
    body: [
      'Considérant que le partage d’informations n’est possible que si chaque État membre sait comment seront protégées celles qu’il transmet ;',
      'Les experts recommandent :',
      '1. d’adopter une échelle commune de classification (diffusion restreinte, confidentiel, secret) reconnue par les trois États membres ;',
      '2. de définir pour chaque niveau les personnes habilitées et les conditions de transmission ;',
      '3. de former les agents concernés à l’application de ces règles.',
    ],
    revisions: [{ by: 'coulibaly', title: 'Règles communes de classification, de partage et de protection des informations' }],
  },
  {
    committee: 'informationExchange',
    by: 'yameogo',
    title: 'Bulletin diplomatique de la Confédération',
    addressees: ['Secrétariat général de la Confédération'],
    leadActors: ['Ministères des Affaires étrangères'],
    horizon: 'dès 2026',
    priority: 'low',
    body: [
      'Considérant l’intérêt, pour les chefs de mission, de disposer d’une lecture partagée de la situation régionale et internationale ;',
      'Les experts recommandent :',
      '1. de publier, par l’intermédiaire de la plateforme, un bulletin diplomatique hebdomadaire réunissant les analyses des trois ministères ;',
      '2. de désigner dans chaque ministère un rédacteur chargé de la contribution nationale ;',
      '3. de diffuser une version publique trimestrielle, afin de mieux faire connaître l’action extérieure de la Confédération.',
    ],
    revisions: [{ by: 'ouedraogo', replace: [['une version publique trimestrielle', 'une version publique mensuelle']] }],
  },
  {
    committee: 'informationExchange',
    by: 'abdou',
    title: 'Cellule de veille et de réponse à la désinformation',
    addressees: ['Conseil des Ministres', 'États membres'],
    leadActors: ['Ministères de la Communication', 'Médias publics'],
    horizon: 'court terme',
    deadline: '2026-03-31',
    priority: 'high',
    status: 'under_review',
    body: [
      'Considérant que les campagnes de désinformation visant les États membres et leurs institutions se multiplient sur les réseaux sociaux ;',
      'Considérant que la réponse à ces campagnes exige une analyse partagée et une parole coordonnée ;',
      'Les experts recommandent :',
      '1. de créer, au sein de la plateforme, une cellule de veille chargée de repérer les campagnes de désinformation et d’en informer sans délai les États membres ;',
      '2. d’élaborer des éléments de langage communs pour y répondre, dans le respect de la liberté de la presse ;',
      '3. de renforcer la coopération avec les médias publics des États membres.',
    ],
  },
];
