/**
 * The channels of contributions between machines (packages, merge conflicts, near-duplicates),
 * spread into the contract in channels.ts.
 *
 * Files cross as opaque tokens, never as paths: the adapter that showed the open or save dialog
 * grants a token for the path the user chose (see electron/main/services/fileTokens.ts).
 */
import { z } from 'zod';
import type { ConflictInfo, ConflictResolutionResult, DuplicatePair, ExportResult, ImportSummary } from '../domain/exchange';
import type { Recommendation } from '../domain/types';
import { PACKAGE_KINDS } from '../package/format';
import { docxChoicesSchema } from './docxChannels';
import { channel, documentSchema, id, requiredText, shortText } from './schemas';

const fileToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const exchangeChannels = {
  /** Writes a meeting package, a contribution or a consolidated package to the file behind a save token. */
  'package:export': channel<ExportResult>()(z.object({ meetingId: id, kind: z.enum(PACKAGE_KINDS), fileToken, whole: z.boolean().optional() }).strict()),
  /**
   * Imports packages and Word files (all or nothing, one transaction); with meetingId, refuses a package of
   * another meeting. `word`: for a Word file among the tokens, the digest of the preview the rapporteur
   * confirmed (a file changed since is refused) and their choices.
   */
  'package:import': channel<ImportSummary>()(
    z
      .object({
        fileTokens: z.array(fileToken).min(1).max(50),
        meetingId: id.optional(),
        word: z
          .array(
            z
              .object({
                fileToken,
                digest: z.string().regex(/^[0-9a-f]{64}$/),
                choices: docxChoicesSchema.optional(),
                asParticipantId: id.optional(),
              })
              .strict(),
          )
          .max(50)
          .optional(),
      })
      .strict()
      .refine((v) => (v.word ?? []).every((w) => v.fileTokens.includes(w.fileToken)), { message: 'each Word choice names one of the files imported' }),
  ),
  /** Unresolved conflicts of the meeting, oldest first (resolved ones too with includeResolved). */
  'conflict:list': channel<ConflictInfo[]>()(z.object({ meetingId: id, includeResolved: z.boolean().optional() }).strict()),
  /** keep mine (ours) / take theirs / keep both / edit (with text); a deletion against an edit: keep / delete. */
  'conflict:resolve': channel<ConflictResolutionResult>()(
    z
      .object({ conflictId: id, resolution: z.enum(['ours', 'theirs', 'both', 'edit', 'keep', 'delete']), text: shortText(100_000).optional() })
      .strict()
      .refine((v) => (v.resolution === 'edit') === (v.text !== undefined), { message: 'text is given with edit, and only with edit' }),
  ),
  /** Near-duplicates of the meeting, most similar first, with their similarity. */
  'duplicate:list': channel<DuplicatePair[]>()(z.object({ meetingId: id }).strict()),
  /** Keeps `keepId` (optionally with a consolidated text); `mergeId` becomes merged_into with a pointer. */
  'duplicate:consolidate': channel<Recommendation>()(
    z.object({ keepId: id, mergeId: id, title: requiredText(500).optional(), body: documentSchema.optional() }).strict(),
  ),
} as const;
