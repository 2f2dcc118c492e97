/**
 * `import-docx FILE --meeting ID [--as P] [--dry-run] [--json]`: a Word contribution imported as
 * recommendations (with --dry-run, only the preview). `import FILE.docx` is to call the same
 * importDocxFile, so both say the same thing.
 */
import type { DocxImportResult, DocxPreview } from '../../../shared/docxImport/preview';
import type { Locale, Localized } from '../../../shared/domain/types';
import { importDocxFile } from '../../main/services/docxImport/service';
import type { Command } from './types';

export const importDocx: Command = {
  name: 'import-docx',
  summary: {
    fr: 'importe un document Word (.docx)\u00A0: titres → commissions, éléments numérotés ou paragraphes → recommandations',
    en: 'imports a Word document (.docx): headings → committees, numbered items or paragraphs → recommendations',
  },
  argument: 'FILE.docx',
  required: ['meeting'],
  optional: ['as', 'dry-run', 'amend-changes'],
  optionHelp: {
    as: {
      fr: 'participant à qui attribuer les recommandations (par défaut\u00A0: l’auteur du fichier s’il est participant, sinon le profil)',
      en: 'participant the recommendations are attributed to (default: the file’s author if a participant, else the profile)',
    },
  },
  async run(r) {
    const { preview, result } = await importDocxFile(r.services, r.argument(), {
      meetingId: r.need('meeting'),
      asParticipantId: r.option('as'),
      dryRun: r.flag('dry-run'),
      choices: r.flag('amend-changes') ? { trackedChanges: 'amend' } : undefined,
    });
    if (r.json) return r.printJson(result ? { preview, result } : { preview });
    r.print(describePreview(preview, r.locale));
    if (result) r.print(describeResult(result, r.locale));
  },
};

function describePreview(preview: DocxPreview, locale: Locale): string {
  const lines: string[] = [];
  const committees = new Map(preview.committees.map((c) => [c.key, c]));
  for (const committee of preview.committees) {
    const state = committee.existingId ? t(locale, { fr: 'existante', en: 'existing' }) : t(locale, { fr: 'nouvelle', en: 'new' });
    lines.push(`== ${committee.name} (${state}) ==`);
    for (const rec of preview.recommendations.filter((x) => x.committeeKey === committee.key)) {
      const words = t(locale, { fr: `${rec.wordCount}\u00A0mots`, en: `${rec.wordCount} words` });
      lines.push(`${rec.index + 1}. ${rec.title} (${words})`);
      if (rec.excerpt) lines.push(`    ${rec.excerpt}`);
    }
  }
  if (committees.size === 0) lines.push(t(locale, { fr: 'Aucune recommandation.', en: 'No recommendation.' }));
  for (const warning of preview.warnings) lines.push(`! ${warning.message[locale]}`);
  return lines.join('\n');
}

function describeResult(result: DocxImportResult, locale: Locale): string {
  const n = result.created.length;
  return t(locale, {
    fr: `${n} recommandation${n > 1 ? 's' : ''} importée${n > 1 ? 's' : ''}, ${result.committeesCreated.length} commission(s) créée(s), ${result.commentsCarried} commentaire(s) repris, ${result.amendments.length} amendement(s) proposé(s).`,
    en: `${n} recommendation${n === 1 ? '' : 's'} imported, ${result.committeesCreated.length} committee(s) created, ${result.commentsCarried} comment(s) carried, ${result.amendments.length} amendment(s) proposed.`,
  });
}

function t(locale: Locale, text: Localized): string {
  return text[locale];
}
