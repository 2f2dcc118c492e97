/** English strings of long tasks' progress (imports, exports), spread into en.ts. */
export const tasksEn = {
  'task.import.checking': 'Checking the files ({done} of {total})…',
  'task.import.reading': 'Reading the files ({done} of {total})…',
  'task.import.merging': 'Merging the contributions…',
  'task.import.duplicates': 'Looking for near-duplicates…',
  'task.import.done': 'Import finished',
  'task.export.gather': 'Preparing the recommendations ({done} of {total})…',
  'task.export.build': 'Laying out the document…',
  'task.export.pack': 'Creating the Word file…',
  'task.export.write': 'Saving the file…',
  'task.export.done': 'Export finished',
};
