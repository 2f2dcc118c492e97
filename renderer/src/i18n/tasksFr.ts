/** French strings of long tasks' progress (imports, exports), spread into fr.ts; same rules as fr.ts. */
export const tasksFr = {
  'task.import.checking': 'Vérification des fichiers ({done} sur {total})…',
  'task.import.reading': 'Lecture des fichiers ({done} sur {total})…',
  'task.import.merging': 'Fusion des contributions…',
  'task.import.duplicates': 'Recherche des doublons…',
  'task.import.done': 'Importation terminée',
  'task.export.gather': 'Préparation des recommandations ({done} sur {total})…',
  'task.export.build': 'Mise en page du document…',
  'task.export.pack': 'Création du fichier Word…',
  'task.export.write': 'Enregistrement du fichier…',
  'task.export.done': 'Exportation terminée',
} as const;
