/**
 * A raw DEFLATE stream (RFC 1951) for the commonest version of all: a body that differs from its
 * parent in one stretch (a word typed, a word merged, a field changed and the text not at all).
 * With the parent as the preset dictionary, the stream is "copy the parent's first P bytes, these
 * few literal bytes, then copy the parent's last S bytes": back-references and literals in one block
 * with the fixed Huffman codes. Any inflater reads it as it reads zlib's own output (same format,
 * same dictionary), so the stored history stays readable without Palabre.
 *
 * Why by hand: zlib finds the same matches, but every call through node:zlib sets up a fresh
 * compressor (a quarter of a megabyte of state, cleared) and hashes the whole dictionary first; for a
 * one-word edit of a 400-word text that costs fifty times more than writing the stream directly. An
 * import writes thousands of versions in one go, an autosave one per pause: both pay it.
 */

/** DEFLATE's window: a back-reference reaches at most this far behind, the dictionary included. */
export const WINDOW = 32_768;

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

function reverseBits(code: number, length: number): number {
  let out = 0;
  for (let i = 0; i < length; i++) out = (out << 1) | ((code >>> i) & 1);
  return out;
}

/** The fixed literal/length codes (RFC 1951 §3.2.6), bit-reversed: Huffman codes go out most significant bit first. */
const FIXED_CODE = new Uint16Array(288);
const FIXED_LENGTH = new Uint8Array(288);
for (let symbol = 0; symbol < 288; symbol++) {
  const [code, length] =
    symbol < 144 ? [0x30 + symbol, 8] : symbol < 256 ? [0x190 + symbol - 144, 9] : symbol < 280 ? [symbol - 256, 7] : [0xc0 + symbol - 280, 8];
  FIXED_CODE[symbol] = reverseBits(code, length);
  FIXED_LENGTH[symbol] = length;
}
const END_OF_BLOCK = 256;

/** The index of the last table entry not above `value`. */
function bucket(table: readonly number[], value: number): number {
  let i = table.length - 1;
  while (table[i]! > value) i--;
  return i;
}

class BitWriter {
  private bits = 0;
  private count = 0;
  private at = 0;
  constructor(private readonly out: Uint8Array) {}

  /** `n` (≤ 16) bits of `value`, least significant first, as DEFLATE packs them. */
  put(value: number, n: number): void {
    this.bits |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      this.out[this.at++] = this.bits & 0xff;
      this.bits >>>= 8;
      this.count -= 8;
    }
  }

  literal(byte: number): void {
    this.put(FIXED_CODE[byte]!, FIXED_LENGTH[byte]!);
  }

  /** A back-reference of 3 to 258 bytes. */
  match(length: number, distance: number): void {
    const l = bucket(LENGTH_BASE, length);
    this.put(FIXED_CODE[257 + l]!, FIXED_LENGTH[257 + l]!);
    if (LENGTH_EXTRA[l]! > 0) this.put(length - LENGTH_BASE[l]!, LENGTH_EXTRA[l]!);
    const d = bucket(DISTANCE_BASE, distance);
    this.put(reverseBits(d, 5), 5);
    if (DISTANCE_EXTRA[d]! > 0) this.put(distance - DISTANCE_BASE[d]!, DISTANCE_EXTRA[d]!);
  }

  /** `length` (≥ 3) bytes equal to the ones `distance` behind, as matches of 3 to 258. */
  copy(length: number, distance: number): void {
    let left = length;
    while (left > 0) {
      // Never leave a tail of 1 or 2 behind a full match: it could not be a match of its own.
      const take = left > 258 ? (left - 258 < 3 ? left - 3 : 258) : left;
      this.match(take, distance);
      left -= take;
    }
  }

  finish(): Uint8Array {
    if (this.count > 0) this.out[this.at++] = this.bits & 0xff;
    return this.out.subarray(0, this.at);
  }
}

/** Characters compared per native call, coarse then fine, before the one-by-one search: the shared part is nearly everything. */
const CHUNKS = [2048, 128] as const;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** How many leading UTF-16 units two texts share, never ending inside a surrogate pair. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const chunk of CHUNKS) while (i + chunk <= n && a.substring(i, i + chunk) === b.substring(i, i + chunk)) i += chunk;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1))) i--;
  return i;
}

