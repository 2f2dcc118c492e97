/** Reusable zod pieces for the IPC contract. Every string is bounded: a payload is never trusted. */
import { z } from 'zod';
import { checkDocument } from '../document/validate';
import type { SerializedDocument } from '../document/lexicalJson';
import { LOCALES, NUMBERING_SCHEMES, PARTICIPANT_ROLES, PRIORITIES, RECOMMENDATION_STATUSES, TYPOGRAPHY_MODES } from '../domain/types';

/** Declares a channel: the result type is carried as a phantom, the schema is real. */
export function channel<R>() {
  return <S extends z.ZodType>(input: S) => ({ input, result: undefined as unknown as R });
}

export const id = z.uuid();
export const shortText = (max = 300) => z.string().max(max);
export const requiredText = (max = 300) => z.string().trim().min(1).max(max);
export const isoDate = z.iso.date();
export const role = z.enum(PARTICIPANT_ROLES);
export const locale = z.enum(LOCALES);
export const numbering = z.enum(NUMBERING_SCHEMES);
export const typography = z.enum(TYPOGRAPHY_MODES);
export const status = z.enum(RECOMMENDATION_STATUSES);
export const priority = z.enum(PRIORITIES);

/** Key of the issue parameter that carries a document's problem, so the dispatcher can explain it. */
export const DOCUMENT_PROBLEM_PARAM = 'documentProblem';

/**
 * A serialized Lexical document, checked iteratively for shape and size (see validate.ts). A refusal
 * carries the problem (too long, too deep…) for the user's message.
 */
export const documentSchema = z.custom<SerializedDocument>().superRefine((value, ctx) => {
  const problem = checkDocument(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `invalid document (${problem})`, params: { [DOCUMENT_PROBLEM_PARAM]: problem } });
});

/** The fields a user edits on a recommendation; each optional, so that a form sends only what changed. */
export const editableFields = {
  addressees: z.array(shortText(300)).max(30).optional(),
  leadActors: z.array(shortText(300)).max(30).optional(),
  horizon: shortText(200).optional(),
  deadline: isoDate.nullable().optional(),
  priority: priority.nullable().optional(),
};

export const recommendationFilters = z
  .object({
    committeeId: id.optional(),
    status: z.array(status).max(RECOMMENDATION_STATUSES.length).optional(),
    authorId: id.optional(),
    delegation: shortText(200).optional(),
    addressee: shortText(300).optional(),
  })
  .strict();
