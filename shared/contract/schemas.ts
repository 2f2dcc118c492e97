/** Reusable zod pieces for the IPC contract. Every string is bounded: a payload is never trusted. */
import { z } from 'zod';
import { checkDocument } from '../document/validate';
import type { SerializedDocument } from '../document/lexicalJson';
import { NUMBERING_SCHEMES, PARTICIPANT_ROLES, LOCALES } from '../domain/types';

export const id = z.uuid();
export const shortText = (max = 300) => z.string().max(max);
export const requiredText = (max = 300) => z.string().trim().min(1).max(max);
export const isoDate = z.iso.date();
export const role = z.enum(PARTICIPANT_ROLES);
export const locale = z.enum(LOCALES);
export const numbering = z.enum(NUMBERING_SCHEMES);

/** A serialized Lexical document, checked iteratively for shape and size (see validate.ts). */
export const documentSchema = z.custom<SerializedDocument>((value) => checkDocument(value) === null, {
  message: 'invalid document',
});