/** How many trailing UTF-16 units two texts share, not reaching into the first `skip` of either, never starting inside a pair. */
function commonSuffix(a: string, b: string, skip: number): number {
  const n = Math.min(a.length, b.length) - skip;
  let i = 0;
  for (const chunk of CHUNKS) while (i + chunk <= n && a.substring(a.length - i - chunk, a.length - i) === b.substring(b.length - i - chunk, b.length - i)) i += chunk;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  if (i > 0 && isLowSurrogate(b.charCodeAt(b.length - i))) i--;
  return i;
}

/**
 * `child`'s UTF-8 as raw DEFLATE against `parent`'s UTF-8 as dictionary, when the two texts differ in
 * one stretch of at most `maxLiterals` bytes; null otherwise (then zlib, which also finds matches
 * inside the stretch, does better), or when either is beyond DEFLATE's window.
 * Compared as texts: only the changed stretch is ever encoded to UTF-8 (copies need the byte counts
 * of what they copy, not the bytes), so a version costs a few native comparisons, not the encoding
 * of two whole bodies. Both texts must be well-formed (JSON.stringify's output is).
 */
export function deflateOneStretch(parent: string, child: string, maxLiterals: number): Uint8Array | null {
  // A UTF-16 unit is at least one byte: longer texts are beyond the window before counting bytes.
  if (parent.length === 0 || parent.length > WINDOW || child.length > WINDOW) return null;
  let prefix = commonPrefix(parent, child);
  let suffix = commonSuffix(parent, child, prefix);
  if (child.length - prefix - suffix > maxLiterals) return null;
  let prefixBytes = Buffer.byteLength(child.substring(0, prefix), 'utf8');
  let suffixBytes = Buffer.byteLength(child.substring(child.length - suffix), 'utf8');
  // A copy is at least 3 bytes: a shorter shared end goes out as literals.
  if (prefixBytes < 3) [prefix, prefixBytes] = [0, 0];
  if (suffixBytes < 3) [suffix, suffixBytes] = [0, 0];
  const literals = Buffer.from(child.substring(prefix, child.length - suffix), 'utf8');
  if (literals.length > maxLiterals) return null;
  const childBytes = prefixBytes + literals.length + suffixBytes;
  // The parent's bytes counted from what the texts share (counting bytes walks every character).
  const dictionaryBytes = prefixBytes + Buffer.byteLength(parent.substring(prefix, parent.length - suffix), 'utf8') + suffixBytes;
  if (childBytes > WINDOW || dictionaryBytes > WINDOW) return null;
  // Upper bound: 3 header bits, 31 bits per match, 9 per literal, the end code, padding.
  const matches = Math.ceil(prefixBytes / 256) + Math.ceil(suffixBytes / 256) + 2;
  const writer = new BitWriter(new Uint8Array(Math.ceil((3 + matches * 31 + (literals.length + 4) * 9 + 7) / 8) + 1));
  writer.put(1, 1); // BFINAL: the only block
  writer.put(1, 2); // BTYPE 01: fixed Huffman codes
  // The prefix is the dictionary's own start: `dictionaryBytes` behind each output byte.
  if (prefixBytes > 0) writer.copy(prefixBytes, dictionaryBytes);
  for (let i = 0; i < literals.length; i++) writer.literal(literals[i]!);
  // The suffix is the dictionary's end: output byte o is dictionary byte o − (new − old) ⇒ `childBytes` behind.
  if (suffixBytes > 0) writer.copy(suffixBytes, childBytes);
  writer.put(FIXED_CODE[END_OF_BLOCK]!, FIXED_LENGTH[END_OF_BLOCK]!);
  return writer.finish();
}

/** The fixed literal/length codes by the next 9 bits of the stream: symbol | code length << 9. */
const FIXED_LOOKUP = new Uint16Array(512);
for (let symbol = 0; symbol < 288; symbol++) {
  const length = FIXED_LENGTH[symbol]!;
  for (let high = 0; high < 1 << (9 - length); high++) FIXED_LOOKUP[FIXED_CODE[symbol]! | (high << length)] = symbol | (length << 9);
}
const DISTANCE_BY_BITS = Uint8Array.from({ length: 32 }, (_, bits) => reverseBits(bits, 5));

