/**
 * How a version's body is stored (schema 5, issue 8; the format is described for readers without
 * Palabre in electron/main/db/README.md). A version's body is its Lexical JSON, compressed with raw
 * DEFLATE (RFC 1951). Most versions differ from their parent by a few words, so the parent's JSON
 * is given to DEFLATE as its preset dictionary: the stored bytes are then little more than the
 * words that changed. Every SNAPSHOT_EVERY-th link of a chain, or when the dictionary does not help,
 * the body is compressed alone, so reading a version never inflates more than that many bodies.
 *
 * Standard DEFLATE only (node:zlib here, zlib anywhere else), so that the history stays readable by
 * any program that knows this page.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { deflateOneStretch, inflateFixed } from './deflateDelta';

/** Longest chain of dictionaries: a body is compressed alone at this depth. */
export const SNAPSHOT_EVERY = 16;

/** The stored columns of a body (versions.body_json, body_deflate, body_base_id, body_depth). */
export interface StoredBody {
  /** The JSON itself for bodies written before schema 5 or not compressed; '' when body_deflate holds it. */
  bodyJson: string;
  bodyDeflate: Buffer | null;
  /** The version whose JSON is the preset dictionary of body_deflate; null: compressed alone. */
  bodyBaseId: string | null;
  /** How many dictionaries lead to a body compressed alone (0 for that one). */
  bodyDepth: number;
}

/** A decoded parent, to compress its child against. */
export interface BodyBase {
  id: string;
  json: string;
  depth: number;
  /** `json` as UTF-8 when already at hand (the dictionary), so that it is not encoded again. */
  utf8?: Buffer | undefined;
}

/**
 * zlib's level 3: against the parent's text a one-word edit costs about 77 bytes instead of 62 at
 * level 6, in 60 % of the time (every autosave and every version an import writes pays it). Any
 * level reads back the same way.
 */
const LEVEL = 3;

/**
 * A changed stretch longer than this goes through zlib: it may hold unchanged text between two edits
 * (which zlib finds) or new text (which its Huffman codes store in less than a byte a letter).
 */
const ONE_STRETCH_LITERALS = 512;

/** `bytes` compressed alone: the start of a chain. */
function alone(bytes: Buffer): StoredBody & { bodyDeflate: Buffer } {
  return { bodyJson: '', bodyDeflate: deflateRawSync(bytes, { level: LEVEL }), bodyBaseId: null, bodyDepth: 0 };
}

/** The columns to store for `json`, against its first parent when that pays. */
export function encodeBody(json: string, base: BodyBase | null): StoredBody {
  if (!base || base.depth + 1 >= SNAPSHOT_EVERY) return alone(Buffer.from(json, 'utf8'));
  // One stretch changed (nearly every autosave and every version an import writes): written directly.
  const stretch = deflateOneStretch(base.json, json, ONE_STRETCH_LITERALS);
  if (stretch) return { bodyJson: '', bodyDeflate: Buffer.from(stretch.buffer, stretch.byteOffset, stretch.byteLength), bodyBaseId: base.id, bodyDepth: base.depth + 1 };
  const bytes = Buffer.from(json, 'utf8');
  const delta = deflateRawSync(bytes, { level: LEVEL, dictionary: base.utf8 ?? Buffer.from(base.json, 'utf8') });
  // A rewrite owes nothing to its parent: compressed alone it costs no more and starts a new chain.
  if (delta.length > bytes.length / 8) {
    const single = alone(bytes);
    if (single.bodyDeflate.length <= delta.length) return single;
  }
  return { bodyJson: '', bodyDeflate: delta, bodyBaseId: base.id, bodyDepth: base.depth + 1 };
}

/** The JSON of a stored body; `baseJson` is the decoded JSON of body_base_id when it is set (`baseUtf8`: the same as UTF-8, when at hand). */
export function decodeBody(stored: Pick<StoredBody, 'bodyJson' | 'bodyDeflate' | 'bodyBaseId'>, baseJson: string | null, baseUtf8?: Buffer): string {
  return decodeBodyBytes(stored, baseJson, baseUtf8).json;
}

/**
 * The same, with the body's UTF-8 when it was inflated (undefined for a body stored as text): the
 * bytes its own children are read through, which need not be encoded again from the text.
 */
export function decodeBodyBytes(stored: Pick<StoredBody, 'bodyJson' | 'bodyDeflate' | 'bodyBaseId'>, baseJson: string | null, baseUtf8?: Buffer): { json: string; utf8: Buffer | undefined } {
  if (!stored.bodyDeflate) return { json: stored.bodyJson, utf8: undefined };
  const dictionary = stored.bodyBaseId ? (baseUtf8 ?? Buffer.from(baseJson ?? '', 'utf8')) : null;
  // Fixed-code streams (every one-stretch version) read without zlib; anything else, or anything odd, through zlib.
  const fast = inflateFixed(stored.bodyDeflate, dictionary);
  // The fast path's bytes are a view into its larger window: copied out, so the window can go.
  const utf8 = fast ? Buffer.from(fast) : inflateRawSync(stored.bodyDeflate, dictionary ? { dictionary } : {});
  return { json: utf8.toString('utf8'), utf8 };
}
