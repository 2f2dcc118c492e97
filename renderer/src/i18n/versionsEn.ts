/** English strings of a recommendation's versions and their origins, spread into en.ts. */
export const versionsEn = {
  'versions.heading': 'Versions',
  'versions.intro': 'Every save keeps a version; none is ever erased.',
  'versions.empty': 'No versions.',
  'versions.current': 'Current version',
  'versions.words_one': '{count} word',
  'versions.words_other': '{count} words',
  'versions.unknownAuthor': 'Author not recorded',
  'versions.loadFailed': 'The version history could not be loaded.',
  'origin.create': 'Created',
  'origin.edit': 'Edited',
  'origin.import': 'Imported',
  'origin.merge': 'Merged',
  'origin.restore': 'Restored',
};