/**
 * Inflates a raw DEFLATE stream made only of fixed-Huffman and stored blocks (what
 * deflateOneStretch writes, and zlib too for small changes) against `dictionary`. Null for any other
 * stream, or one that does not read right: zlib then reads it, or says what is wrong with it.
 * Why: through node:zlib each read sets up an inflater and a window first, which costs several times
 * the work of reading a one-stretch version.
 * One function with its state in locals (no closures over them): this loop runs for every byte.
 */
export function inflateFixed(data: Uint8Array, dictionary: Uint8Array | null): Buffer | null {
  const start = dictionary?.length ?? 0;
  let window: Buffer = Buffer.allocUnsafe(start + Math.max(1024, data.length * 4, start * 2));
  if (dictionary) window.set(dictionary, 0);
  const end = data.length;
  let out = start;
  let pos = 0;
  let bits = 0;
  let count = 0;
  let last = 0;
  while (last === 0) {
    // Bits past the end read as zeros; having used any of them is caught at the end (cut short).
    while (count < 3) {
      bits |= (pos < end ? data[pos]! : 0) << count;
      pos++;
      count += 8;
    }
    last = bits & 1;
    const type = (bits >>> 1) & 3;
    bits >>>= 3;
    count -= 3;
    if (type === 0) {
      // Stored: to the next byte boundary, then LEN, its complement, and LEN bytes as they are.
      pos -= count >> 3; // whole bytes still held go back to the input; the partial one is skipped
      bits = 0;
      count = 0;
      if (pos + 4 > end) return null;
      const length = data[pos]! | (data[pos + 1]! << 8);
      if ((data[pos + 2]! | (data[pos + 3]! << 8)) !== (length ^ 0xffff)) return null;
      pos += 4;
      if (pos + length > end) return null;
      if (out + length > window.length) window = grown(window, out, length);
      window.set(data.subarray(pos, pos + length), out);
      out += length;
      pos += length;
      continue;
    }
    if (type !== 1) return null;
    for (;;) {
      while (count < 9) {
        bits |= (pos < end ? data[pos]! : 0) << count;
        pos++;
        count += 8;
      }
      const entry = FIXED_LOOKUP[bits & 511]!;
      const symbol = entry & 511;
      const codeLength = entry >>> 9;
      bits >>>= codeLength;
      count -= codeLength;
      if (symbol < 256) {
        if (out >= window.length) window = grown(window, out, 1);
        window[out++] = symbol;
        continue;
      }
      if (symbol === END_OF_BLOCK) break;
      const l = symbol - 257;
      if (l >= 29) return null;
      // Length extra (≤ 5), distance code (5) and distance extra (≤ 13) bits: at most 23, read at once.
      while (count < 23) {
        bits |= (pos < end ? data[pos]! : 0) << count;
        pos++;
        count += 8;
      }
      const lengthExtra = LENGTH_EXTRA[l]!;
      const length = LENGTH_BASE[l]! + (bits & ((1 << lengthExtra) - 1));
      bits >>>= lengthExtra;
      count -= lengthExtra;
      const d = DISTANCE_BY_BITS[bits & 31]!;
      bits >>>= 5;
      count -= 5;
      if (d >= 30) return null;
      const distanceExtra = DISTANCE_EXTRA[d]!;
      const distance = DISTANCE_BASE[d]! + (bits & ((1 << distanceExtra) - 1));
      bits >>>= distanceExtra;
      count -= distanceExtra;
      if (distance > out) return null;
      if (out + length > window.length) window = grown(window, out, length);
      if (distance >= length) window.copyWithin(out, out - distance, out - distance + length);
      else for (let i = 0; i < length; i++) window[out + i] = window[out + i - distance]!;
      out += length;
    }
  }
  // Read past the end (cut short), or bytes left over after the last block: not for this reader.
  if (pos - (count >> 3) !== end) return null;
  return window.subarray(start, out);
}

/** `window` with room for `more` bytes after its first `used`. */
function grown(window: Buffer, used: number, more: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.max(window.length * 2, used + more));
  window.copy(bigger, 0, 0, used);
  return bigger;
}
