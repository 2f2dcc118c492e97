/** Preparing a document (a recommendation's body, a meeting's introduction) to be stored. */
import { assignBlockIds, type SerializedDocument } from '../../../shared/document/lexicalJson';
import { checkDocument, describeDocumentProblem } from '../../../shared/document/validate';
import type { TypographyMode } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import { cleanText } from '../../../shared/text';
import { applyFrenchTypography } from '../../../shared/typography/french';
import { applyFrenchTypographyInPlace } from '../../../shared/typography/document';
import type { ServiceContext } from './context';

/**
 * Checks an untrusted document (refused whole, with the reason, before anything is written), strips
 * forbidden characters, applies the meeting's typography and gives every block a stable id.
 */
export function prepareDocument(ctx: ServiceContext, doc: SerializedDocument, typography: TypographyMode): SerializedDocument {
  const problem = checkDocument(doc);
  if (problem) throw new PalabreError('invalid_document', describeDocumentProblem(problem));
  const cleaned = JSON.parse(JSON.stringify(doc), (key, value: unknown) =>
    key === 'text' && typeof value === 'string' ? cleanText(value) : value,
  ) as SerializedDocument;
  // `cleaned` is this function's own copy: typeset and given its block ids in place.
  if (typography === 'fr') applyFrenchTypographyInPlace(cleaned);
  assignBlockIds(cleaned, ctx.newId);
  return cleaned;
}

/** A title: control characters removed, spaces collapsed, the meeting's typography; refused when empty. */
export function prepareTitle(title: string, typography: TypographyMode): string {
  const clean = cleanText(title).replace(/\s+/g, ' ').trim();
  if (!clean) throw new PalabreError('empty_title');
  return typography === 'fr' ? applyFrenchTypography(clean) : clean;
}
