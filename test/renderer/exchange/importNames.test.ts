/** The names the import and the package export deal in: which dropped files are taken, what a package is called. */
import { describe, expect, it } from 'vitest';
import { isImportable, suggestedPackageName } from '../../../renderer/src/screens/exchange/import/fileNames';

describe('files dropped on the window', () => {
  it('takes packages and Word documents, whatever the case of their extension, and nothing else', () => {
    expect(['contribution.palabre', 'Contribution Niger.DOCX', 'réunion.v2.palabre'].map(isImportable)).toEqual([true, true, true]);
    expect(['notes.txt', 'contribution.doc', 'palabre', 'docx', 'rapport.docx.exe', 'archive.palabre.zip'].map(isImportable)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the suggested name of a package', () => {
  const day = new Date(2026, 3, 14, 23, 30);

  it('is the meeting’s title cut between words, the kind and the day on this computer’s calendar', () => {
    expect(suggestedPackageName('Réunion des experts sur la paix et la sécurité', 'consolide', day)).toBe(
      'Réunion des experts sur la paix et la - consolide - 2026-04-14.palabre',
    );
    expect(suggestedPackageName('Conseil de l’Entente', 'contribution', day)).toBe('Conseil de l’Entente - contribution - 2026-04-14.palabre');
  });

  it('leaves out what file systems refuse, and is never empty', () => {
    expect(suggestedPackageName('Réunion 1/2 : « Sahel » ?', 'reunion', day)).toBe('Réunion 1 2 « Sahel » - reunion - 2026-04-14.palabre');
    expect(suggestedPackageName('///', 'reunion', day)).toBe('Palabre - reunion - 2026-04-14.palabre');
    expect(suggestedPackageName('x'.repeat(60), 'reunion', day)).toBe(`${'x'.repeat(40)} - reunion - 2026-04-14.palabre`);
  });
});
