/**
 * The channels of Word contributions (issue 5, item 5), spread into the contract in channels.ts.
 *
 * The renderer never sends a path: it sends the file's bytes, base64-encoded (a JSON-safe string,
 * which also crosses the browser bridge), capped at the size the main process accepts. The import
 * sends the same bytes again with the preview's digest, so that what is imported is what was seen.
 */
import { z } from 'zod';
import type { DocxImportResult, DocxPreview } from '../docxImport/preview';
import { channel, id, requiredText, shortText } from './schemas';

/** The largest .docx accepted (the main process checks the decoded size again). */
export const DOCX_MAX_BYTES = 25 * 1024 * 1024;

const content = z
  .string()
  .max(Math.ceil(DOCX_MAX_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 expected');

const source = { fileName: shortText(255).default('document.docx'), contentBase64: content };

const committeeChoice = z.union([z.object({ committeeId: id }).strict(), z.object({ committeeKey: z.string().regex(/^c\d{1,4}$/) }).strict()]);
const indexKey = z.string().regex(/^\d{1,4}$/);

/** An opaque file token granted by the open dialog or for a dropped file (see fileChannels.ts). */
const fileToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const docxChoicesSchema = z
  .object({
    skip: z.array(z.int().min(0).max(9999)).max(10_000).optional(),
    committees: z.record(indexKey, committeeChoice).optional(),
    committeeNames: z.record(z.string().regex(/^c\d{1,4}$/), requiredText(200)).optional(),
    carryComments: z.boolean().optional(),
    trackedChanges: z.enum(['accept', 'amend']).optional(),
  })
  .strict();

export const docxChannels = {
  /** Reads and maps a Word document for a meeting: committees found or new, recommendations, tracked changes, comments, warnings. Writes nothing. */
  'docx:preview': channel<DocxPreview>()(z.object({ meetingId: id, ...source }).strict()),
  /** The same preview for a file chosen in the open dialog or dropped on the window (a token, not bytes). */
  'docx:previewFile': channel<DocxPreview>()(z.object({ meetingId: id, fileToken }).strict()),
  /** Creates the previewed recommendations in one transaction (origin `import`), with the rapporteur's choices. */
  'docx:import': channel<DocxImportResult>()(
    z
      .object({
        meetingId: id,
        ...source,
        digest: z.string().regex(/^[0-9a-f]{64}$/),
        choices: docxChoicesSchema.optional(),
        asParticipantId: id.optional(),
      })
      .strict(),
  ),
};
