/** French strings of a recommendation's versions and their origins, spread into fr.ts; same rules as fr.ts. */
export const versionsFr = {
  'versions.heading': 'Versions',
  'versions.intro': 'Chaque enregistrement conserve une version ; aucune n’est jamais effacée.',
  'versions.empty': 'Aucune version.',
  'versions.current': 'Version actuelle',
  'versions.words_one': '{count} mot',
  'versions.words_other': '{count} mots',
  'versions.unknownAuthor': 'Auteur non renseigné',
  'versions.loadFailed': 'L’historique des versions n’a pas pu être chargé.',
  'origin.create': 'Création',
  'origin.edit': 'Modification',
  'origin.import': 'Importation',
  'origin.merge': 'Fusion',
  'origin.restore': 'Restauration',
} as const;
